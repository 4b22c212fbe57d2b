/**
 * A headless twin of the run on screen (same parameters, same seed: the same rows, since the model is
 * deterministic), simulated as fast as it goes to `untilH` while `enabled`, so a view that needs later days — the
 * aftercare plan — is complete long before the timeline gets there. Reports partial rows as they come; the finished
 * run is cached (runCache.ts), and the run is cancelled (its worker terminated) on unmount, on a new client, or when
 * no longer needed.
 */
import { useEffect, useMemo, useState } from 'react';
import { startHeadlessRun, twinOptions } from '../../sim/headlessRun';
import type { SimClient } from '../../sim/simClient';
import { cachedRows, runKey, storeRows } from './runCache';
import type { Rows } from './runCache';

export interface AheadRun {
  /** Rows so far (row i = model hour i), or null before the first chunk. */
  rows: Rows | null;
  /** Model hours simulated so far. */
  hours: number;
  running: boolean;
  error: string | null;
}

interface Progress {
  key: string;
  hours: number;
  rows: Rows | null;
  error: string | null;
}

const NONE: Progress = { key: '', hours: 0, rows: null, error: null };

export function useAheadRun(client: SimClient, untilH: number, enabled: boolean): AheadRun {
  const options = useMemo(() => twinOptions(client.info), [client]);
  const key = runKey(options);
  const cached = cachedRows(key, untilH);
  const active = enabled && cached === null;
  const [progress, setProgress] = useState<Progress>(NONE);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    const run = startHeadlessRun(options, untilH, (p) => {
      if (!cancelled) setProgress({ key, hours: p.hours, rows: p.rows, error: null });
    });
    run.done.then(
      (result) => {
        storeRows(key, result.hours, result.rows);
        if (!cancelled) setProgress({ key, hours: result.hours, rows: result.rows, error: null });
      },
      (error: unknown) => {
        if (!cancelled)
          setProgress((p) => ({ ...p, key, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => {
      cancelled = true;
      run.cancel();
    };
  }, [active, key, options, untilH]);

  if (cached) return { rows: cached, hours: untilH, running: false, error: null };
  const mine = progress.key === key ? progress : NONE;
  return { rows: mine.rows, hours: mine.hours, running: active && mine.error === null, error: mine.error };
}
