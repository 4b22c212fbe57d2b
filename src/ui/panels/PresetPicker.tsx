/**
 * The active preset at the top of the treatment panel: a picker with each preset's description, and — when the
 * user has changed settings — "modified" with a way back to the preset. In patient mode the preset is shown, not
 * offered (calm: the clinic chose the plan).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS, isPresetId } from '../../../workers/protocol';
import { presetDescription, presetLabel } from '../../i18n/modelLabels';
import { useScenarioStore } from '../../state/scenarioStore';

export function PresetPicker({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('panels');
  const preset = useScenarioStore((s) => s.preset);
  const changes = useScenarioStore((s) => Object.keys(s.overrides).length);
  const setPreset = useScenarioStore((s) => s.setPreset);
  const resetParams = useScenarioStore((s) => s.resetParams);
  const selectId = useId();
  const descriptionId = useId();
  const known = isPresetId(preset);

  return (
    <div className="preset-picker" data-preset={preset}>
      {readOnly ? (
        <p className="preset-plan">
          {t('preset.plan')} <strong>{known ? presetLabel(preset) : preset}</strong>
        </p>
      ) : (
        <div className="preset-row">
          <label htmlFor={selectId}>{t('preset.label')}</label>
          <select
            id={selectId}
            className="param-select"
            value={preset}
            aria-describedby={descriptionId}
            onChange={(e) => setPreset(e.target.value)}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {presetLabel(p.id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {known && (
        <p className="preset-description" id={descriptionId}>
          {presetDescription(preset)}
        </p>
      )}
      {changes > 0 && (
        <div className="preset-modified">
          <span className="param-badge">{t('preset.modified')}</span>
          <span>{t('preset.changes', { count: changes })}</span>
          <button type="button" onClick={resetParams}>
            {t('preset.reset')}
          </button>
        </div>
      )}
    </div>
  );
}
