/**
 * Requests the next frame once per rendered frame (one request in flight; a slow device simply gets fewer).
 *
 * Contract for every scene consumer: in its own useFrame, apply `frames.latest` whenever `frames.received`
 * changed (swap the typed arrays into its attributes, or copy what it keeps) — also while hidden. All consumers
 * run before the renderer draws, so by the time the previous frame's buffers travel back to the worker (this
 * pull), no attribute still points at them.
 */
import { useFrame } from '@react-three/fiber';
import type { FrameStream } from '../sim/frameStream';

export function FramePump({ frames }: { frames: FrameStream }) {
  useFrame(() => {
    void frames.pull()?.catch(() => undefined);
  });
  return null;
}
