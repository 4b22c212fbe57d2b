/**
 * Patient mode: the aftercare timeline — cards for day 1, 3, 7 and 28 after the treatment, each read from the
 * SIMULATED run of this scenario (redness, barrier, channels, and the sun-protection advice that follows; the rules
 * are in aftercare.ts). Where the timeline has not played that far, a headless twin of the run (same parameters and
 * seed, so the same numbers) simulates ahead in the background, so the plan is complete in seconds rather than when
 * the timeline reaches day 28; cards it has not reached yet say so. Always with the caveat: general guidance from an
 * educational model, follow your clinician's instructions.
 */
import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import type { SimClient } from '../../sim/simClient';
import { AFTERCARE_DAYS, aftercareCard, cardHour, sampleAt } from './aftercare';
import type { AftercareCard } from './aftercare';
import { column } from './runCache';
import { useAheadRun } from './useAheadRun';
import './narrative.css';

export function AftercarePanel({ client }: { client: SimClient }) {
  // The cards' text is built while rendering (aftercare.ts), so a language switch re-renders it through this hook.
  const { t } = useTranslation('aftercare');
  const snapshot = useSyncExternalStore(client.metrics.subscribe, client.metrics.snapshot);
  const headingId = useId();
  const slots = AFTERCARE_DAYS.map((day) => ({ day, ...cardHour(day, client.info.sessionTimesH) }));
  const lastHour = Math.max(...slots.map((s) => s.hour));
  const ahead = useAheadRun(client, lastHour, snapshot.length <= lastHour);
  const aheadRows = ahead.rows;
  const cards = slots.map(({ day, hour, sessionToday }) => {
    const sample =
      sampleAt((key) => snapshot.columns.get(key), hour) ??
      (aheadRows ? sampleAt((key) => column(aheadRows, key), hour) : null);
    return aftercareCard(day, sample, client.info.skinType, sessionToday, hour);
  });
  const totalDays = Math.ceil(lastHour / 24);

  return (
    <section className="aftercare" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p className="narrative-muted">{t('intro')}</p>
      <p className="narrative-caveat">{t('caveat')}</p>
      {ahead.running && (
        <div className="aftercare-ahead">
          <p>
            {t('ahead', {
              day: formatNumber(Math.floor(ahead.hours / 24), 0),
              total: formatNumber(totalDays, 0),
            })}
          </p>
          <progress max={lastHour} value={ahead.hours} aria-label={t('aheadLabel')} />
        </div>
      )}
      {ahead.error !== null && <p className="narrative-muted">{t('aheadFailed', { message: ahead.error })}</p>}
      <ol className="aftercare-cards">
        {cards.map((card) => (
          <MilestoneCard key={card.day} card={card} />
        ))}
      </ol>
      <p className="narrative-muted aftercare-source">{t('source')}</p>
    </section>
  );
}

function MilestoneCard({ card }: { card: AftercareCard }) {
  return (
    <li className="aftercare-card" data-state={card.rows ? 'simulated' : 'pending'}>
      <h3 className="aftercare-day">{card.title}</h3>
      {card.notes.map((note) => (
        <p key={note} className="aftercare-note">
          {note}
        </p>
      ))}
      {card.rows && (
        <dl>
          {card.rows.map((row) => (
            <div key={row.id} className="aftercare-row" data-level={row.level}>
              <dt>{row.label}</dt>
              <dd>
                {row.text.map((text) => (
                  <p key={text}>{text}</p>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
