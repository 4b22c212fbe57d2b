/**
 * What a tapped cell is, what it is doing and why (the model's current rule for it), where it is and the signals
 * it senses. Reads the selection from the view store and asks the worker (`describeCell`) once a second while open,
 * since the cell moves and changes. Non-modal: the view stays usable; Escape or the close button closes it.
 * Top-right overlay inside .stage.
 */
import { useEffect, useId, useState } from 'react';
import type { CellReport } from '../../workers/protocol';
import { lookOf } from '../scene/cells/cellPalette';
import { CellSwatch } from '../scene/cells/CellSwatch';
import type { SimClient } from '../sim/simClient';
import { useViewStore } from '../state/viewStore';
import './CellInfoPanel.css';

/** Refresh period while open, ms: cells move a few µm and may change state within a second of model time. */
const REFRESH_MS = 1000;

/** The answer for one id: the report, null when the cell no longer exists, or 'error' if the worker did not answer. */
type Answer = { id: number; report: CellReport | null | 'error' };

/** Plain numbers for students: two decimals, whole numbers when large, "< 0.01" instead of scientific notation. */
function formatValue(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  if (magnitude < 0.01) return '< 0.01';
  return magnitude >= 100 ? value.toFixed(0) : value.toFixed(2);
}

export function CellInfoPanel({ client }: { client: SimClient }) {
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
      ? 'Looking at the cell…'
      : current === null
        ? 'This cell is gone'
        : current === 'error'
          ? 'The model did not answer'
          : (found?.type.label ?? current.kindName);

  return (
    <section className="cell-info" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <header className="cell-info-header">
        {report && <CellSwatch kind={report.kind} state={report.state} size={36} />}
        <div className="cell-info-heading">
          <h2 id={titleId} aria-live="polite">
            {title}
          </h2>
          {report && <p className="cell-info-state">{report.stateName}</p>}
        </div>
        <button type="button" className="cell-info-close" onClick={close} aria-label="Close cell information">
          ×
        </button>
      </header>
      {current === null && (
        <p className="cell-info-text">It has died, been eaten or left the block since you picked it.</p>
      )}
      {current === 'error' && <p className="cell-info-text">Try again in a moment.</p>}
      {report && (
        <>
          <h3>Doing now</h3>
          <p className="cell-info-text">{report.doing}</p>
          <h3>Why</h3>
          <p className="cell-info-text">{report.why}</p>
          <h3>Where</h3>
          <p className="cell-info-text">
            In the {report.layerName}, {Math.round(report.positionUm.z)} µm below the skin surface.
          </p>
          <table className="cell-info-signals">
            <caption>Signals it senses here</caption>
            <thead>
              <tr>
                <th scope="col">Signal</th>
                <th scope="col">Level</th>
              </tr>
            </thead>
            <tbody>
              {report.signals.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.label}</th>
                  <td>
                    {formatValue(s.value)} <span className="cell-info-unit">{s.unit}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="cell-info-id">Cell no. {report.id} · updates every second</p>
        </>
      )}
    </section>
  );
}
