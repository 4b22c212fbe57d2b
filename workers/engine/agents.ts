/**
 * Struct-of-arrays agent store: one typed array per attribute, preallocated to a fixed capacity.
 * Spawning writes into slot `count`; killing swaps the last live agent into the freed slot, so both are
 * O(1) and allocate nothing. Agent order is therefore not stable across kills: systems must not keep slot
 * indices between steps.
 */
export class AgentStore {
  readonly capacity: number;
  count = 0;
  /** Position, µm. x, y span the skin surface; z is depth below the surface (positive downwards). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly z: Float32Array;
  /** Unit heading (polarity) of the persistent random walk. */
  readonly hx: Float32Array;
  readonly hy: Float32Array;
  readonly hz: Float32Array;
  /** Cell type code (see the engine's cell type table). */
  readonly kind: Uint8Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.x = new Float32Array(capacity);
    this.y = new Float32Array(capacity);
    this.z = new Float32Array(capacity);
    this.hx = new Float32Array(capacity);
    this.hy = new Float32Array(capacity);
    this.hz = new Float32Array(capacity);
    this.kind = new Uint8Array(capacity);
  }

  /** Adds an agent and returns its slot, or -1 when the store is full (the caller decides what that means). */
  spawn(kind: number, x: number, y: number, z: number): number {
    if (this.count >= this.capacity) return -1;
    const i = this.count++;
    this.kind[i] = kind;
    this.x[i] = x;
    this.y[i] = y;
    this.z[i] = z;
    this.hx[i] = 1;
    this.hy[i] = 0;
    this.hz[i] = 0;
    return i;
  }

  /** Removes the agent in slot i by moving the last agent into it. */
  kill(i: number): void {
    const last = --this.count;
    if (i === last) return;
    this.kind[i] = this.kind[last]!;
    this.x[i] = this.x[last]!;
    this.y[i] = this.y[last]!;
    this.z[i] = this.z[last]!;
    this.hx[i] = this.hx[last]!;
    this.hy[i] = this.hy[last]!;
    this.hz[i] = this.hz[last]!;
  }
}
