/**
 * Epidermal pigment per surface column (issue 17): basal melanocyte activity, the melanin held by the epidermis's
 * keratinocytes, and the dermal vessel signal that drives the melanocytes above it. Every condition's epidermis has
 * it; only melasma's starts away from normal (conditions/melasma.ts). The rules are in cells/melanin.ts.
 *
 * Units are relative to normal skin of the same Fitzpatrick type (so 1 everywhere in normal skin at rest, whatever
 * the type: a type-V epidermis holds more melanin than a type-II one in absolute terms, and both read 1 here).
 * The mutable arrays are registered with the condition's state, so every checkpoint saves them
 * (`condition.pigment.*` sections) whatever the condition.
 */
import type { ConditionState } from './conditions/conditionState';

export class PigmentState {
  /** Surface columns (grid nx · ny): column c holds the voxels with index i ≡ c (mod columns). */
  readonly columns: number;
  /** Basal melanocyte activity per column (melanin output relative to a resting normal melanocyte unit). */
  readonly activity: Float64Array;
  /** Epidermal melanin per column, relative to normal skin of the same type. */
  readonly melanin: Float64Array;
  /** Dermal vessel signal (VEGF / endothelin from the lesion's extra vessels) per column; 0 in normal skin. */
  readonly vesselDrive: Float64Array;
  /**
   * Lesional melanocyte activity per column with no inflammation and no vessel signal (melanocytes per mm × their
   * intrinsic output); 1 in normal skin. Fixed at build.
   */
  readonly intrinsic: Float64Array;
  /** The vessel signal the lesion holds (and returns to) per column; 0 in normal skin. Fixed at build. */
  readonly vesselLesional: Float64Array;
  /** Mean epidermal melanin when the block was built, before the first session (improvement's baseline). */
  melaninBefore = 1;
  /** Scratch per column (allocation-free step): inflammatory signal sum, voxel count, inhibitor sum. */
  readonly scratchSignal: Float64Array;
  readonly scratchCount: Float64Array;
  readonly scratchInhibitor: Float64Array;

  constructor(columns: number) {
    this.columns = columns;
    this.activity = new Float64Array(columns).fill(1);
    this.melanin = new Float64Array(columns).fill(1);
    this.vesselDrive = new Float64Array(columns);
    this.intrinsic = new Float64Array(columns).fill(1);
    this.vesselLesional = new Float64Array(columns);
    this.scratchSignal = new Float64Array(columns);
    this.scratchCount = new Float64Array(columns);
    this.scratchInhibitor = new Float64Array(columns);
  }

  /** Registers the arrays that change over time with the condition's state (checkpointed), before its build. */
  register(condition: ConditionState): void {
    condition.register('pigment.activity', this.activity);
    condition.register('pigment.melanin', this.melanin);
    condition.register('pigment.vesselDrive', this.vesselDrive);
  }

  /** Mean epidermal melanin over the columns (relative to normal skin of the same type). */
  meanMelanin(): number {
    let sum = 0;
    for (let c = 0; c < this.columns; c++) sum += this.melanin[c]!;
    return this.columns > 0 ? sum / this.columns : 1;
  }
}
