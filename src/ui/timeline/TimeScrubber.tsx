/**
 * The time slider (WAI-ARIA slider on a custom track): phase bands, session markers, day labels and a thumb at the
 * newest frame's time. The thumb and the aria values are written from a requestAnimationFrame loop on refs, only
 * when a new frame arrives (never React state per frame); the value text at most once a second while time runs, so
 * a screen reader is not flooded, and at once after the user moves it. Pointer (mouse, pen, touch) and keys seek
 * through the dock's LatestSeek: one seek in flight, the newest target wins; meanwhile the thumb shows the target.
 *
 * Time runs left to right in every language, Arabic included: the track is dir="ltr" (like the charts' axes, which
 * do not mirror), while the words around it follow the page. So the keys keep their meaning in right-to-left pages
 * too — ArrowRight is later, ArrowLeft earlier, as the thumb moves on screen — and a pointer's x maps the same way.
 */
import { useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimClient } from '../../sim/simClient';
import type { LatestSeek } from './latestSeek';
import { phaseAt, phaseBands } from './phaseBands';
import { sliderKeyTarget } from './sliderKeys';
import type { TimeScale } from './timeScale';
import { phasesSummary, sessionsSummary, sliderValueText } from './timelineText';
import { AxisTicks, PhaseBandsLayer, SessionMarkers } from './TrackLayers';
import { useElementWidth } from './useElementWidth';

/** How often the slider's value text may change while time runs on its own, ms (screen readers read each one). */
const VALUE_TEXT_REFRESH_MS = 1000;
/**
 * After the last seek resolves, how long the thumb stays on the target while waiting for a frame of the new time,
 * ms (a frame requested before the seek ended can still show the old time; if nothing new comes, e.g. seeking to
 * where the model already is, the thumb follows the frames again after this).
 */
const SETTLE_MS = 1500;

export function TimeScrubber({ client, seeker, scale }: { client: SimClient; seeker: LatestSeek; scale: TimeScale }) {
  const sliderRef = useRef<HTMLDivElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const thumbRef = useRef<HTMLSpanElement>(null);
  /** The time the thumb shows (what keys step from). */
  const shownH = useRef(0);
  /** Set by a user action: write the value text on the next animation frame, not up to a second later. */
  const announceNow = useRef(false);
  const dragging = useRef(false);
  const { t, i18n } = useTranslation('timeline');
  // A language switch restarts the loop below, which then rewrites the value text in the new language. Only the loop
  // writes aria-valuetext (not the JSX), so a later re-render cannot put back a stale text.
  const language = i18n.language;
  const helpId = useId();
  const widthPx = useElementWidth(areaRef);
  const metrics = useSyncExternalStore(client.metrics.subscribe, client.metrics.snapshot);
  const bands = useMemo(() => phaseBands(metrics.phase), [metrics]);
  const sessionTimesH = client.info.sessionTimesH;

  useEffect(() => {
    const frames = client.frames;
    let raf = 0;
    let seen = -1;
    // Scalars, not objects: nothing is allocated per animation frame.
    /** Holding the thumb on a seek's target (NaN: not holding), and until which frame count / time. */
    let holdH = Number.NaN;
    let holdUntilReceived = Infinity;
    let holdDeadline = Infinity;
    let thumbAt = Number.NaN;
    /** A value the slider's aria attributes have yet to show (NaN: none). */
    let pendingH = Number.NaN;
    let pendingPhase: string | null = null;
    let valueText = sliderValueText(0, null);
    let lastValueText = Number.NEGATIVE_INFINITY;
    sliderRef.current?.setAttribute('aria-valuetext', valueText);

    const moveThumb = (hours: number, phase: string | null) => {
      shownH.current = hours;
      if (hours === thumbAt) return;
      thumbAt = hours;
      thumbRef.current?.style.setProperty('inset-inline-start', `${(scale.toFraction(hours) * 100).toFixed(3)}%`);
      pendingH = hours;
      pendingPhase = phase;
    };
    const flushValueText = (now: number) => {
      const slider = sliderRef.current;
      if (Number.isNaN(pendingH) || !slider) return;
      if (!announceNow.current && now - lastValueText < VALUE_TEXT_REFRESH_MS) return;
      announceNow.current = false;
      lastValueText = now;
      const text = sliderValueText(pendingH, pendingPhase);
      if (text !== valueText) {
        valueText = text;
        slider.setAttribute('aria-valuenow', pendingH.toFixed(1));
        slider.setAttribute('aria-valuetext', text);
      }
      pendingH = Number.NaN;
    };

    const tick = (now: number) => {
      raf = requestAnimationFrame(tick);
      const target = seeker.target;
      if (target !== null) {
        holdH = target;
        holdUntilReceived = Infinity;
      } else if (!Number.isNaN(holdH)) {
        if (holdUntilReceived === Infinity) {
          // The seek just ended: a frame request already in flight may still carry the old time.
          holdUntilReceived = frames.received + (frames.inFlight ? 2 : 1);
          holdDeadline = now + SETTLE_MS;
        }
        if (frames.received >= holdUntilReceived || now > holdDeadline) {
          holdH = Number.NaN;
          seen = -1;
        }
      }
      if (!Number.isNaN(holdH)) {
        if (holdH !== thumbAt) moveThumb(holdH, phaseAt(client.metrics.snapshot().phase, holdH));
      } else {
        const frame = frames.latest;
        if (frame && frames.received !== seen) {
          seen = frames.received;
          moveThumb(frame.timeH, frame.phase);
        }
      }
      flushValueText(now);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [client, seeker, scale, language]);

  const seekTo = (hours: number) => {
    announceNow.current = true;
    shownH.current = hours;
    seeker.request(hours);
  };

  const hoursAtPointer = (clientX: number): number => {
    const area = areaRef.current!;
    const rect = area.getBoundingClientRect();
    // The track is left to right in every language (dir="ltr"), so x maps to time the same way in RTL pages.
    return scale.toHours(rect.width > 0 ? (clientX - rect.left) / rect.width : 0);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    seekTo(hoursAtPointer(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) seekTo(hoursAtPointer(e.clientX));
  };
  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const next = sliderKeyTarget(e, shownH.current, scale);
    if (next === null) return;
    e.preventDefault();
    seekTo(next);
  };

  return (
    <div className="tl-scrubber">
      <div
        ref={sliderRef}
        className="tl-slider"
        role="slider"
        tabIndex={0}
        aria-label={t('sliderLabel')}
        aria-describedby={helpId}
        aria-valuemin={0}
        aria-valuemax={scale.endH}
        aria-valuenow={0}
        aria-orientation="horizontal"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onKeyDown={onKeyDown}
      >
        {/* The time axis (bands, markers, day labels): left to right in every language. */}
        <div ref={areaRef} className="tl-area" dir="ltr">
          <div className="tl-sessions-row" aria-hidden="true">
            <SessionMarkers sessionTimesH={sessionTimesH} scale={scale} widthPx={widthPx} />
          </div>
          <div className="tl-bar" aria-hidden="true">
            <PhaseBandsLayer bands={bands} scale={scale} />
          </div>
          <div className="tl-ticks-row" aria-hidden="true">
            <AxisTicks scale={scale} widthPx={widthPx} />
          </div>
          <span ref={thumbRef} className="tl-thumb" aria-hidden="true" />
        </div>
      </div>
      <p id={helpId} className="visually-hidden">
        {t('sliderHelp')} {sessionsSummary(sessionTimesH)}
      </p>
      <p className="visually-hidden">{phasesSummary(bands)}</p>
    </div>
  );
}
