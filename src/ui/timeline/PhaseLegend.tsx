/**
 * Legend of the phase bands: a swatch and the phase's name for each, plus the hatched "not simulated yet". Baseline
 * is listed only where it can appear (untreated skin, or hours before a session).
 */
import { PHASE_COLOR } from './phaseBands';
import { PHASE_LABEL, PHASE_ORDER, TIMELINE_TEXT } from './timelineText';

export function PhaseLegend({ showBaseline }: { showBaseline: boolean }) {
  const phases = PHASE_ORDER.filter((p) => showBaseline || p !== 'baseline');
  return (
    <ul className="tl-legend" aria-label={TIMELINE_TEXT.legendLabel}>
      {phases.map((p) => (
        <li key={p}>
          <span className="tl-swatch" style={{ background: PHASE_COLOR[p] }} aria-hidden="true" />
          {PHASE_LABEL[p]}
        </li>
      ))}
      <li>
        <span className="tl-swatch tl-swatch-unknown" aria-hidden="true" />
        {TIMELINE_TEXT.notSimulated}
      </li>
    </ul>
  );
}
