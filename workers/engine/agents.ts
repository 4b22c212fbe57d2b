/**
 * Struct-of-arrays agent store: one typed array per attribute, preallocated to a fixed capacity.
 *
 * Spawning writes into slot `count`; killing swaps the last live agent into the freed slot, so both are O(1)
 * and allocate nothing. Slot order is therefore not stable: systems must not keep slot indices between steps;
 * `id` is the stable identity (for picking a cell in the view, for example).
 *
 * Locality: `sortByBin` reorders the arrays by spatial-hash bin (a counting sort through preallocated
 * scratch), so agents that are close in space are close in memory and field look-ups hit the cache.
 */
export class AgentStore {
  readonly capacity: number;
  count = 0;
  /** Next stable id to hand out. */
  nextId = 1;
  /** Stable identity. */
  readonly id: Uint32Array;
  /** Cell type code (the biology's cell-type table). */
  readonly kind: Uint8Array;
  /** Per-type state code (e.g. quiescent / activated / M1 / M2). */
  readonly state: Uint8Array;
  /** Position, µm. x, y along the surface; z = depth below it (positive downwards). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly z: Float32Array;
  /** Unit polarity (heading of the persistent random walk). */
  readonly px: Float32Array;
  readonly py: Float32Array;
  readonly pz: Float32Array;
  /** Time since the agent was created, h. */
  readonly ageH: Float32Array;
  /** Two per-type extras (e.g. cell-cycle clock, cargo, activation level); meaning documented per type. */
  readonly a0: Float32Array;
  readonly a1: Float32Array;

  /** Live agents per kind code (kept by spawn, kill and setKind), so systems can skip kinds that are absent. */
  readonly kindCount = new Int32Array(256);

  /** The float attributes, in a fixed order (checkpoints and reordering walk this list). */
  readonly floatArrays: readonly Float32Array[];
  private readonly scratchF32: Float32Array;
  private readonly scratchU32: Uint32Array;
  private readonly scratchU8: Uint8Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.id = new Uint32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.state = new Uint8Array(capacity);
    this.x = new Float32Array(capacity);
    this.y = new Float32Array(capacity);
    this.z = new Float32Array(capacity);
    this.px = new Float32Array(capacity);
    this.py = new Float32Array(capacity);
    this.pz = new Float32Array(capacity);
    this.ageH = new Float32Array(capacity);
    this.a0 = new Float32Array(capacity);
    this.a1 = new Float32Array(capacity);
    this.floatArrays = [this.x, this.y, this.z, this.px, this.py, this.pz, this.ageH, this.a0, this.a1];
    this.scratchF32 = new Float32Array(capacity);
    this.scratchU32 = new Uint32Array(capacity);
    this.scratchU8 = new Uint8Array(capacity);
  }

  /** Adds an agent and returns its slot, or -1 when the store is full (the caller decides what that means). */
  spawn(kind: number, x: number, y: number, z: number): number {
    if (this.count >= this.capacity) return -1;
    const i = this.count++;
    this.id[i] = this.nextId++;
    this.kind[i] = kind;
    this.kindCount[kind]!++;
    this.state[i] = 0;
    this.x[i] = x;
    this.y[i] = y;
    this.z[i] = z;
    this.px[i] = 1;
    this.py[i] = 0;
    this.pz[i] = 0;
    this.ageH[i] = 0;
    this.a0[i] = 0;
    this.a1[i] = 0;
    return i;
  }

  /** Removes the agent in slot i by moving the last agent into it. */
  kill(i: number): void {
    this.kindCount[this.kind[i]!]!--;
    const last = --this.count;
    if (i === last) return;
    this.id[i] = this.id[last]!;
    this.kind[i] = this.kind[last]!;
    this.state[i] = this.state[last]!;
    this.x[i] = this.x[last]!;
    this.y[i] = this.y[last]!;
    this.z[i] = this.z[last]!;
    this.px[i] = this.px[last]!;
    this.py[i] = this.py[last]!;
    this.pz[i] = this.pz[last]!;
    this.ageH[i] = this.ageH[last]!;
    this.a0[i] = this.a0[last]!;
    this.a1[i] = this.a1[last]!;
  }

  /** Changes agent i's kind (e.g. a fibroblast differentiating into a myofibroblast). */
  setKind(i: number, kind: number): void {
    this.kindCount[this.kind[i]!]!--;
    this.kindCount[kind]!++;
    this.kind[i] = kind;
  }

  /** Recomputes the per-kind counts (after the arrays were restored from a checkpoint). */
  recount(): void {
    this.kindCount.fill(0);
    for (let i = 0; i < this.count; i++) this.kindCount[this.kind[i]!]!++;
  }

  /** Applies a permutation: new slot k takes the agent from old slot order[k]. Allocation-free. */
  permute(order: Int32Array): void {
    const n = this.count;
    const f = this.scratchF32;
    const u = this.scratchU32;
    const b = this.scratchU8;
    for (let a = 0; a < this.floatArrays.length; a++) {
      const arr = this.floatArrays[a]!;
      for (let k = 0; k < n; k++) f[k] = arr[order[k]!]!;
      for (let k = 0; k < n; k++) arr[k] = f[k]!;
    }
    for (let k = 0; k < n; k++) u[k] = this.id[order[k]!]!;
    for (let k = 0; k < n; k++) this.id[k] = u[k]!;
    for (let k = 0; k < n; k++) b[k] = this.kind[order[k]!]!;
    for (let k = 0; k < n; k++) this.kind[k] = b[k]!;
    for (let k = 0; k < n; k++) b[k] = this.state[order[k]!]!;
    for (let k = 0; k < n; k++) this.state[k] = b[k]!;
  }
}

