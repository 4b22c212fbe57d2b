/**
 * Legend of the cells in the 3D view: one row per cell type and state, with the same swatch (shape and colour) the
 * scene draws (cellPalette.ts) and how many such cells the block holds now. Counts are written straight into the DOM
 * twice a second from the newest frame (no React state per frame). Collapsible; bottom-left of the stage.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { CELL_KIND_COUNT, CELL_TYPES, LEGEND_ORDER, MAX_STATES } from '../scene/cells/cellPalette';
import { CellSwatch } from '../scene/cells/CellSwatch';
import type { SimClient } from '../sim/simClient';
import './CellLegend.css';

/** How often the counts refresh, ms: twice a second is as fast as anyone reads a changing number. */
const COUNT_REFRESH_MS = 500;

interface LegendRow {
  kind: number;
  state: number;
  typeLabel: string;
  stateLabel: string;
  description: string;
}

const ROWS: LegendRow[] = LEGEND_ORDER.flatMap((kind) => {
  const type = CELL_TYPES[kind]!;
  return type.states.map((look) => ({
    kind,
    state: look.state,
    typeLabel: type.label,
    stateLabel: look.label,
    description: type.shapeDescription,
  }));
});

/**
 * Row of each (kind, state) code pair, index kind × MAX_STATES + state; a state a type does not list counts in the
 * type's first row (as the scene draws it with the first look).
 */
const ROW_OF_CODE: Int16Array = (() => {
  const table = new Int16Array(CELL_KIND_COUNT * MAX_STATES).fill(-1);
  ROWS.forEach((row, r) => {
    table[row.kind * MAX_STATES + row.state] = r;
  });
  for (let kind = 0; kind < CELL_KIND_COUNT; kind++) {
    const first = ROWS.findIndex((row) => row.kind === kind);
    for (let s = 0; s < MAX_STATES; s++) if (table[kind * MAX_STATES + s] === -1) table[kind * MAX_STATES + s] = first;
  }
  return table;
})();

export function CellLegend({ client }: { client: SimClient }) {
  const [open, setOpen] = useState(true);
  const listId = useId();
  const titleId = useId();
  const countRefs = useRef<(HTMLSpanElement | null)[]>([]);
  const rowRefs = useRef<(HTMLLIElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    const counts = new Int32Array(ROWS.length);
    const update = () => {
      const frame = client.frames.latest;
      if (!frame) return;
      counts.fill(0);
      const { kinds, states, count } = frame;
      for (let i = 0; i < count; i++) {
        const kind = kinds[i]!;
        if (kind >= CELL_KIND_COUNT) continue;
        const row = ROW_OF_CODE[kind * MAX_STATES + Math.min(states[i]!, MAX_STATES - 1)]!;
        if (row >= 0) counts[row]!++;
      }
      for (let r = 0; r < ROWS.length; r++) {
        const n = counts[r]!;
        const countEl = countRefs.current[r];
        if (countEl) countEl.textContent = n.toLocaleString('en-US');
        const rowEl = rowRefs.current[r];
        if (rowEl) rowEl.dataset.empty = n === 0 ? 'true' : 'false';
      }
    };
    update();
    const timer = setInterval(update, COUNT_REFRESH_MS);
    return () => clearInterval(timer);
  }, [client, open]);

  return (
    <aside className="cell-legend" aria-labelledby={titleId}>
      <button
        type="button"
        className="cell-legend-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span id={titleId}>Cells</span>
        <span className="cell-legend-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
      </button>
      <div id={listId} hidden={!open}>
        <p className="cell-legend-note">Number in the block now · tap a cell to learn about it</p>
        <ul className="cell-legend-list">
          {ROWS.map((row, r) => (
            <li
              key={`${row.kind}-${row.state}`}
              ref={(el) => {
                rowRefs.current[r] = el;
              }}
              title={row.description}
              data-empty="true"
            >
              <CellSwatch kind={row.kind} state={row.state} size={22} />
              <span className="cell-legend-label">
                {row.typeLabel} <span className="cell-legend-state">{row.stateLabel}</span>
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
