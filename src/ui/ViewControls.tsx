/**
 * How the 3D view is shown (top-left of the stage): camera presets and reset, the cut-away position, the heat-map
 * field and the render quality. Collapsible behind a "View" button (collapsed at first on narrow screens).
 * Also shows a polite status line while the 3D view restores a lost WebGL context.
 */
import { useId, useState } from 'react';
import { OVERLAY_FIELDS } from '../../workers/protocol';
import type { OverlayField } from '../../workers/protocol';
import { useContextLost } from '../scene/contextLoss';
import type { SimClient } from '../sim/simClient';
import { useViewStore } from '../state/viewStore';
import type { CameraPreset, TierChoice } from '../state/viewStore';
import './ViewControls.css';

/**
 * Screens where the open panel would meet the cell legend below it (up to ~1000 px tall, which includes 1280×720
 * desktops and 1024×768 tablets) or crowd a narrow view start with the panel folded; opening it lays it over the
 * legend until it is folded again.
 */
const NARROW_QUERY = '(max-width: 700px), (max-height: 1000px)';

const PRESET_BUTTONS: readonly { preset: CameraPreset; label: string; key: string }[] = [
  { preset: 'overview', label: 'Overview', key: '1' },
  { preset: 'surface', label: 'Surface', key: '2' },
  { preset: 'cross-section', label: 'Cross-section', key: '3' },
  { preset: 'channel', label: 'Channel close-up', key: '4' },
];

const TIER_OPTIONS: readonly { value: Exclude<TierChoice, 'auto'>; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

function startsOpen(): boolean {
  return !(typeof matchMedia === 'function' && matchMedia(NARROW_QUERY).matches);
}

function isOverlayField(v: string): v is OverlayField {
  return (OVERLAY_FIELDS as readonly string[]).includes(v);
}

export function ViewControls({ client }: { client: SimClient }) {
  const [open, setOpen] = useState(startsOpen);
  const id = useId();
  const cutFraction = useViewStore((s) => s.cutFraction);
  const overlay = useViewStore((s) => s.overlay);
  const tierChoice = useViewStore((s) => s.tierChoice);
  const tier = useViewStore((s) => s.tier);
  const { requestCamera, setCutFraction, setOverlay, setTierChoice } = useViewStore.getState();
  const contextLost = useContextLost();
  const cutPercent = Math.round(cutFraction * 100);

  return (
    <>
      <div className="view-controls" data-open={open}>
        <button
          type="button"
          className="view-controls-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((o) => !o)}
        >
          View options
        </button>
        <div id={`${id}-body`} className="view-controls-body" hidden={!open}>
          <fieldset className="view-controls-cameras">
            <legend>Camera</legend>
            {PRESET_BUTTONS.map((b) => (
              <button
                key={b.preset}
                type="button"
                onClick={() => requestCamera(b.preset)}
                title={`${b.label} (key ${b.key} in the 3D view)`}
              >
                {b.label}
              </button>
            ))}
            <button type="button" onClick={() => requestCamera('overview')} title="Reset view (key 0 or R)">
              Reset view
            </button>
          </fieldset>
          <div className="view-controls-row view-controls-cut">
            <label htmlFor={`${id}-cut`}>Cut-away</label>
            <output htmlFor={`${id}-cut`}>{cutPercent} %</output>
            <input
              id={`${id}-cut`}
              type="range"
              min={0}
              max={100}
              step={1}
              value={cutPercent}
              aria-valuetext={cutPercent === 0 ? 'whole block' : `${cutPercent} percent cut away`}
              onChange={(e) => setCutFraction(Number(e.target.value) / 100)}
            />
          </div>
          <div className="view-controls-row">
            <label htmlFor={`${id}-overlay`}>Heat map</label>
            <select
              id={`${id}-overlay`}
              value={overlay ?? 'none'}
              onChange={(e) => setOverlay(isOverlayField(e.target.value) ? e.target.value : null)}
            >
              <option value="none">None</option>
              {client.info.overlays.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="view-controls-row">
            <label htmlFor={`${id}-tier`}>Quality</label>
            <select id={`${id}-tier`} value={tierChoice} onChange={(e) => setTierChoice(e.target.value as TierChoice)}>
              <option value="auto">Auto ({tier})</option>
              {TIER_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <p className="context-loss-notice" role="status">
        {contextLost ? 'Restoring the 3D view…' : ''}
      </p>
    </>
  );
}
