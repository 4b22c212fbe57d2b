/**
 * The current healing phase, read from the cell populations — not from a clock. The phases overlap in real
 * wounds; this classifier names the process that dominates, the way a histologist would from a biopsy:
 *
 *   baseline       no session yet;
 *   hemostasis     platelet aggregates are still forming in bleeding channels (bleeding has not stopped);
 *   inflammation   innate immune cells (neutrophils + M1 macrophages) outnumber reparative M2 macrophages and
 *                  are at least INNATE_FLOOR, or much of the session's necrotic debris is still there for them;
 *   proliferation  repair is under way: at least REPAIR_FRACTION of the fibroblast lineage is activated
 *                  (migrating, dividing, depositing) or contractile (myofibroblasts), or M2 macrophages
 *                  above M2_FLOOR are still releasing growth factors;
 *   remodeling     the wound is quiet; the matrix keeps maturing (collagen III → I) and turning over.
 * Thresholds are assumed: they only choose names for states the model reaches by itself.
 */
import { PHASES } from '../model/phases';

/** Fraction of fibroblast-lineage cells activated or contractile that counts as active repair: assumed. */
const REPAIR_FRACTION = 0.05;
/** M2 macrophages per mm² of skin below which they no longer count as driving repair: assumed. */
const M2_FLOOR = 20;
/** Innate immune cells per mm² below which they no longer make the wound inflamed: assumed. */
const INNATE_FLOOR = 20;
/** Share of the latest session's necrotic volume still uncleared that keeps the phase "inflammation": assumed. */
const DEBRIS_SHARE = 0.1;

export interface PhaseInputs {
  sessionsDone: number;
  aggregatingPlatelets: number;
  /** Cells per mm² of skin. */
  neutrophils: number;
  m1: number;
  m2: number;
  /** Necrotic voxels left, and the lumen volume (voxels) the latest session opened. */
  necroticVoxels: number;
  openedVoxels: number;
  /** Fibroblast lineage: activated fibroblasts + myofibroblasts, and all of them. */
  repairCells: number;
  lineageCells: number;
}

export function classifyPhase(s: PhaseInputs): number {
  if (s.sessionsDone === 0) return PHASES.indexOf('baseline');
  if (s.aggregatingPlatelets > 0) return PHASES.indexOf('hemostasis');
  const innate = s.neutrophils + s.m1;
  const debris = s.openedVoxels > 0 && s.necroticVoxels >= DEBRIS_SHARE * s.openedVoxels;
  if ((innate >= s.m2 && innate >= INNATE_FLOOR) || debris) return PHASES.indexOf('inflammation');
  if (s.repairCells >= REPAIR_FRACTION * s.lineageCells || s.m2 >= M2_FLOOR) return PHASES.indexOf('proliferation');
  return PHASES.indexOf('remodeling');
}