/**
 * Uniform-grid spatial hash, rebuilt by counting sort: `binStart[b] … binStart[b+1]` index into `order`, which
 * lists agent slots bin by bin. O(n + bins) to build, no allocation. Neighbour queries scan the 27 bins
 * around a point; with a bin edge ≥ the interaction radius that finds every neighbour.
 */
export class SpatialHash {
  readonly binUm: number;
  readonly bx: number;
  readonly by: number;
  readonly bz: number;
  readonly binStart: Int32Array;
  readonly order: Int32Array;
  private readonly binOf: Int32Array;
  private readonly cursor: Int32Array;

  constructor(widthXUm: number, widthYUm: number, depthUm: number, binUm: number, capacity: number) {
    this.binUm = binUm;
    this.bx = Math.max(1, Math.ceil(widthXUm / binUm));
    this.by = Math.max(1, Math.ceil(widthYUm / binUm));
    this.bz = Math.max(1, Math.ceil(depthUm / binUm));
    const bins = this.bx * this.by * this.bz;
    this.binStart = new Int32Array(bins + 1);
    this.cursor = new Int32Array(bins);
    this.order = new Int32Array(capacity);
    this.binOf = new Int32Array(capacity);
  }

  binIndex(x: number, y: number, z: number): number {
    const inv = 1 / this.binUm;
    const ix = clampInt(Math.floor(x * inv), this.bx);
    const iy = clampInt(Math.floor(y * inv), this.by);
    const iz = clampInt(Math.floor(z * inv), this.bz);
    return ix + this.bx * (iy + this.by * iz);
  }

  build(agents: AgentStore): void {
    const n = agents.count;
    const start = this.binStart;
    start.fill(0);
    for (let i = 0; i < n; i++) {
      const b = this.binIndex(agents.x[i]!, agents.y[i]!, agents.z[i]!);
      this.binOf[i] = b;
      start[b + 1]!++;
    }
    for (let b = 0; b < this.cursor.length; b++) start[b + 1]! += start[b]!;
    this.cursor.set(start.subarray(0, this.cursor.length));
    for (let i = 0; i < n; i++) this.order[this.cursor[this.binOf[i]!]!++] = i;
  }

  /**
   * Calls visit(slot) for every agent within `radius` of (x, y, z) (excluding slot `self`, pass -1 for none).
   * Returns how many were visited. Requires `build` since the last move.
   */
  forEachNeighbour(
    agents: AgentStore,
    x: number,
    y: number,
    z: number,
    radius: number,
    self: number,
    visit: (slot: number) => void,
  ): number {
    const inv = 1 / this.binUm;
    const cx = Math.floor(x * inv);
    const cy = Math.floor(y * inv);
    const cz = Math.floor(z * inv);
    const r2 = radius * radius;
    let found = 0;
    for (let dz = -1; dz <= 1; dz++) {
      const iz = cz + dz;
      if (iz < 0 || iz >= this.bz) continue;
      for (let dy = -1; dy <= 1; dy++) {
        const iy = cy + dy;
        if (iy < 0 || iy >= this.by) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const ix = cx + dx;
          if (ix < 0 || ix >= this.bx) continue;
          const b = ix + this.bx * (iy + this.by * iz);
          for (let k = this.binStart[b]!, end = this.binStart[b + 1]!; k < end; k++) {
            const j = this.order[k]!;
            if (j === self) continue;
            const ddx = agents.x[j]! - x;
            const ddy = agents.y[j]! - y;
            const ddz = agents.z[j]! - z;
            if (ddx * ddx + ddy * ddy + ddz * ddz <= r2) {
              visit(j);
              found++;
            }
          }
        }
      }
    }
    return found;
  }

  /** Reorders the store bin by bin (call `build` first). Afterwards slots are in spatial order. */
  sortAgents(agents: AgentStore): void {
    agents.permute(this.order);
  }
}

function clampInt(v: number, n: number): number {
  return v < 0 ? 0 : v >= n ? n - 1 : v;
}

/** Index of the voxel containing agent i (inv = 1 / voxel edge; positions clamped into the grid). */
export function voxelOf(a: AgentStore, i: number, inv: number, nx: number, ny: number, nz: number): number {
  let ix = (a.x[i]! * inv) | 0;
  let iy = (a.y[i]! * inv) | 0;
  let iz = (a.z[i]! * inv) | 0;
  if (ix >= nx) ix = nx - 1;
  if (iy >= ny) iy = ny - 1;
  if (iz >= nz) iz = nz - 1;
  if (ix < 0) ix = 0;
  if (iy < 0) iy = 0;
  if (iz < 0) iz = 0;
  return ix + nx * (iy + ny * iz);
}
