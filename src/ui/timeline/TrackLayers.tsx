/**
 * What is drawn on and around the time track, all positioned along the time scale: the phase bands known so far
 * (the rest hatched: not simulated yet), the needling session markers with their labels above, and the axis ticks
 * with the day labels below. Labels that would overlap at this width are skipped (placeLabels). Decorative for
 * assistive technology: the slider's value text, the session list and the phase summary carry the same facts.
 * Positions use inset-inline-start inside the track, which is dir="ltr" in every language (TimeScrubber.tsx), so
 * time runs left to right in Arabic too.
 */
import { axisTicks, estimateLabelWidthPx, placeLabels } from './timeScale';
import type { TimeScale } from './timeScale';
import { phaseColor } from './phaseBands';
import type { PhaseBand } from './phaseBands';
import { sessionLabel } from './timelineText';

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

export function PhaseBandsLayer({ bands, scale }: { bands: readonly PhaseBand[]; scale: TimeScale }) {
  return (
    <>
      {bands.map((b) => {
        const from = scale.toFraction(b.startH);
        const to = scale.toFraction(b.endH);
        return (
          <span
            key={`${b.phase}-${b.startH}`}
            className="tl-band"
            style={{ insetInlineStart: pct(from), inlineSize: pct(to - from), background: phaseColor(b.phase) }}
          />
        );
      })}
    </>
  );
}

/** Priority of a session's label: the first and the last are kept before the ones between. */
function sessionPriority(index: number, count: number): number {
  if (index === 0) return 0;
  return index === count - 1 ? 1 : 2;
}

export function SessionMarkers({
  sessionTimesH,
  scale,
  widthPx,
}: {
  sessionTimesH: readonly number[];
  scale: TimeScale;
  widthPx: number;
}) {
  const items = sessionTimesH.map((hours, i) => ({
    hours,
    label: sessionLabel(i),
    priority: sessionPriority(i, sessionTimesH.length),
  }));
  const labels = placeLabels(items, scale, widthPx, (it) => estimateLabelWidthPx(it.label));
  return (
    <>
      {items.map((it) => (
        <span
          key={it.label}
          className="tl-session-mark"
          style={{ insetInlineStart: pct(scale.toFraction(it.hours)) }}
        />
      ))}
      {labels.map(({ item, startPx }) => (
        <span key={item.label} className="tl-session-label" style={{ insetInlineStart: `${startPx}px` }}>
          {item.label}
        </span>
      ))}
    </>
  );
}

export function AxisTicks({ scale, widthPx }: { scale: TimeScale; widthPx: number }) {
  // Worded when drawn (the dock re-renders on a language switch); the labels' widths decide which fit.
  const ticks = axisTicks();
  const labels = placeLabels(ticks, scale, widthPx, (t) => estimateLabelWidthPx(t.label));
  return (
    <>
      {ticks
        .filter((t) => t.hours <= scale.endH)
        .map((t) => (
          <span key={t.hours} className="tl-tick" style={{ insetInlineStart: pct(scale.toFraction(t.hours)) }} />
        ))}
      {labels.map(({ item, startPx }) => (
        <span key={item.hours} className="tl-tick-label" style={{ insetInlineStart: `${startPx}px` }}>
          {item.label}
        </span>
      ))}
    </>
  );
}
