/**
 * React hook: runs the model for the given options in a worker, opens it at a time, and ends the run on unmount or
 * when the options change. New parameters re-initialise the same worker (`setParams`); a new worker is spawned for
 * the first run, after a Restart, and when a run becomes untreated or treated. `null` options: no worker ('idle').
 */
import * as Comlink from 'comlink';
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { resolvePreset } from '../../workers/protocol';
import type { Params } from '../../workers/protocol';
import type { InitOptions } from '../../workers/protocol';
import { createSimClient, reuseSimClient, SimFault } from './simClient';
import type { SimClient, WorkerLink } from './simClient';

export type SimulationState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'running'; client: SimClient }
  /**
   * `client`: the run that stopped, when it had started (its last frame stays on screen behind the message: tearing
   * down the 3D view at that moment cost a software-rendered tablet seconds of frozen page), else null.
   */
  | { status: 'failed'; fault: SimFault; client: SimClient | null };

export interface StartOptions {
  /** Model hours to open at (seeked before the first frame), or null for t = 0. */
  openAtH: number | null;
  play: boolean;
}

const STARTING: SimulationState = { status: 'starting' };
const IDLE: SimulationState = { status: 'idle' };

function asFault(error: unknown): SimFault {
  return error instanceof SimFault
    ? error
    : new SimFault('start', error instanceof Error ? error.message : String(error));
}

/**
 * `generation` restarts the worker when it changes (the "Restart" button): the old worker is terminated and a new
 * one spawned, no page reload. State is kept together with the key it belongs to, so a new key reads as
 * "starting" without a synchronous setState in the effect.
 */
export function useSimulation(options: InitOptions | null, start: StartOptions, generation = 0): SimulationState {
  // Options compared by value: a caller may pass a fresh object each render without restarting the worker.
  const optionsJson = JSON.stringify(options);
  const startJson = JSON.stringify(start);
  const key = `${optionsJson}#${startJson}#${generation}`;
  const [state, setState] = useState<{ key: string; value: SimulationState }>({ key: '', value: STARTING });
  // A healthy run whose options changed leaves its worker here for the next run (see below).
  const handoff = useRef<Handoff | null>(null);

  useEffect(() => {
    if (optionsJson === 'null') return;
    let cancelled = false;
    let client: SimClient | null = null;
    const settle = (value: SimulationState) => {
      if (!cancelled) setState({ key, value });
    };
    const fail = (error: unknown) => settle({ status: 'failed', fault: asFault(error), client });
    const { openAtH, play } = JSON.parse(startJson) as StartOptions;
    const init = JSON.parse(optionsJson) as InitOptions;
    const previous = claim(handoff, generation, init);
    const created = previous
      ? reuseSimClient(previous.link, previous.params, init.seed, fail)
      : createSimClient(init, fail);
    created
      .then(async (made) => {
        client = made;
        if (cancelled) {
          made.dispose();
          return;
        }
        if (openAtH !== null) await made.api.seek(openAtH);
        if (play) await made.api.play();
        settle({ status: 'running', client: made });
      })
      .catch(fail);
    return () => {
      cancelled = true;
      if (!client) return;
      // New parameters for the same kind of run: the next effect (run by React right after this cleanup, in the
      // same commit) takes the worker over and re-initialises it with setParams, instead of a new worker being
      // spawned and loaded. Not taken (unmount, restart, another kind of run): disposed on the next task.
      const link = client.handOver();
      if (!link) {
        client.dispose();
        return;
      }
      const left: Handoff = { link, generation, untreated: init.untreated === true };
      handoff.current = left;
      setTimeout(() => {
        if (handoff.current !== left) return;
        handoff.current = null;
        left.link.api[Comlink.releaseProxy]();
        left.link.worker.terminate();
      }, 0);
    };
  }, [key, optionsJson, startJson, generation]);

  if (options === null) return IDLE;
  return state.key === key ? state.value : STARTING;
}

interface Handoff {
  link: WorkerLink;
  generation: number;
  untreated: boolean;
}

/**
 * The worker a previous run left, when the new run can take it over: same restart generation (a Restart always gets
 * a fresh worker), same kind of run (untreated or not), and parameters the schema accepts (otherwise a new worker
 * reports the refusal as before). Returns the complete resolved parameter set to send.
 */
function claim(
  handoff: RefObject<Handoff | null>,
  generation: number,
  init: InitOptions,
): { link: WorkerLink; params: Params } | null {
  const left = handoff.current;
  handoff.current = null;
  if (!left) return null;
  const resolved = resolvePreset(init.preset ?? 'reference', init.params ?? {});
  if (left.generation !== generation || left.untreated !== (init.untreated === true) || !resolved.ok) {
    left.link.api[Comlink.releaseProxy]();
    left.link.worker.terminate();
    return null;
  }
  return { link: left.link, params: resolved.params };
}
