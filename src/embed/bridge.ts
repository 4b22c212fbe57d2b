/**
 * The postMessage bridge of an embedded HealSim: listens for commands from the parent page, runs them one at a
 * time in the order received (commands.ts) and replies; posts events about the model (ready, phase and time
 * changes, parameter changes, errors). Only messages whose source is the parent window are read, and only from
 * allowed origins (originPolicy.ts): a command from a parent of any other origin changes nothing and is refused with
 * an ok:false reply addressed to that origin alone.
 *
 * Nothing here runs per animation frame: the model's time and phase are read from the worker a few times a
 * second (its status), and parameter changes come from the scenario store's subscription.
 */
import { version as APP_VERSION } from '../../package.json';
import type { SimClient } from '../sim/simClient';
import { useScenarioStore } from '../state/scenarioStore';
import type { ScenarioState } from '../state/scenarioStore';
import { runCommand, readState, runsScenario } from './commands';
import type { CommandContext } from './commands';
import { acceptsOrigin, eventTargets, refusalMessage, refusalTarget, replyTarget } from './originPolicy';
import type { AllowedOrigins } from './originPolicy';
import {
  COMMAND_NAMES,
  CommandError,
  EVENT_NAMES,
  eventMessage,
  parseCommand,
  PROTOCOL_VERSION,
  readableId,
  replyError,
  replyOk,
} from './protocol';
import type { EventName, Reply } from './protocol';

/** How often the model's time and phase are read from the worker, ms (one small round trip each). */
export const STATUS_POLL_MS = 250;
/** Fewest ms between two timeChanged events (the documented throttle: at most twice a second). */
export const TIME_EVENT_MIN_MS = 500;
/** Quiet time after the last parameter change before paramsChanged is posted, ms (a dragged slider posts once). */
export const PARAMS_EVENT_SETTLE_MS = 300;
/**
 * How long a command waits for the model to (re)start before it fails, ms: a re-run reopens at the same moment, which
 * at a late time means simulating every hour up to it (about a minute for day 180 on a slow laptop).
 */
export const SETTLE_TIMEOUT_MS = 120_000;
/** How often a waiting command checks whether the model runs the store's scenario, ms. */
const SETTLE_CHECK_MS = 100;
/**
 * Longest a command may take, ms: the wait for a (re)start plus a far seek. A call to a worker that is terminated
 * meanwhile (a re-run) never settles; without this limit it would hold up every later command.
 */
export const COMMAND_TIMEOUT_MS = SETTLE_TIMEOUT_MS + 180_000;

/** The promise's outcome, or a CommandError with `message` if it has not settled within `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new CommandError(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The parts of the scenario that change the run (what paramsChanged reports). */
type RunInputs = Pick<ScenarioState, 'preset' | 'seed' | 'overrides'>;

export class MessageBridge {
  private client: SimClient | null = null;
  private faultMessage: string | null = null;
  private last: { hours: number; phase: string; playing: boolean } | null = null;
  private lastTimeEvent = { at: Number.NEGATIVE_INFINITY, hours: Number.NaN, playing: false };
  private readySent = false;
  /** True once `ready` is posted: no other event goes before it. */
  private readyPosted = false;
  private queue: Promise<void> = Promise.resolve();
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  /** The client whose status is being read (a read from a terminated worker never returns; a new client polls anyway). */
  private pollingFor: SimClient | null = null;
  private paramsTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;

  private readonly context: CommandContext = {
    currentClient: () => this.client,
    settledClient: () => this.settledClient(),
    lastStatus: () => this.last,
  };

  constructor(
    /** This page's window (its parent is the host page). */
    private readonly view: Window,
    private readonly allow: AllowedOrigins,
  ) {}

  start(): void {
    this.view.addEventListener('message', this.onMessage);
    this.pollTimer = setInterval(() => void this.poll(), STATUS_POLL_MS);
    this.unsubscribe = useScenarioStore.subscribe((next, previous) => {
      if (next.preset !== previous.preset || next.seed !== previous.seed || next.overrides !== previous.overrides) {
        this.scheduleParamsChanged();
      }
    });
  }

  stop(): void {
    this.view.removeEventListener('message', this.onMessage);
    if (this.pollTimer !== null) clearInterval(this.pollTimer);
    if (this.paramsTimer !== null) clearTimeout(this.paramsTimer);
    this.unsubscribe?.();
  }

