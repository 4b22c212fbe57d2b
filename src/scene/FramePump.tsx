/**
 * Requests the next frame once per rendered frame (one request in flight; a slow device simply gets fewer). Under
 * reduced motion, while playing, once a second instead: model time then shows in steps (src/a11y/frameCadence.ts;
 * the model itself runs as always).
 *
 * Contract for every scene consumer: in its own useFrame, apply `frames.latest` whenever `frames.received`
 * changed (swap the typed arrays into its attributes, or copy what it keeps) — also while hidden. All consumers
 * run before the renderer draws, so by the time the previous frame's buffers travel back to the worker (this
 * pull), no attribute still points at them.
 */
import { useFrame } from '@react-three/fiber';
import { useState } from 'react';
import { FrameCadence } from '../a11y/frameCadence';
import type { FrameStream } from '../sim/frameStream';
import { usePlaybackStore } from '../state/playbackStore';
import { useViewStore } from '../state/viewStore';

export function FramePump({ frames }: { frames: FrameStream }) {
  const [cadence] = useState(() => new FrameCadence());
  useFrame(() => {
    const stepped = useViewStore.getState().reducedMotion && usePlaybackStore.getState().playing;
    const now = performance.now();
    if (!cadence.due(now, stepped)) return;
    const request = frames.pull();
    if (request === null) return;
    cadence.pulled(now);
    void request.catch(() => undefined);
  });
  return null;
}
