/**
 * The healing phases the model names (engine/phase.ts classifies the state into one of them from the cell
 * populations, never from a clock), in healing order. Metric rows store a phase as its index here.
 */
export const PHASES = ['baseline', 'hemostasis', 'inflammation', 'proliferation', 'remodeling'] as const;
export type Phase = (typeof PHASES)[number];

export function isPhase(s: string): s is Phase {
  return (PHASES as readonly string[]).includes(s);
}
