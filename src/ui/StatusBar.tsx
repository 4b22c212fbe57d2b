/**
 * Model clock and frame counter. Updated from a requestAnimationFrame loop on a ref — per-frame values
 * never go through React state. The data-* attributes are what the browser tests read.
 */
import { useEffect, useRef } from 'react';
import type { FrameStream } from '../sim/frameStream';

export function formatModelTime(hours: number): string {
  const days = Math.floor(hours / 24);
  const h = hours - days * 24;
  return `day ${days}, ${h.toFixed(1)} h`;
}

export function StatusBar({ frames }: { frames: FrameStream }) {
  const ref = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    let raf = 0;
    let shown = -1;
    const update = () => {
      const el = ref.current;
      const frame = frames.latest;
      if (el && frame && frames.received !== shown) {
        shown = frames.received;
        el.textContent = `Model time: ${formatModelTime(frame.timeH)} · ${frame.count} cells`;
        el.dataset.frames = String(frames.received);
        el.dataset.step = String(frame.stepIndex);
      }
      raf = requestAnimationFrame(update);
    };
    raf = requestAnimationFrame(update);
    return () => cancelAnimationFrame(raf);
  }, [frames]);
  return (
    <output ref={ref} className="status-bar" data-testid="sim-status" data-frames="0" aria-live="off">
      Starting the model…
    </output>
  );
}
