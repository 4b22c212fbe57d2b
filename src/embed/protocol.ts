/**
 * The postMessage wire format between HealSim in an iframe and the page that embeds it (pure: no DOM, no stores;
 * unit-tested). Version 1; keep it stable — a host page written against it must keep working. docs/embedding.md
 * is the embedders' description of the same thing.
 *
 *   command (host → app)  { "healsim": 1, "id": "<any string>", "cmd": "<name>", "args": { … } }
 *   reply   (app → host)  { "healsim": 1, "re": "<id>", "ok": true, "result": … }
 *                         { "healsim": 1, "re": "<id>" | null, "ok": false, "error": "<message>" }
 *   event   (app → host)  { "healsim": 1, "event": "<name>", "data": { … } }
 *
 * Shapes are checked strictly here (version, id, command name, the args' field names and types); values that need
 * the model (a parameter against the schema, hours against the run's length) are checked by the commands.
 * Messages for the API are in English on purpose: they are for the developer of the host page, not for users.
 */
import { APP_MODES } from '../state/scenarioStore';

/** Wire format version: the `healsim` field of every message. */
export const PROTOCOL_VERSION = 1;
/** Longest accepted command id, characters (ids are echoed back; a host has no reason for longer ones). */
export const MAX_ID_CHARS = 200;
/** Most seed value (a 32-bit unsigned integer, as in share links). */
export const MAX_SEED = 0xffffffff;

export const COMMAND_NAMES = [
  'play',
  'pause',
  'seek',
  'setParams',
  'getState',
  'setState',
  'getMetrics',
  'capture',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const EVENT_NAMES = ['ready', 'phaseChanged', 'timeChanged', 'paramsChanged', 'error'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export interface SetStateArgs {
  preset?: string;
  seed?: number;
  /** The changes from the preset (replacing the current ones); values are checked against the parameter schema. */
  params?: Record<string, unknown>;
  mode?: (typeof APP_MODES)[number];
  hours?: number;
  playing?: boolean;
}

/** A command whose shape is valid. */
export type Command =
  | { id: string; cmd: 'play' | 'pause' | 'getState' | 'capture'; args: Record<string, never> }
  | { id: string; cmd: 'seek'; args: { hours: number } }
  | { id: string; cmd: 'setParams'; args: { params: Record<string, unknown> } }
  | { id: string; cmd: 'setState'; args: SetStateArgs }
  | { id: string; cmd: 'getMetrics'; args: { since?: number } };

/** A rejected message: why, and the id to answer to when one could be read (null otherwise). */
export type ParseResult = { ok: true; command: Command } | { ok: false; error: string; id: string | null };

export interface ReplyOk {
  healsim: typeof PROTOCOL_VERSION;
  re: string;
  ok: true;
  result: unknown;
}
export interface ReplyError {
  healsim: typeof PROTOCOL_VERSION;
  re: string | null;
  ok: false;
  error: string;
}
export type Reply = ReplyOk | ReplyError;
export interface EventMessage {
  healsim: typeof PROTOCOL_VERSION;
  event: EventName;
  data: Record<string, unknown>;
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMAND_NAMES as readonly string[]).includes(value);
}

/** The id to answer to, when the message has a usable one (null for anything else, including a non-object). */
export function readableId(data: unknown): string | null {
  if (!isRecord(data)) return null;
  const id = data.id;
  return typeof id === 'string' && id.length <= MAX_ID_CHARS ? id : null;
}

/** Type of each args field a command takes; `?` marks an optional field. */
type FieldType = 'number' | 'integer' | 'boolean' | 'string' | 'object';
const ARGS: Record<CommandName, Record<string, FieldType | `${FieldType}?`>> = {
  play: {},
  pause: {},
  getState: {},
  capture: {},
  seek: { hours: 'number' },
  setParams: { params: 'object' },
  setState: {
    preset: 'string?',
    seed: 'integer?',
    params: 'object?',
    mode: 'string?',
    hours: 'number?',
    playing: 'boolean?',
  },
  getMetrics: { since: 'integer?' },
};

function hasType(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'object':
      return isRecord(value);
  }
}

