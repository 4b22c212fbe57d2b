/**
 * Milestone jump buttons by mode. Student and educator modes jump to the biology's turning points (clot and
 * neutrophils in hours, macrophages by day 2, proliferation in week 1, collagen remodeling at 4 weeks and 3 months);
 * patient mode to the days a person would ask about. The labels are what the browser tests click.
 */
import type { AppMode } from '../../state/scenarioStore';

export interface Milestone {
  label: string;
  hours: number;
}

const TEACHING: readonly Milestone[] = [
  { label: '0 h', hours: 0 },
  { label: '6 h', hours: 6 },
  { label: 'Day 2', hours: 48 },
  { label: 'Day 7', hours: 168 },
  { label: 'Day 28', hours: 672 },
  { label: 'Day 90', hours: 2160 },
];

const PATIENT: readonly Milestone[] = [
  { label: 'Day 1', hours: 24 },
  { label: 'Day 3', hours: 72 },
  { label: 'Day 7', hours: 168 },
  { label: 'Day 28', hours: 672 },
];

/** The jumps a mode offers that fall on the timeline (0 … endH). */
export function milestonesFor(mode: AppMode, endH: number): readonly Milestone[] {
  return (mode === 'patient' ? PATIENT : TEACHING).filter((m) => m.hours <= endH);
}
