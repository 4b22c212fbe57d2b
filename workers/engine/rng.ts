/**
 * Seeded pseudo-random numbers for the model.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, PractRand-clean to 2^40+ bytes),
 * seeded through splitmix32 so that nearby seeds give unrelated streams. Its whole state is four uint32
 * words in a typed array, so a checkpoint copies it byte for byte and a restored run continues the same
 * sequence.
 *
 * Every system draws from its OWN stream (see {@link RngStream}), derived from (seed, stream id): adding a
 * system, or a system drawing one more number, never shifts the numbers another system sees.
 */

/** Stream ids, one per system. Append new ids; never renumber (that would change every saved result). */
export const RngStream = {
  placement: 1,
  motility: 2,
  needling: 3,
  immune: 4,
  /** The chosen condition's starting tissue and its own processes (conditions/; one condition per run). */
  condition: 5,
} as const;
export type RngStreamId = (typeof RngStream)[keyof typeof RngStream];

const UINT32_TO_UNIT = 1 / 4294967296;

/** splitmix32 step: a good 32-bit mixer used only to spread a seed into generator state. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Rng {
  /** The generator state (a, b, c, counter). Exposed so checkpoints can copy it. */
  readonly state = new Uint32Array(4);

  constructor(seed: number, stream: number) {
    this.reseed(seed, stream);
  }

  reseed(seed: number, stream: number): void {
    let h = splitmix32((seed >>> 0) ^ Math.imul(stream >>> 0, 0x27d4eb2d));
    const s = this.state;
    for (let i = 0; i < 4; i++) {
      h = splitmix32(h + i);
      s[i] = h;
    }
    // Warm up: discard the first outputs so weakly mixed seeds decorrelate.
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  /** Uniform integer in [0, 2^32). */
  nextU32(): number {
    const s = this.state;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = ((c << 21) | (c >>> 11)) + t;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextU32() * UINT32_TO_UNIT;
  }

  /** Uniform float in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Standard normal deviate (Box–Muller; one value per call, no cached spare, so no hidden state). */
  normal(): number {
    const u = 1 - this.next(); // (0, 1]: log stays finite
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
