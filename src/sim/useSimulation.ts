/** React hook: starts a simulation worker for the given options, plays it, and disposes it on unmount. */
import { useEffect, useState } from 'react';
import type { InitOptions } from '../../workers/protocol';
import { createSimClient } from './simClient';
import type { SimClient } from './simClient';

export type SimulationState =
  { status: 'starting' } | { status: 'running'; client: SimClient } | { status: 'failed'; message: string };

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

const STARTING: SimulationState = { status: 'starting' };

/**
 * `generation` restarts the worker when it changes (the "Restart" button). State is kept together with the
 * key it belongs to, so a new key reads as "starting" without a synchronous setState in the effect.
 */
export function useSimulation(options: InitOptions, generation = 0): SimulationState {
  // Options compared by value: a caller may pass a fresh object each render without restarting the worker.
  const optionsJson = JSON.stringify(options);
  const key = `${optionsJson}#${generation}`;
  const [state, setState] = useState<{ key: string; value: SimulationState }>({ key: '', value: STARTING });

  useEffect(() => {
    let cancelled = false;
    let client: SimClient | null = null;
    const settle = (value: SimulationState) => {
      if (!cancelled) setState({ key, value });
    };
    const fail = (error: unknown) => settle({ status: 'failed', message: describeError(error) });
    createSimClient(JSON.parse(optionsJson) as InitOptions, fail)
      .then(async (created) => {
        client = created;
        if (cancelled) {
          created.dispose();
          return;
        }
        await created.api.play();
        settle({ status: 'running', client: created });
      })
      .catch(fail);
    return () => {
      cancelled = true;
      client?.dispose();
    };
  }, [key, optionsJson]);

  return state.key === key ? state.value : STARTING;
}
