/**
 * The model clock, on two lines: "Day 2, 4.0 h" and "proliferation · 14043 cells", from the newest frame, written
 * into the DOM from a requestAnimationFrame loop (never React state per frame). The text refreshes a few times a
 * second — a number changing every frame cannot be read — while the data-* attributes (what the browser tests
 * read) follow every frame. While a seek runs, "Going to Day 90…" covers the second line (no layout shift). Words and
 * numbers follow the active language (timelineText.ts).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimClient } from '../../sim/simClient';
import type { LatestSeek } from './latestSeek';
import { t } from '../../i18n';
import { formatClock, readoutDetails, seekingText } from './timelineText';

/** How often the readout text may change, ms (4 per second: readable, and cheap). */
const TEXT_REFRESH_MS = 250;

export function TimeReadout({ client, seeker }: { client: SimClient; seeker: LatestSeek }) {
  const { i18n } = useTranslation('timeline');
  // A language switch restarts the loop below, which then rewrites every text in the new language at once. The
  // loop alone writes these nodes' text (React renders none into them): a re-render cannot undo what it wrote.
  const language = i18n.language;
  const output = useRef<HTMLOutputElement>(null);
  const clock = useRef<HTMLSpanElement>(null);
  const details = useRef<HTMLSpanElement>(null);
  const going = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const frames = client.frames;
    let raf = 0;
    let seen = -1;
    let textOf = -1;
    let lastText = Number.NEGATIVE_INFINITY;
    let shownTarget: number | null = null;
    if (clock.current && !frames.latest) clock.current.textContent = t('timeline:starting');
    const update = (now: number) => {
      raf = requestAnimationFrame(update);
      const goingEl = going.current;
      if (goingEl && seeker.target !== shownTarget) {
        shownTarget = seeker.target;
        goingEl.textContent = shownTarget === null ? '' : seekingText(shownTarget);
      }
      const el = output.current;
      const frame = frames.latest;
      if (!el || !frame) return;
      if (frames.received !== seen) {
        seen = frames.received;
        el.dataset.frames = String(frames.received);
        el.dataset.step = String(frame.stepIndex);
      }
      // The text catches up with the newest frame at most every TEXT_REFRESH_MS, and always ends on the last one.
      if (textOf === seen || now - lastText < TEXT_REFRESH_MS) return;
      textOf = seen;
      lastText = now;
      if (clock.current) clock.current.textContent = formatClock(frame.timeH);
      if (details.current) details.current.textContent = readoutDetails(frame.phase, frame.count);
    };
    raf = requestAnimationFrame(update);
    return () => cancelAnimationFrame(raf);
  }, [client, seeker, language]);

  return (
    <div className="tl-readout">
      <output ref={output} data-testid="sim-status" data-frames="0" aria-live="off">
        <span ref={clock} className="tl-clock" />
        <span className="visually-hidden"> · </span>
        <span ref={details} className="tl-details" />
      </output>
      <span ref={going} className="tl-going" />
    </div>
  );
}
