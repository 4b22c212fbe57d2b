/**
 * React hook: starts a simulation worker for the given options, opens it at a time, and disposes it on unmount or
 * when the options change. `null` options: no worker ('idle'; e.g. no comparison).
 */
import { useEffect, useState } from 'react';
import type { InitOptions } from '../../workers/protocol';
import { createSimClient, SimFault } from './simClient';
import type { SimClient } from './simClient';

export type SimulationState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'running'; client: SimClient }
  | { status: 'failed'; fault: SimFault };

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

  useEffect(() => {
    if (optionsJson === 'null') return;
    let cancelled = false;
    let client: SimClient | null = null;
    const settle = (value: SimulationState) => {
      if (!cancelled) setState({ key, value });
    };
    const fail = (error: unknown) => settle({ status: 'failed', fault: asFault(error) });
    const { openAtH, play } = JSON.parse(startJson) as StartOptions;
    createSimClient(JSON.parse(optionsJson) as InitOptions, fail)
      .then(async (created) => {
        client = created;
        if (cancelled) {
          created.dispose();
          return;
        }
        if (openAtH !== null) await created.api.seek(openAtH);
        if (play) await created.api.play();
        settle({ status: 'running', client: created });
      })
      .catch(fail);
    return () => {
      cancelled = true;
      client?.dispose();
    };
  }, [key, optionsJson, startJson]);

  if (options === null) return IDLE;
  return state.key === key ? state.value : STARTING;
}
