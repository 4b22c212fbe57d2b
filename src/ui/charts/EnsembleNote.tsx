/** What the shading is and how far it is computed ("range over 4 seeds (computed to day 7)"), with its progress. */
import { useTranslation } from 'react-i18next';
import { t } from '../../i18n';
import type { EnsembleSnapshot } from '../../sim/ensemble';
import { formatDay } from './chartStrings';

/** The note's text for an ensemble state, in the active language (pure; the component only renders it). */
export function ensembleText(e: EnsembleSnapshot): string {
  const count = e.seeds.length;
  const day = formatDay(Math.max(0, e.rows - 1));
  const progress = { count, done: e.completed, runs: e.runs.length, horizon: formatDay(e.horizonH) };
  switch (e.state) {
    case 'waiting':
      return t('charts:ensemble.waiting', { count });
    case 'running':
      return e.rows > 0 ? t('charts:ensemble.running', { ...progress, day }) : t('charts:ensemble.starting', progress);
    case 'paused':
      return t('charts:ensemble.paused', { count, day });
    case 'failed':
      return t('charts:ensemble.failed', { message: e.error ?? '' });
    case 'done':
    case 'stopped':
      return t('charts:ensemble.done', { count, day });
  }
}

export function EnsembleNote({ ensemble }: { ensemble: EnsembleSnapshot }) {
  // Subscribes to language switches; the text itself is built by ensembleText.
  const { t: tr } = useTranslation('charts');
  return (
    <div className="chart-ensemble" data-state={ensemble.state}>
      <span className="chart-ensemble-swatch" aria-hidden="true" />
      <p>
        {ensembleText(ensemble)} <span className="chart-ensemble-why">{tr('ensemble.why')}</span>
      </p>
    </div>
  );
}
