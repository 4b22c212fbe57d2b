/**
 * Legend of the cells in the 3D view: one row per cell type and state, with the same swatch (shape and colour) the
 * scene draws (look/cellLooks.ts) and how many such cells the block holds now. Counts come from the frame's census
 * (counted in the worker) and are written straight into the DOM at most twice a second, only where they changed
 * (no React state per frame, no walk over the agents on the main thread). Collapsible; bottom-left of the stage
 * (bottom-right in right-to-left languages). Names come from the `cells` locale files; counts in the active locale.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n';
import { CELL_TYPES, cellShapeDescription, cellStateLabel, cellTypeLabel, LEGEND_ORDER } from '../look/cellLooks';
import type { CellStateLook, CellTypeLook } from '../look/cellLooks';
import { CellSwatch } from '../look/CellSwatch';
import { CENSUS_STATES } from '../../workers/protocol';
import type { SimClient } from '../sim/simClient';
import { useScenarioStore } from '../state/scenarioStore';
import './CellLegend.css';
import { CELL_KIND_COUNT, MAX_CELL_STATES } from '../../workers/model/cellKinds';

/** How often the counts refresh, ms: twice a second is as fast as anyone reads a changing number. */
const COUNT_REFRESH_MS = 500;
/** The app layout's stacked arrangement (src/app/layout.css): stage above the panel. */
const STACKED_LAYOUT_QUERY = '(orientation: portrait), (max-width: 899px)';
interface LegendRow {
  kind: number;
  state: number;
  type: CellTypeLook;
  look: CellStateLook;
}

const ROWS: LegendRow[] = LEGEND_ORDER.flatMap((kind) => {
  const type = CELL_TYPES[kind]!;
  return type.states.map((look) => ({ kind, state: look.state, type, look }));
});

/**
 * Row of each (kind, state) code pair, index kind × MAX_CELL_STATES + state; a state a type does not list counts in the
 * type's first row (as the scene draws it with the first look).
 */
const ROW_OF_CODE: Int16Array = (() => {
  const table = new Int16Array(CELL_KIND_COUNT * MAX_CELL_STATES).fill(-1);
  ROWS.forEach((row, r) => {
    table[row.kind * MAX_CELL_STATES + row.state] = r;
  });
  for (let kind = 0; kind < CELL_KIND_COUNT; kind++) {
    const first = ROWS.findIndex((row) => row.kind === kind);
    for (let s = 0; s < MAX_CELL_STATES; s++)
      if (table[kind * MAX_CELL_STATES + s] === -1) table[kind * MAX_CELL_STATES + s] = first;
  }
  return table;
})();

export function CellLegend({ client }: { client: SimClient }) {
  // Folded where the stage is a strip above the panel (portrait tablets, phones): the tissue comes first there.
  // Patient mode starts folded too: a calm view first, the counts one tap away.
  const { t, i18n } = useTranslation('cells');
  // A language switch restarts the count loop, which then rewrites every count in the new locale's digits.
  const language = i18n.language;
  const [open, setOpen] = useState(
    () => !window.matchMedia(STACKED_LAYOUT_QUERY).matches && useScenarioStore.getState().mode !== 'patient',
  );
  const listId = useId();
  const titleId = useId();
  const countRefs = useRef<(HTMLSpanElement | null)[]>([]);
  const rowRefs = useRef<(HTMLLIElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    const counts = new Int32Array(ROWS.length);
    const shown = new Int32Array(ROWS.length).fill(-1);
    let seen = -1;
    const update = () => {
      const frame = client.frames.latest;
      if (!frame || client.frames.received === seen) return;
      seen = client.frames.received;
      counts.fill(0);
      const census = frame.census;
      for (let kind = 0; kind < CELL_KIND_COUNT; kind++) {
        for (let state = 0; state < CENSUS_STATES; state++) {
          const row = ROW_OF_CODE[kind * MAX_CELL_STATES + Math.min(state, MAX_CELL_STATES - 1)]!;
          if (row >= 0) counts[row]! += census[kind * CENSUS_STATES + state] ?? 0;
        }
      }
      for (let r = 0; r < ROWS.length; r++) {
        const n = counts[r]!;
        if (n === shown[r]) continue;
        shown[r] = n;
        const countEl = countRefs.current[r];
        if (countEl) countEl.textContent = formatNumber(n, 0);
        const rowEl = rowRefs.current[r];
        if (rowEl) rowEl.dataset.empty = n === 0 ? 'true' : 'false';
      }
    };
    update();
    const timer = setInterval(update, COUNT_REFRESH_MS);
    return () => clearInterval(timer);
  }, [client, open, language]);

  return (
    <aside className="cell-legend" aria-labelledby={titleId}>
      <button
        type="button"
        className="cell-legend-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span id={titleId}>{t('legend.title')}</span>
        <span className="cell-legend-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      <div id={listId} hidden={!open}>
        <p className="cell-legend-note">{t('legend.note')}</p>
        <ul className="cell-legend-list">
          {ROWS.map((row, r) => (
            <li
              key={`${row.kind}-${row.state}`}
              ref={(el) => {
                rowRefs.current[r] = el;
              }}
              title={cellShapeDescription(row.type)}
              data-empty="true"
            >
              <CellSwatch kind={row.kind} state={row.state} size={22} />
              <span className="cell-legend-label">
                {cellTypeLabel(row.type)}{' '}
                <span className="cell-legend-state">{cellStateLabel(row.type, row.look)}</span>
              </span>
              <span
                className="cell-legend-count"
                ref={(el) => {
                  countRefs.current[r] = el;
                }}
              >
                0
              </span>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
