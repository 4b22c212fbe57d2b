/**
 * The state a condition adds to the block (issue 17), held the same way for every condition: its own random
 * stream, the arrays its module registers while it builds the starting tissue (saved in every checkpoint, in
 * registration order), and the dermal collagen before the first session (the denominator of dermal_density_rel).
 *
 * A condition module (conditions/index.ts) keeps everything that changes over time in registered typed arrays; a
 * scalar is a one-element Float64Array. Registration closes when the Simulation has built the block (`seal`), so
 * the checkpoint layout is fixed before the first step; a module that registers later fails loudly.
 */
import type { ConditionId } from '../../model/conditions';
import type { StateArray } from '../checkpoint';
import { Rng, RngStream } from '../rng';

export interface ConditionArray {
  /** Unique within the condition, e.g. 'scar.depthUm'; the checkpoint section is `condition.<name>`. */
  readonly name: string;
  readonly array: StateArray;
  /** Write only up to the last nonzero element (sparse arrays: a lesion in a corner of the block). */
  readonly trimZeros: boolean;
}

export class ConditionState {
  readonly id: ConditionId;
  /**
   * The condition's own random stream (rng.ts: RngStream.condition): one stream for whichever condition is built,
   * so a condition's draws never shift the placement, needling, motility or immune numbers.
   */
  readonly rng: Rng;
  /** Mean dermal collagen (I + III, matrix units) when the block was built, before the first session. */
  dermalCollagenBefore = 1;
  private readonly registered: ConditionArray[] = [];
  private readonly byName = new Map<string, StateArray>();
  private sealed = false;

  constructor(id: ConditionId, seed: number) {
    this.id = id;
    this.rng = new Rng(seed, RngStream.condition);
  }

  /**
   * Registers an array of mutable condition state (call it from the module's `build`); returns it. The array is
   * saved and restored with every checkpoint.
   */
  register<T extends StateArray>(name: string, array: T, options: { trimZeros?: boolean } = {}): T {
    if (this.sealed) throw new Error(`condition ${this.id}: '${name}' registered after the block was built`);
    if (this.byName.has(name)) throw new Error(`condition ${this.id}: '${name}' registered twice`);
    this.registered.push({ name, array, trimZeros: options.trimZeros === true });
    this.byName.set(name, array);
    return array;
  }

  /** A registered array by name (the module's systems read their state through this). */
  array<T extends StateArray>(name: string): T {
    const array = this.byName.get(name);
    if (array === undefined) throw new Error(`condition ${this.id}: no array '${name}' was registered`);
    return array as T;
  }

  /** Every registered array, in registration order (the checkpoint's order). */
  get arrays(): readonly ConditionArray[] {
    return this.registered;
  }

  /** Closes registration once the block is built, recording the dermal collagen before the first session. */
  seal(dermalCollagenBefore: number): void {
    this.sealed = true;
    this.dermalCollagenBefore = dermalCollagenBefore;
  }
}
