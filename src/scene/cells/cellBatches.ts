/**
 * Per-type instance buffers for the cells: each frame's interleaved arrays (all types mixed) are repacked into one
 * InstancedBufferGeometry per type, so each type is one draw call with its own shape and material.
 *
 * Per instance, interleaved in one buffer (one upload per type and frame — under software WebGL each upload is a
 * measurable main-thread cost): aCell = (x, y, z µm, state code), aHeading = unit heading (model axes); plus,
 * CPU-side only, the cell's stable id (for picking). Buffers start small and double on demand (rare: only while
 * populations grow); the steady state allocates nothing per frame.
 */
import * as THREE from 'three';
import { CENSUS_STATES } from '../../../workers/protocol';
import type { Frame, SimInfo } from '../../../workers/protocol';
import { CELL_TYPES } from '../../look/cellLooks';
import { cellGeometry } from './cellGeometry';
import { CELL_KIND_COUNT } from '../../../workers/model/cellKinds';

/** Instances per type allocated up front; doubled when a frame needs more (few cells of most types early on). */
const INITIAL_INSTANCES = 1024;
/** Floats per instance: x, y, z, state, then heading x, y, z. */
export const INSTANCE_STRIDE = 7;

export interface CellBatch {
  readonly kind: number;
  readonly geometry: THREE.InstancedBufferGeometry;
  /** (x, y, z µm, state, heading x, y, z) per drawn instance, INSTANCE_STRIDE floats; the first `count` are valid. */
  instances: Float32Array;
  /** The GPU buffer over `instances`. */
  buffer: THREE.InstancedInterleavedBuffer;
  /** Stable ids of the drawn instances (same order as `cells`). */
  ids: Uint32Array;
  /** Instances drawn now. */
  count: number;
  /** Cells of this type in the frame (drawn or skipped by the tier's cap). */
  total: number;
  /** The one upload range of `buffer`, reused every frame (no allocation). */
  readonly range: { start: number; count: number };
}

export class CellBatches {
  readonly batches: CellBatch[] = [];
  /** `frames.received` of the frame last repacked (−1: none yet). */
  get appliedFrame(): number {
    return this.applied;
  }
  private applied = -1;
  private readonly maxInstances: number;
  private readonly kindTotals = new Int32Array(CELL_KIND_COUNT);
  /** Per type: fraction of its cells kept (≤ 1) and the running accumulator that spreads the kept ones evenly. */
  private readonly keepFraction = new Float64Array(CELL_KIND_COUNT);
  private readonly keepCarry = new Float64Array(CELL_KIND_COUNT);
  /** Per type: instances to draw this frame (the accumulator's rounding can never push a batch past it). */
  private readonly drawLimit = new Int32Array(CELL_KIND_COUNT);

  constructor(info: SimInfo, detail: number) {
    this.maxInstances = info.capacity;
    for (const type of CELL_TYPES) {
      const shape = cellGeometry(type, detail);
      const geometry = new THREE.InstancedBufferGeometry();
      geometry.index = shape.index;
      for (const name of Object.keys(shape.attributes)) geometry.setAttribute(name, shape.getAttribute(name));
      geometry.instanceCount = 0;
      const size = Math.min(INITIAL_INSTANCES, this.maxInstances);
      const instances = new Float32Array(size * INSTANCE_STRIDE);
      const batch: CellBatch = {
        kind: type.kind,
        geometry,
        instances,
        buffer: instanceBuffer(instances),
        ids: new Uint32Array(size),
        count: 0,
        total: 0,
        range: { start: 0, count: 0 },
      };
      attachInstanceAttributes(batch);
      this.batches.push(batch);
    }
  }

  /**
   * Copies `frame`'s cells into the per-type buffers, at most `maxPerKind` of each type (skipping evenly through the
   * frame, so a capped population still fills the whole block). Marks only the written ranges for upload.
   * `received` is the stream's counter for this frame (see `appliedFrame`).
   */
  repack(frame: Frame, received: number, maxPerKind: number): void {
    this.applied = received;
    const { kinds, states, positions, headings, ids, count, census } = frame;
    const totals = this.kindTotals;
    totals.fill(0);
    for (let c = 0; c < census.length; c++) totals[Math.floor(c / CENSUS_STATES)]! += census[c]!;
    for (let k = 0; k < CELL_KIND_COUNT; k++) {
      const batch = this.batches[k]!;
      const total = totals[k]!;
      const drawn = Math.min(total, maxPerKind, this.maxInstances);
      if (drawn > batch.ids.length) this.grow(batch, drawn);
      batch.total = total;
      batch.count = 0;
      this.keepFraction[k] = total > 0 ? drawn / total : 0;
      this.keepCarry[k] = 0;
      this.drawLimit[k] = drawn;
    }
    for (let i = 0; i < count; i++) {
      const k = kinds[i]!;
      if (k >= CELL_KIND_COUNT) continue;
      const carry = this.keepCarry[k]! + this.keepFraction[k]!;
      if (carry < 1 - 1e-9) {
        this.keepCarry[k] = carry;
        continue;
      }
      this.keepCarry[k] = carry - 1;
      const batch = this.batches[k]!;
      if (batch.count >= this.drawLimit[k]!) continue;
      const n = batch.count++;
      const src = i * 3;
      const c = batch.instances;
      const o = n * INSTANCE_STRIDE;
      c[o] = positions[src]!;
      c[o + 1] = positions[src + 1]!;
      c[o + 2] = positions[src + 2]!;
      c[o + 3] = states[i]!;
      c[o + 4] = headings[src]!;
      c[o + 5] = headings[src + 1]!;
      c[o + 6] = headings[src + 2]!;
      batch.ids[n] = ids[i]!;
    }
    for (let k = 0; k < CELL_KIND_COUNT; k++) {
      const batch = this.batches[k]!;
      batch.geometry.instanceCount = batch.count;
      const buffer = batch.buffer;
      buffer.clearUpdateRanges();
      if (batch.count > 0) {
        // three.js empties updateRanges after the upload; pushing the reused range allocates nothing.
        batch.range.count = batch.count * INSTANCE_STRIDE;
        buffer.updateRanges.push(batch.range);
        buffer.needsUpdate = true;
      }
    }
  }

  dispose(): void {
    for (const batch of this.batches) batch.geometry.dispose();
  }

  /** Doubles a batch's buffers until `needed` instances fit (allocation only here, never in the steady state). */
  private grow(batch: CellBatch, needed: number): void {
    let size = batch.ids.length;
    while (size < needed) size *= 2;
    size = Math.min(size, this.maxInstances);
    batch.instances = new Float32Array(size * INSTANCE_STRIDE);
    batch.buffer = instanceBuffer(batch.instances);
    batch.ids = new Uint32Array(size);
    // Frees the old GPU buffers (three re-uploads the shape attributes on the next draw), then swaps in the new ones.
    batch.geometry.dispose();
    attachInstanceAttributes(batch);
  }
}

function instanceBuffer(instances: Float32Array): THREE.InstancedInterleavedBuffer {
  const buffer = new THREE.InstancedInterleavedBuffer(instances, INSTANCE_STRIDE);
  buffer.setUsage(THREE.DynamicDrawUsage);
  return buffer;
}

function attachInstanceAttributes(batch: CellBatch): void {
  batch.geometry.setAttribute('aCell', new THREE.InterleavedBufferAttribute(batch.buffer, 4, 0));
  batch.geometry.setAttribute('aHeading', new THREE.InterleavedBufferAttribute(batch.buffer, 3, 4));
}
