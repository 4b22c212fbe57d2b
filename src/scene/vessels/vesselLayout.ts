/**
 * Static capillary architecture of the block, built once from SimInfo.stack (model µm):
 *  - one capillary loop per dermal papilla (where the rete-ridge surface rises highest), from the sub-papillary
 *    plexus up to the loop tip depth;
 *  - the sub-papillary plexus: a horizontal meshwork of small vessels at subpapillaryPlexusUm;
 *  - the deep (cutaneous) plexus near the dermis–fat junction, coarser and thicker, joined to the upper one by
 *    a few ascending vessels.
 * Node positions are jittered with a fixed-seed generator: the same block always draws the same network.
 */
import type { SimInfo } from '../../../workers/protocol';

/** Mesh spacing of the sub-papillary plexus, µm (textbook meshwork of ~100–200 µm; assumed). */
const UPPER_PLEXUS_SPACING_UM = 170;
/** Mesh spacing of the deep plexus, µm (coarser than the upper one; assumed). */
const DEEP_PLEXUS_SPACING_UM = 300;
/** Jitter of plexus nodes as a fraction of the spacing (irregular meshwork; drawing choice). */
const NODE_JITTER = 0.3;
/** Depth jitter of plexus nodes, µm (drawing choice). */
const NODE_DEPTH_JITTER_UM = 15;
/** Vessel radii, µm: sub-papillary arterioles/venules ~15–20 µm across, deep plexus ~30–40 µm (textbook). */
const UPPER_PLEXUS_RADIUS_UM = 8;
const DEEP_PLEXUS_RADIUS_UM = 15;
const ASCENDING_RADIUS_UM = 10;
/** Share of plexus edges left out so the mesh looks grown, not ruled (drawing choice). */
const MISSING_EDGE_SHARE = 0.15;
/** Every n-th deep node sends an ascending vessel to the upper plexus (drawing choice). */
const ASCENDING_EVERY = 3;
/** Depth of the deep plexus above the dermis bottom, µm (it lies at the dermis–fat junction; assumed). */
const DEEP_PLEXUS_ABOVE_BOTTOM_UM = 40;
/** Fixed seed of the layout generator. */
const LAYOUT_SEED = 0x7e55e1;

export interface VesselSegment {
  /** Ends in model µm (x, y, depth). */
  a: [number, number, number];
  b: [number, number, number];
  radiusUm: number;
  deep: boolean;
}

export interface CapillaryLoop {
  x: number;
  y: number;
  /** Rotation of the loop's plane about the vertical, radians. */
  turn: number;
  /** Tip depth, µm. */
  tipUm: number;
}

/** Small deterministic generator (mulberry32): layout only, never the model. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Dermal papillae: the dermo-epidermal junction lies at SC + epidermis + A·sin(kx)·sin(ky) (workers/engine
 * geometry.ts), so it is shallowest — a papilla — where sin(kx)·sin(ky) = −1: (¼, ¾) and (¾, ¼) of each
 * wavelength cell. One loop per papilla, inside the block.
 */
export function capillaryLoops(info: SimInfo): CapillaryLoop[] {
  const { reteWavelengthUm: lambda, capillaryLoopTipUm } = info.stack;
  const w = info.domainUm.x;
  const rng = generator(LAYOUT_SEED);
  const loops: CapillaryLoop[] = [];
  const cells = Math.ceil(w / lambda);
  for (let i = 0; i < cells; i++) {
    for (let j = 0; j < cells; j++) {
      for (const [fx, fy] of [
        [0.25, 0.75],
        [0.75, 0.25],
      ] as const) {
        const x = (i + fx) * lambda;
        const y = (j + fy) * lambda;
        if (x > w || y > info.domainUm.y) continue;
        loops.push({ x, y, turn: rng() * Math.PI, tipUm: capillaryLoopTipUm + (rng() - 0.5) * 20 });
      }
    }
  }
  return loops;
}

