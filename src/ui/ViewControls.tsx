/**
 * How the 3D view is shown (top-left of the stage): camera presets and reset, the cut-away position, the heat-map
 * field and the render quality. Collapsible behind a "View" button (collapsed at first on narrow screens).
 * Also shows a polite status line while the 3D view restores a lost WebGL context.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OVERLAY_FIELDS } from '../../workers/protocol';
import type { OverlayField } from '../../workers/protocol';
import { formatNumber } from '../i18n';
import { useContextLost } from '../state/contextLossStore';
import type { SimClient } from '../sim/simClient';
import { CAMERA_PRESETS, RENDER_TIERS, useViewStore } from '../state/viewStore';
import type { CameraPreset, TierChoice } from '../state/viewStore';
import { fieldLabel } from './fieldText';
import './ViewControls.css';

/**
 * Screens where the open panel would meet the cell legend below it (up to ~1000 px tall, which includes 1280×720
 * desktops and 1024×768 tablets) or crowd a narrow view start with the panel folded; opening it lays it over the
 * legend until it is folded again.
 */
const NARROW_QUERY = '(max-width: 700px), (max-height: 1000px)';

/** Camera presets and the 3D view's key for each (CameraRig.tsx); names: view.json `preset.<id>`. */
const PRESET_BUTTONS: readonly { preset: CameraPreset; key: string }[] = CAMERA_PRESETS.map((preset, i) => ({
  preset,
  key: String(i + 1),
}));

function startsOpen(): boolean {
  return !(typeof matchMedia === 'function' && matchMedia(NARROW_QUERY).matches);
}

function isOverlayField(v: string): v is OverlayField {
  return (OVERLAY_FIELDS as readonly string[]).includes(v);
}

export function ViewControls({ client }: { client: SimClient }) {
  const { t } = useTranslation('view');
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
          {t('toggle')}
        </button>
        <div id={`${id}-body`} className="view-controls-body" hidden={!open}>
          <fieldset className="view-controls-cameras">
            <legend>{t('camera')}</legend>
            {PRESET_BUTTONS.map((b) => {
              const label = t(`preset.${b.preset}`);
              return (
                <button
                  key={b.preset}
                  type="button"
                  onClick={() => requestCamera(b.preset)}
                  title={t('presetHint', { label, key: b.key })}
                >
                  {label}
                </button>
              );
            })}
            <button type="button" onClick={() => requestCamera('overview')} title={t('resetHint')}>
              {t('reset')}
            </button>
          </fieldset>
          <div className="view-controls-row view-controls-cut">
            <label htmlFor={`${id}-cut`}>{t('cutAway')}</label>
            <output htmlFor={`${id}-cut`}>{t('percent', { value: formatNumber(cutPercent, 0) })}</output>
            <input
              id={`${id}-cut`}
              type="range"
              min={0}
              max={100}
              step={1}
              value={cutPercent}
              aria-valuetext={
                cutPercent === 0 ? t('cutWhole') : t('cutValueText', { value: formatNumber(cutPercent, 0) })
              }
              onChange={(e) => setCutFraction(Number(e.target.value) / 100)}
            />
          </div>
          <div className="view-controls-row">
            <label htmlFor={`${id}-overlay`}>{t('heatMap')}</label>
            <select
              id={`${id}-overlay`}
              value={overlay ?? 'none'}
              onChange={(e) => setOverlay(isOverlayField(e.target.value) ? e.target.value : null)}
            >
              <option value="none">{t('heatMapNone')}</option>
              {client.info.overlays.map((o) => (
                <option key={o.id} value={o.id}>
                  {fieldLabel(o.id, o.label, client.info.params.topical)}
                </option>
              ))}
            </select>
          </div>
          <div className="view-controls-row">
            <label htmlFor={`${id}-tier`}>{t('quality')}</label>
            <select id={`${id}-tier`} value={tierChoice} onChange={(e) => setTierChoice(e.target.value as TierChoice)}>
              <option value="auto">{t('tierAuto', { tier: t(`tierInAuto.${tier}`) })}</option>
              {RENDER_TIERS.map((value) => (
                <option key={value} value={value}>
                  {t(`tier.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <p className="context-loss-notice" role="status">
        {contextLost ? t('restoring') : ''}
      </p>
    </>
  );
}
