/**
 * Phase bands under the timeline track, from the metrics feed's hourly `phase` column (row i = model hour i).
 * Consecutive hours in the same phase merge into one band; row i stands for [i, i + 1) h, and the last band ends at
 * the last row's hour — what lies beyond is not simulated yet. Pure functions, no DOM.
 */
import { PHASE_COLORS } from '../../look/colors';
import { isPhase } from '../../../workers/model/phases';

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

/** Colour of a phase name as the model reports it (an unknown name gets the baseline grey). */
export function phaseColor(phase: string): string {
  return isPhase(phase) ? PHASE_COLORS[phase] : PHASE_COLORS.baseline;
}
