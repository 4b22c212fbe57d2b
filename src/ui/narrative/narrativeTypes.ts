/**
 * Types shared by the narrative panel's pure modules. Educator mode reads like student mode (the full detail), so the
 * text has two registers only.
 */
import type { AppMode } from '../../state/scenarioStore';

/** 'patient': plain words, no numbers; 'student': cell types, signals, numbers and rule names. */
export type NarrativeMode = 'patient' | 'student';

export function narrativeModeOf(mode: AppMode): NarrativeMode {
  return mode === 'patient' ? 'patient' : 'student';
}