  /** The running model (null while it restarts). The first one makes the app ready. */
  setClient(client: SimClient | null): void {
    this.client = client;
    if (client) this.faultMessage = null;
    if (client && !this.readySent) {
      this.readySent = true;
      void readState(this.context).then((state) => {
        this.emit('ready', {
          protocol: PROTOCOL_VERSION,
          version: APP_VERSION,
          commands: [...COMMAND_NAMES],
          events: [...EVENT_NAMES],
          state,
        });
        this.readyPosted = true;
      });
    }
  }

  /** The model stopped (a start, model or worker fault) or a scenario was rejected: an error event. */
  reportError(kind: string, message: string): void {
    if (kind !== 'rejected') this.faultMessage = message;
    this.emit('error', { kind, message });
  }

  private post(message: unknown, target: string): void {
    try {
      this.view.parent.postMessage(message, target);
    } catch {
      // A result that cannot be cloned or a parent gone away: nothing to tell anyone.
    }
  }

  private emit(event: EventName, data: Record<string, unknown>): void {
    for (const target of eventTargets(this.allow)) this.post(eventMessage(event, data), target);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.source !== this.view.parent || this.view.parent === this.view) return;
    if (!acceptsOrigin(event.origin, this.allow)) {
      const refusal = refusalTarget(event.origin);
      if (refusal !== null) this.post(replyError(readableId(event.data), refusalMessage(event.origin)), refusal);
      return;
    }
    const target = replyTarget(event.origin, this.allow);
    const parsed = parseCommand(event.data);
    if (!parsed.ok) {
      this.post(replyError(parsed.id, parsed.error), target);
      return;
    }
    const { command } = parsed;
    this.queue = this.queue.then(async () => {
      let reply: Reply;
      try {
        const result = runCommand(command, this.context);
        reply = replyOk(command.id, await withTimeout(result, COMMAND_TIMEOUT_MS, `${command.cmd} timed out`));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reply = replyError(command.id, error instanceof CommandError ? message : `${command.cmd} failed: ${message}`);
      }
      this.post(reply, target);
    });
  };

  private settledClient(): Promise<SimClient> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const check = () => {
        const client = this.client;
        if (client && runsScenario(client)) return resolve(client);
        if (!client && this.faultMessage !== null) {
          return reject(new CommandError(`the model is not running: ${this.faultMessage}`));
        }
        if (Date.now() - started > SETTLE_TIMEOUT_MS) {
          return reject(new CommandError('the model did not start in time'));
        }
        setTimeout(check, SETTLE_CHECK_MS);
      };
      check();
    });
  }

  /** Reads the model's time and phase; posts phaseChanged at once and timeChanged at most every TIME_EVENT_MIN_MS. */
  private async poll(): Promise<void> {
    const client = this.client;
    if (!client || !this.readyPosted || this.pollingFor === client) return;
    this.pollingFor = client;
    try {
      const status = await client.api.status();
      if (client !== this.client) return;
      const previous = this.last;
      this.last = { hours: status.timeH, phase: status.phase, playing: status.playing };
      if (previous && previous.phase !== status.phase) {
        this.emit('phaseChanged', { phase: status.phase, previous: previous.phase, hours: status.timeH });
      }
      const sent = this.lastTimeEvent;
      const changed = !Object.is(sent.hours, status.timeH) || sent.playing !== status.playing;
      const now = Date.now();
      if (changed && now - sent.at >= TIME_EVENT_MIN_MS) {
        this.lastTimeEvent = { at: now, hours: status.timeH, playing: status.playing };
        this.emit('timeChanged', { hours: status.timeH, phase: status.phase, playing: status.playing });
      }
    } catch {
      // The worker is being replaced; the next client answers.
    } finally {
      if (this.pollingFor === client) this.pollingFor = null;
    }
  }

  private scheduleParamsChanged(): void {
    if (this.paramsTimer !== null) clearTimeout(this.paramsTimer);
    this.paramsTimer = setTimeout(() => {
      this.paramsTimer = null;
      if (!this.readyPosted) return;
      void readState(this.context).then((state) => {
        const inputs: RunInputs & { params: unknown } = {
          params: state.params,
          overrides: state.overrides,
          preset: state.preset,
          seed: state.seed,
        };
        this.emit('paramsChanged', inputs);
      });
    }, PARAMS_EVENT_SETTLE_MS);
  }
}
