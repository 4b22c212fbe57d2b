/**
 * A short fingerprint of everything a frame shows (cells, tissue sites, channels, surface; not the overlay slice,
 * which depends on the view). Two frames with the same digest show the same state: the seek tests compare a
 * seek's frame with a straight run's by it. FNV-1a over the bytes of the meaningful part of each array.
 */
import { CHANNEL_STRIDE } from '../../workers/protocol';
import type { Frame } from '../../workers/protocol';

function fnv(hash: number, bytes: Uint8Array): number {
  let h = hash;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function bytesOf(array: Float32Array | Uint8Array | Uint32Array, length: number): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, length * array.BYTES_PER_ELEMENT);
}

export function frameDigest(frame: Frame): string {
  let h = 0x811c9dc5;
  h = fnv(h, bytesOf(frame.positions, frame.count * 3));
  h = fnv(h, bytesOf(frame.kinds, frame.count));
  h = fnv(h, bytesOf(frame.states, frame.count));
  h = fnv(h, bytesOf(frame.headings, frame.count * 3));
  h = fnv(h, bytesOf(frame.ids, frame.count));
  h = fnv(h, bytesOf(frame.sites, frame.sites.length));
  h = fnv(h, bytesOf(frame.channels, frame.channelCount * CHANNEL_STRIDE));
  h = fnv(h, bytesOf(frame.surface, frame.surface.length));
  return `${frame.stepIndex}:${frame.count}:${h.toString(16).padStart(8, '0')}`;
}
