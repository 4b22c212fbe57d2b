/**
 * A first timeline: a scrubber over model time with milestone jumps. The position follows the frames through a
 * ref (no React state per frame); dragging seeks the worker, one seek in flight, the latest position wins.
 * (The full timeline with phase bands and session markers is the app issue's.)
 */
import { useEffect, useRef } from 'react';
import type { SimClient } from '../sim/simClient';
import { formatModelTime } from './StatusBar';

export const MILESTONES: { label: string; hours: number }[] = [
  { label: '0 h', hours: 0 },
  { label: '6 h', hours: 6 },
  { label: 'Day 2', hours: 48 },
  { label: 'Day 7', hours: 168 },
  { label: 'Day 28', hours: 672 },
  { label: 'Day 90', hours: 2160 },
];

/** Scrubber span after the last session: six months of remodelling. */
const SPAN_AFTER_LAST_SESSION_H = 180 * 24;

export function Timeline({ client }: { client: SimClient }) {
  const input = useRef<HTMLInputElement>(null);
  const seeking = useRef<{ busy: boolean; next: number | null }>({ busy: false, next: null });
  const maxH = Math.max(...client.info.sessionTimesH, 0) + SPAN_AFTER_LAST_SESSION_H;

  useEffect(() => {
    let raf = 0;
    // Only a new frame moves the thumb (writing the same value every animation frame still invalidates style).
    let shown = -1;
    const follow = () => {
      const el = input.current;
      const frame = client.frames.latest;
      if (el && frame && client.frames.received !== shown && !seeking.current.busy && document.activeElement !== el) {
        shown = client.frames.received;
        el.value = String(Math.round(frame.timeH));
        el.setAttribute('aria-valuetext', formatModelTime(frame.timeH));
      }
      raf = requestAnimationFrame(follow);
    };
    raf = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(raf);
  }, [client]);

  const seek = (hours: number) => {
    const s = seeking.current;
    s.next = hours;
    if (s.busy) return;
    s.busy = true;
    const run = async () => {
      while (s.next !== null) {
        const target = s.next;
        s.next = null;
        await client.api.seek(target).catch(() => undefined);
      }
      s.busy = false;
    };
    void run();
  };

  return (
    <div className="timeline">
      <label className="timeline-scrub">
        <span className="visually-hidden">Model time (hours)</span>
        <input
          ref={input}
          type="range"
          min={0}
          max={maxH}
          step={1}
          defaultValue={0}
          onChange={(e) => seek(Number(e.currentTarget.value))}
        />
      </label>
      <div className="timeline-milestones" role="group" aria-label="Jump to">
        {MILESTONES.filter((m) => m.hours <= maxH).map((m) => (
          <button key={m.label} type="button" onClick={() => seek(m.hours)}>
            {m.label}
          </button>
        ))}
      </div>
    </div>
  );
}
