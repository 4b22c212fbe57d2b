/**
 * The current healing phase, read from the cell populations — not from a clock. The phases overlap in real
 * wounds; this classifier names the process that dominates, the way a histologist would from a biopsy:
 *
 *   baseline       no session yet;
 *   hemostasis     platelet aggregates are still forming in bleeding channels (bleeding has not stopped);
 *   inflammation   innate immune cells (neutrophils + M1 macrophages) outnumber reparative M2 macrophages,
 *                  and there are some (or there is still necrotic debris for them to come to);
 *   proliferation  repair is under way: at least REPAIR_FRACTION of the fibroblast lineage is activated
 *                  (migrating, dividing, depositing) or contractile (myofibroblasts), or M2 macrophages
 *                  above M2_FLOOR are still releasing growth factors;
 *   remodeling     the wound is quiet; the matrix keeps maturing (collagen III → I) and turning over.
 * Thresholds are assumed: they only choose names for states the model reaches by itself.
 */
import { PHASES } from './metrics';

/** Fraction of fibroblast-lineage cells activated or contractile that counts as active repair: assumed. */
const REPAIR_FRACTION = 0.05;
/** M2 macrophages per mm² of skin below which they no longer count as driving repair: assumed. */
const M2_FLOOR = 20;

export interface PhaseInputs {
  sessionsDone: number;
  aggregatingPlatelets: number;
  /** Cells per mm² of skin. */
  neutrophils: number;
  m1: number;
  m2: number;
  necroticDebris: boolean;
  /** Fibroblast lineage: activated fibroblasts + myofibroblasts, and all of them. */
  repairCells: number;
  lineageCells: number;
}

export function classifyPhase(s: PhaseInputs): number {
  if (s.sessionsDone === 0) return PHASES.indexOf('baseline');
  if (s.aggregatingPlatelets > 0) return PHASES.indexOf('hemostasis');
  const innate = s.neutrophils + s.m1;
  if (innate >= s.m2 && (innate > 0 || s.necroticDebris)) return PHASES.indexOf('inflammation');
  if (s.repairCells >= REPAIR_FRACTION * s.lineageCells || s.m2 >= M2_FLOOR) return PHASES.indexOf('proliferation');
  return PHASES.indexOf('remodeling');
}
