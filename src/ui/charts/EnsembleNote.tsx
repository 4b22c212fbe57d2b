/** What the shading is and how far it is computed ("range over 4 seeds (computed to day 7)"), with its progress. */
import type { EnsembleSnapshot } from '../../sim/ensemble';
import { CHART_STRINGS, formatDay } from './chartStrings';

/** The note's text for an ensemble state (pure; the component only renders it). */
export function ensembleText(e: EnsembleSnapshot): string {
  const seeds = e.seeds.length;
  const computed = formatDay(Math.max(0, e.rows - 1));
  switch (e.state) {
    case 'waiting':
      return CHART_STRINGS.ensemble.waiting(seeds);
    case 'running':
      return e.rows > 0
        ? CHART_STRINGS.ensemble.running(seeds, computed, e.completed, e.runs.length, formatDay(e.horizonH))
        : CHART_STRINGS.ensemble.starting(seeds, e.completed, e.runs.length, formatDay(e.horizonH));
    case 'paused':
      return CHART_STRINGS.ensemble.paused(seeds, computed);
    case 'failed':
      return CHART_STRINGS.ensemble.failed(e.error ?? '');
    case 'done':
    case 'stopped':
      return CHART_STRINGS.ensemble.done(seeds, computed);
  }
}

export function EnsembleNote({ ensemble }: { ensemble: EnsembleSnapshot }) {
  return (
    <div className="chart-ensemble" data-state={ensemble.state}>
      <span className="chart-ensemble-swatch" aria-hidden="true" />
      <p>
        {ensembleText(ensemble)} <span className="chart-ensemble-why">{CHART_STRINGS.ensemble.why}</span>
      </p>
    </div>
  );
}
