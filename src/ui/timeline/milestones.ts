/**
 * Milestone jump buttons by mode. Student and educator modes jump to the biology's turning points (clot and
 * neutrophils in hours, macrophages by day 2, proliferation in week 1, collagen remodeling at 4 weeks and 3 months);
 * patient mode to the days a person would ask about. The labels ("6 h", "Day 2" in English) are what the browser
 * tests click; they are worded in the active language when asked for (formatWhen).
 */
import type { AppMode } from '../../state/scenarioStore';
import { formatWhen } from './timelineText';

export interface Milestone {
  label: string;
  hours: number;
}

/** Model hours of the teaching jumps: 0 h, 6 h, days 2, 7, 28 and 90. */
const TEACHING_H: readonly number[] = [0, 6, 48, 168, 672, 2160];

/** Model hours of the patient jumps: days 1, 3, 7 and 28. */
const PATIENT_H: readonly number[] = [24, 72, 168, 672];

/** The jumps a mode offers that fall on the timeline (0 … endH), labelled in the active language. */
export function milestonesFor(mode: AppMode, endH: number): readonly Milestone[] {
  return (mode === 'patient' ? PATIENT_H : TEACHING_H)
    .filter((hours) => hours <= endH)
    .map((hours) => ({ hours, label: formatWhen(hours) }));
}