function plexusGrid(
  info: SimInfo,
  rng: () => number,
  spacing: number,
  depthUm: number,
): { nodes: [number, number, number][]; n: number } {
  const w = info.domainUm.x;
  // Nodes beyond the edges too, so the network runs out of the block instead of stopping short of its faces.
  const n = Math.ceil(w / spacing) + 2;
  const step = (w + 2 * spacing) / (n - 1);
  const nodes: [number, number, number][] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      nodes.push([
        -spacing + i * step + (rng() - 0.5) * 2 * NODE_JITTER * spacing,
        -spacing + j * step + (rng() - 0.5) * 2 * NODE_JITTER * spacing,
        depthUm + (rng() - 0.5) * 2 * NODE_DEPTH_JITTER_UM,
      ]);
    }
  }
  return { nodes, n };
}

/** Clips a segment to the block's x–y extent (plexus nodes lie outside it); null when nothing is left inside. */
function clipToBlock(info: SimInfo, a: [number, number, number], b: [number, number, number]) {
  let t0 = 0;
  let t1 = 1;
  const limits: [number, number, number][] = [
    [0, 0, info.domainUm.x],
    [1, 0, info.domainUm.y],
  ];
  for (const [axis, lo, hi] of limits) {
    const d = b[axis]! - a[axis]!;
    for (const [bound, sign] of [
      [lo, 1],
      [hi, -1],
    ] as const) {
      // Keep sign·(a + t·d − bound) ≥ 0.
      const f = sign * (a[axis]! - bound);
      const g = sign * d;
      if (Math.abs(g) < 1e-9) {
        if (f < 0) return null;
      } else if (g > 0) t0 = Math.max(t0, -f / g);
      else t1 = Math.min(t1, -f / g);
    }
  }
  if (t1 - t0 < 1e-3) return null;
  const at = (t: number): [number, number, number] => [
    a[0] + (b[0] - a[0]) * t,
    a[1] + (b[1] - a[1]) * t,
    a[2] + (b[2] - a[2]) * t,
  ];
  return [at(t0), at(t1)] as const;
}

export function plexusSegments(info: SimInfo): VesselSegment[] {
  const rng = generator(LAYOUT_SEED ^ 0x9e3779b9);
  const segments: VesselSegment[] = [];
  const deepDepth = Math.min(info.stack.dermisBottomUm - DEEP_PLEXUS_ABOVE_BOTTOM_UM, info.domainUm.z - 20);
  const upper = plexusGrid(info, rng, UPPER_PLEXUS_SPACING_UM, info.stack.subpapillaryPlexusUm);
  const deep = plexusGrid(info, rng, DEEP_PLEXUS_SPACING_UM, deepDepth);
  const add = (a: [number, number, number], b: [number, number, number], radiusUm: number, isDeep: boolean) => {
    const clipped = clipToBlock(info, a, b);
    if (clipped) segments.push({ a: clipped[0], b: clipped[1], radiusUm, deep: isDeep });
  };
  for (const [grid, radius, isDeep] of [
    [upper, UPPER_PLEXUS_RADIUS_UM, false],
    [deep, DEEP_PLEXUS_RADIUS_UM, true],
  ] as const) {
    const { nodes, n } = grid;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const node = nodes[i + n * j]!;
        if (i + 1 < n && rng() > MISSING_EDGE_SHARE) add(node, nodes[i + 1 + n * j]!, radius, isDeep);
        if (j + 1 < n && rng() > MISSING_EDGE_SHARE) add(node, nodes[i + n * (j + 1)]!, radius, isDeep);
      }
    }
  }
  // Ascending vessels: from some deep nodes up to the nearest upper node.
  deep.nodes.forEach((node, index) => {
    if (index % ASCENDING_EVERY !== 0) return;
    let best = upper.nodes[0]!;
    let bestD = Infinity;
    for (const u of upper.nodes) {
      const d = Math.hypot(u[0] - node[0], u[1] - node[1]);
      if (d < bestD) {
        bestD = d;
        best = u;
      }
    }
    if (node[0] < 0 || node[1] < 0 || node[0] > info.domainUm.x || node[1] > info.domainUm.y) return;
    add(node, best, ASCENDING_RADIUS_UM, true);
  });
  return segments;
}
