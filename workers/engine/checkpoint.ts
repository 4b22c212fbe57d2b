/**
 * Checkpoints: the whole simulation state in one compact binary buffer.
 *
 * Layout: a 16-byte header (magic "HSCP", format version, section count, layout hash), then each section's
 * used elements, 8-byte aligned. Sections are declared by the simulation in a fixed order; only the used part
 * of each array is written (`used()`), so a checkpoint of a block with few agents is small. The layout hash
 * (names, element types and capacities) guards against restoring into a simulation with other parameters.
 */

export type StateArray = Float32Array | Float64Array | Uint8Array | Uint32Array | Int32Array;

export interface StateSection {
  name: string;
  array: StateArray;
  /** Elements in use (written and restored); the rest of the array is left as is. Defaults to all. */
  used?: () => number;
  /** Called on restore with the element count read, before the data is copied (e.g. to set a store's count). */
  setUsed?: (n: number) => void;
  /**
   * Write only up to the last nonzero element; on restore the rest is zeroed. For sparse or often-empty arrays
   * (dormant fields and their sources, damage, lumen, matrix below the dermis), so checkpoints of a quiet
   * block are small and quick to write.
   */
  trimZeros?: boolean;
  /**
   * For arrays that grow (metric series): makes room for n elements before the copy. `array` is read again
   * afterwards (define it as a getter), and its capacity is left out of the layout hash.
   */
  reserve?: (n: number) => void;
}

const MAGIC = 0x50435348; // "HSCP" little-endian
const FORMAT_VERSION = 1;
const HEADER_BYTES = 16;

function align8(n: number): number {
  return (n + 7) & ~7;
}

/** FNV-1a over the section layout, so a mismatched restore fails loudly instead of scrambling state. */
export function layoutHash(sections: readonly StateSection[]): number {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const s of sections) mix(`${s.name}:${s.array.constructor.name}:${s.reserve ? '*' : s.array.length};`);
  return h >>> 0;
}

/** Elements of section s to write. */
function elementsToWrite(s: StateSection): number {
  if (s.used) return s.used();
  if (!s.trimZeros) return s.array.length;
  const a = s.array;
  let n = a.length;
  while (n > 0 && a[n - 1] === 0) n--;
  return n;
}

export function checkpointSize(sections: readonly StateSection[], counts = sections.map(elementsToWrite)): number {
  let bytes = HEADER_BYTES;
  sections.forEach((s, k) => (bytes += 8 + align8(counts[k]! * s.array.BYTES_PER_ELEMENT)));
  return bytes;
}

export function writeCheckpoint(sections: readonly StateSection[]): ArrayBuffer {
  const counts = sections.map(elementsToWrite);
  const buffer = new ArrayBuffer(checkpointSize(sections, counts));
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, sections.length, true);
  view.setUint32(12, layoutHash(sections), true);
  let offset = HEADER_BYTES;
  const bytes = new Uint8Array(buffer);
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k]!;
    const n = counts[k]!;
    view.setUint32(offset, n, true);
    offset += 8;
    const byteLength = n * s.array.BYTES_PER_ELEMENT;
    bytes.set(new Uint8Array(s.array.buffer, s.array.byteOffset, byteLength), offset);
    offset += align8(byteLength);
  }
  return buffer;
}

export class CheckpointError extends Error {
  override name = 'CheckpointError';
}

export function readCheckpoint(buffer: ArrayBuffer, sections: readonly StateSection[]): void {
  if (buffer.byteLength < HEADER_BYTES) throw new CheckpointError('checkpoint is too short to hold a header');
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new CheckpointError('not a HealSim checkpoint (bad magic number)');
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) {
    throw new CheckpointError(`checkpoint format ${version} is not supported (expected ${FORMAT_VERSION})`);
  }
  if (view.getUint32(8, true) !== sections.length || view.getUint32(12, true) !== layoutHash(sections)) {
    throw new CheckpointError('checkpoint was made by a simulation with different parameters or code version');
  }
  let offset = HEADER_BYTES;
  const bytes = new Uint8Array(buffer);
  for (const s of sections) {
    if (offset + 8 > buffer.byteLength) throw new CheckpointError(`checkpoint is truncated at section ${s.name}`);
    const n = view.getUint32(offset, true);
    offset += 8;
    const byteLength = n * s.array.BYTES_PER_ELEMENT;
    if (offset + byteLength > buffer.byteLength) throw new CheckpointError(`checkpoint section ${s.name} is truncated`);
    s.reserve?.(n);
    const target = s.array;
    if (n > target.length) throw new CheckpointError(`checkpoint section ${s.name} is corrupt (${n} elements)`);
    s.setUsed?.(n);
    new Uint8Array(target.buffer, target.byteOffset, byteLength).set(bytes.subarray(offset, offset + byteLength));
    if (s.trimZeros) target.fill(0, n);
    offset += align8(byteLength);
  }
}
