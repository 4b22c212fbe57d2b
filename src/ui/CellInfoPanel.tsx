/**
 * What a tapped cell is, what it is doing and why (the model's current rule for it), where it is and the signals
 * it senses. Reads the selection from the view store and asks the worker (`describeCell`) once a second while open,
 * since the cell moves and changes. Non-modal: the view stays usable; Escape or the close button closes it.
 * Top-right overlay inside .stage (top-left in right-to-left languages). The worker answers in codes and numbers;
 * the words come from the `cells` locale files (cellInfoText.ts).
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellReport } from '../../workers/protocol';
import { cellTypeLabel, lookOf } from '../look/cellLooks';
import { CellSwatch } from '../look/CellSwatch';
import type { SimClient } from '../sim/simClient';
import { useViewStore } from '../state/viewStore';
import { cellDoingText, cellStateText, cellWhereText, cellWhyText, formatLevel } from './cellInfoText';
import { fieldLabel, fieldUnit } from './fieldText';
import './CellInfoPanel.css';

/** Refresh period while open, ms: cells move a few µm and may change state within a second of model time. */
const REFRESH_MS = 1000;

/** The answer for one id: the report, null when the cell no longer exists, or 'error' if the worker did not answer. */
type Answer = { id: number; report: CellReport | null | 'error' };

export function CellInfoPanel({ client }: { client: SimClient }) {
  const { t } = useTranslation('cells');
  const selectedId = useViewStore((s) => s.selectedCellId);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const titleId = useId();

  useEffect(() => {
    if (selectedId === null) return;
    let cancelled = false;
    const load = () => {
      client.api.describeCell(selectedId).then(
        (report) => {
          if (!cancelled) setAnswer({ id: selectedId, report });
        },
        () => {
          if (!cancelled) setAnswer({ id: selectedId, report: 'error' });
        },
      );
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [client, selectedId]);

  useEffect(() => {
    if (selectedId === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') useViewStore.getState().selectCell(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedId]);

  if (selectedId === null) return null;
  const close = () => useViewStore.getState().selectCell(null);
  const current = answer && answer.id === selectedId ? answer.report : undefined;
  const report = current && current !== 'error' ? current : null;
  const found = report ? lookOf(report.kind, report.state) : null;

  const title =
    current === undefined
      ? t('info.looking')
      : current === null
        ? t('info.gone')
        : current === 'error'
          ? t('info.noAnswer')
          : found
            ? cellTypeLabel(found.type)
            : t('info.unknownCell');

  return (
    <section className="cell-info" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <header className="cell-info-header">
        {report && <CellSwatch kind={report.kind} state={report.state} size={36} />}
        <div className="cell-info-heading">
          <h2 id={titleId} aria-live="polite">
            {title}
          </h2>
          {report && <p className="cell-info-state">{cellStateText(report)}</p>}
        </div>
        <button type="button" className="cell-info-close" onClick={close} aria-label={t('info.close')}>
          ×
        </button>
      </header>
      {current === null && <p className="cell-info-text">{t('info.goneText')}</p>}
      {current === 'error' && <p className="cell-info-text">{t('info.retry')}</p>}
      {report && (
        <>
          <h3>{t('info.doing')}</h3>
          <p className="cell-info-text">{cellDoingText(report)}</p>
          <h3>{t('info.why')}</h3>
          <p className="cell-info-text">{cellWhyText(report)}</p>
          <h3>{t('info.where')}</h3>
          <p className="cell-info-text">{cellWhereText(report)}</p>
          <table className="cell-info-signals">
            <caption>{t('info.signalsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('info.signal')}</th>
                <th scope="col">{t('info.level')}</th>
              </tr>
            </thead>
            <tbody>
              {report.signals.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{fieldLabel(s.id)}</th>
                  <td>
                    {formatLevel(s.value)} <span className="cell-info-unit">{fieldUnit(s.id, s.unit)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="cell-info-id">{t('info.footer', { id: report.id })}</p>
        </>
      )}
    </section>
  );
}
