/**
 * Which runs the app should have: side A from the scenario, side B from the comparison. A new request is made
 * when the scenario settles after a change (debounced, so dragging a slider restarts once, not per pixel); it
 * opens at the model time on screen and keeps playing if it was, so changing a setting "re-runs the same moment".
 * Parameters go to the worker only after the schema accepted them; otherwise the previous run stays, and the
 * message says why.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Notice } from '../scenario/shareState';
import { useShallow } from 'zustand/react/shallow';
import type { InitOptions } from '../../workers/protocol';
import { resolveSide, useScenarioStore } from '../state/scenarioStore';
import type { ScenarioState } from '../state/scenarioStore';
import { usePlaybackStore } from '../state/playbackStore';
import type { StartOptions } from '../sim/useSimulation';

/** Quiet time after the last change before the model restarts, ms. */
const SETTLE_MS = 350;

export interface RunRequest {
  a: InitOptions;
  b: InitOptions | null;
  start: StartOptions;
  /** Why the latest scenario was not run (invalid combination), or null. */
  rejected: Notice | null;
}

type ScenarioInputs = Pick<ScenarioState, 'seed' | 'preset' | 'overrides' | 'compare' | 'overridesB'>;

function optionsFor(s: ScenarioInputs): { a: InitOptions; b: InitOptions | null } | { error: Notice } {
  const a = resolveSide(s, 'a');
  if (!a.ok) return { error: { key: 'notice.rejectedRun', values: { problem: a.message } } };
  const optionsA: InitOptions = { seed: s.seed, preset: s.preset, params: { ...s.overrides } };
  if (s.compare === 'off') return { a: optionsA, b: null };
  if (s.compare === 'untreated') return { a: optionsA, b: { ...optionsA, untreated: true } };
  const b = resolveSide(s, 'b');
  if (!b.ok) return { error: { key: 'notice.rejectedRunB', values: { problem: b.message } } };
  return { a: optionsA, b: { seed: s.seed, preset: s.preset, params: { ...s.overrides, ...s.overridesB } } };
}

/**
 * @param initialStart where the first run opens (the URL's time and play state)
 * @param currentTimeH the model time on screen now (where a re-run opens), or null; a stable function
 */
export function useRunRequest(initialStart: StartOptions, currentTimeH: () => number | null): RunRequest {
  const scenario = useScenarioStore(
    useShallow((s) => ({
      seed: s.seed,
      preset: s.preset,
      overrides: s.overrides,
      compare: s.compare,
      overridesB: s.overridesB,
    })),
  );
  const first = useMemo(() => optionsFor(useScenarioStore.getState()), []);
  const [request, setRequest] = useState<RunRequest>(() =>
    'error' in first
      ? // The URL already checked every value; a bad combination falls back to the preset alone.
        {
          a: { seed: useScenarioStore.getState().seed, preset: useScenarioStore.getState().preset },
          b: null,
          start: initialStart,
          rejected: first.error,
        }
      : { ...first, start: initialStart, rejected: null },
  );

  useEffect(() => {
    const next = optionsFor(scenario);
    const timer = setTimeout(() => {
      setRequest((previous) => {
        if ('error' in next) return { ...previous, rejected: next.error };
        if (JSON.stringify([next.a, next.b]) === JSON.stringify([previous.a, previous.b])) {
          return previous.rejected === null ? previous : { ...previous, rejected: null };
        }
        const playback = usePlaybackStore.getState();
        const openAtH = playback.nextRunAtH ?? currentTimeH();
        if (playback.nextRunAtH !== null) playback.setNextRunAt(null);
        return { ...next, start: { openAtH, play: playback.playing }, rejected: null };
      });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [scenario, currentTimeH]);

  return request;
}