const TYPE_WORDS: Record<FieldType, string> = {
  number: 'a finite number',
  integer: 'an integer',
  boolean: 'true or false',
  string: 'a string',
  object: 'an object',
};

/** Checks the args' field names and types; returns an error message or null. */
function checkArgs(cmd: CommandName, args: Record<string, unknown>): string | null {
  const spec = ARGS[cmd];
  for (const key of Object.keys(args)) {
    if (!Object.hasOwn(spec, key)) {
      const known = Object.keys(spec);
      return known.length === 0
        ? `${cmd} takes no args (got "${key}")`
        : `${cmd}: unknown arg "${key}" (allowed: ${known.join(', ')})`;
    }
  }
  for (const [key, declared] of Object.entries(spec)) {
    const optional = declared.endsWith('?');
    const type = declared.replace('?', '') as FieldType;
    const value = Object.hasOwn(args, key) ? args[key] : undefined;
    if (value === undefined) {
      if (optional) continue;
      return `${cmd} needs args.${key} (${TYPE_WORDS[type]})`;
    }
    if (!hasType(value, type)) return `${cmd}: args.${key} must be ${TYPE_WORDS[type]}`;
  }
  return checkRanges(cmd, args);
}

/** Ranges that need no model: times and row indices are not negative; seeds and modes as in share links. */
function checkRanges(cmd: CommandName, args: Record<string, unknown>): string | null {
  if ((cmd === 'seek' || cmd === 'setState') && typeof args.hours === 'number' && args.hours < 0) {
    return `${cmd}: args.hours must be ≥ 0`;
  }
  if (cmd === 'getMetrics' && typeof args.since === 'number' && args.since < 0) {
    return 'getMetrics: args.since must be ≥ 0';
  }
  if (cmd === 'setState') {
    const seed = args.seed;
    if (typeof seed === 'number' && (seed < 0 || seed > MAX_SEED)) {
      return `setState: args.seed must be an integer from 0 to ${MAX_SEED}`;
    }
    const mode = args.mode;
    if (typeof mode === 'string' && !(APP_MODES as readonly string[]).includes(mode)) {
      return `setState: args.mode must be one of ${APP_MODES.join(', ')}`;
    }
  }
  return null;
}

/** Reads a message from the host page. Anything not exactly a version-1 command is rejected with a reason. */
export function parseCommand(data: unknown): ParseResult {
  if (!isRecord(data)) return { ok: false, error: 'not a HealSim command: the message must be an object', id: null };
  const id = readableId(data);
  const fail = (error: string): ParseResult => ({ ok: false, error, id });
  if (typeof data.id !== 'string') return fail('id must be a string');
  if (id === null) return fail(`id must be at most ${MAX_ID_CHARS} characters`);
  if (!Object.hasOwn(data, 'healsim')) return fail(`not a HealSim command: "healsim": ${PROTOCOL_VERSION} is missing`);
  if (data.healsim !== PROTOCOL_VERSION) {
    return fail(`unsupported protocol version ${JSON.stringify(data.healsim)}: this app speaks ${PROTOCOL_VERSION}`);
  }
  for (const key of Object.keys(data)) {
    if (!['healsim', 'id', 'cmd', 'args'].includes(key)) return fail(`unknown field "${key}"`);
  }
  if (!isCommandName(data.cmd)) {
    return fail(`unknown command ${JSON.stringify(data.cmd)} (known: ${COMMAND_NAMES.join(', ')})`);
  }
  const args = data.args === undefined ? {} : data.args;
  if (!isRecord(args)) return fail('args must be an object');
  const problem = checkArgs(data.cmd, args);
  if (problem !== null) return fail(problem);
  return { ok: true, command: { id, cmd: data.cmd, args } as Command };
}

export function replyOk(re: string, result: unknown): ReplyOk {
  return { healsim: PROTOCOL_VERSION, re, ok: true, result };
}

export function replyError(re: string | null, error: string): ReplyError {
  return { healsim: PROTOCOL_VERSION, re, ok: false, error };
}

export function eventMessage(event: EventName, data: Record<string, unknown>): EventMessage {
  return { healsim: PROTOCOL_VERSION, event, data };
}

/** A command that was well formed but could not be done (bad value, no model running): an ok:false reply. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}
