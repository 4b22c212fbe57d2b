/**
 * Phase bands under the timeline track, from the metrics feed's hourly `phase` column (row i = model hour i).
 * Consecutive hours in the same phase merge into one band; row i stands for [i, i + 1) h, and the last band ends at
 * the last row's hour — what lies beyond is not simulated yet. Pure functions, no DOM.
 */
import { isPhaseName } from './timelineText';
import type { PhaseName } from './timelineText';

export interface PhaseBand {
  phase: string;
  startH: number;
  endH: number;
}

export function phaseBands(phase: readonly string[]): PhaseBand[] {
  const bands: PhaseBand[] = [];
  const last = phase.length - 1;
  for (let i = 0; i < phase.length; i++) {
    const p = phase[i]!;
    const end = Math.min(i + 1, last);
    const band = bands[bands.length - 1];
    if (band && band.phase === p) band.endH = end;
    else bands.push({ phase: p, startH: i, endH: end });
  }
  // A phase seen only in the newest row has no length yet.
  return bands.filter((b) => b.endH > b.startH);
}

/** The phase at a model time from the same column, or null where it is not simulated yet. */
export function phaseAt(phase: readonly string[], hours: number): string | null {
  const row = Math.floor(hours + 1e-9);
  return row >= 0 && row < phase.length ? phase[row]! : null;
}

/**
 * Band colours: the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), chosen to stay distinct under
 * the common colour-vision deficiencies and to read on the dark track (#0d1b2a). The legend names every phase in
 * text, so colour is never the only cue.
 */
export const PHASE_COLOR: Record<PhaseName, string> = {
  /** Grey: before any session, or untreated skin. */
  baseline: '#8c9aa8',
  /** Reddish purple (Okabe–Ito #CC79A7). */
  hemostasis: '#cc79a7',
  /** Orange (Okabe–Ito #E69F00). */
  inflammation: '#e69f00',
  /** Bluish green (Okabe–Ito #009E73). */
  proliferation: '#009e73',
  /** Sky blue (Okabe–Ito #56B4E9). */
  remodeling: '#56b4e9',
};

/** Colour of a phase name as the model reports it (an unknown name gets the baseline grey). */
export function phaseColor(phase: string): string {
  return isPhaseName(phase) ? PHASE_COLOR[phase] : PHASE_COLOR.baseline;
}
