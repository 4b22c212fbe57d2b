/**
 * How an authored link or embed opens: at the start of the run (playing), or paused at a moment — the one on
 * screen when the box is ticked, updated with "Use the current moment".
 */
import { useTranslation } from 'react-i18next';
import { formatModelTime } from './modelTime';

export interface OpenMomentProps {
  /** Model hour the link opens at, or null for the start. */
  pausedAtH: number | null;
  onChange(pausedAtH: number | null): void;
  /** The model time on screen now. */
  nowH(): number;
}

export function OpenMoment({ pausedAtH, onChange, nowH }: OpenMomentProps) {
  const { t } = useTranslation('embed');
  return (
    <>
      <label className="author-choice">
        <input
          type="checkbox"
          checked={pausedAtH !== null}
          onChange={(e) => onChange(e.currentTarget.checked ? nowH() : null)}
        />
        <span>{t('author.paused')}</span>
      </label>
      <div className="author-moment">
        <p className="author-hint">
          {pausedAtH === null ? t('author.fromStart') : t('author.pausedAt', { time: formatModelTime(pausedAtH) })}
        </p>
        {pausedAtH !== null && (
          <button type="button" onClick={() => onChange(nowH())}>
            {t('author.useNow')}
          </button>
        )}
      </div>
    </>
  );
}
