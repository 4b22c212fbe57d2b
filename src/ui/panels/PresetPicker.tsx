/**
 * The active preset at the top of the treatment panel: a picker with each preset's description, and — when the
 * user has changed settings — "modified" with a way back to the preset. In patient mode the preset is shown, not
 * offered (calm: the clinic chose the plan).
 */
import { useId } from 'react';
import { PRESETS, PRESET_BY_ID, isPresetId } from '../../../workers/protocol';
import { useScenarioStore } from '../../state/scenarioStore';

const TEXT = {
  label: 'Preset',
  planLabel: 'Treatment plan',
  modified: 'modified',
  changes: (n: number) => (n === 1 ? '1 setting changed' : `${n} settings changed`),
  reset: 'Reset to preset',
} as const;

export function PresetPicker({ readOnly }: { readOnly: boolean }) {
  const preset = useScenarioStore((s) => s.preset);
  const changes = useScenarioStore((s) => Object.keys(s.overrides).length);
  const setPreset = useScenarioStore((s) => s.setPreset);
  const resetParams = useScenarioStore((s) => s.resetParams);
  const selectId = useId();
  const descriptionId = useId();
  const def = isPresetId(preset) ? PRESET_BY_ID[preset] : undefined;

  return (
    <div className="preset-picker" data-preset={preset}>
      {readOnly ? (
        <p className="preset-plan">
          {TEXT.planLabel}: <strong>{def?.label ?? preset}</strong>
        </p>
      ) : (
        <div className="preset-row">
          <label htmlFor={selectId}>{TEXT.label}</label>
          <select
            id={selectId}
            className="param-select"
            value={preset}
            aria-describedby={descriptionId}
            onChange={(e) => setPreset(e.target.value)}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {def && (
        <p className="preset-description" id={descriptionId}>
          {def.description}
        </p>
      )}
      {changes > 0 && (
        <div className="preset-modified">
          <span className="param-badge">{TEXT.modified}</span>
          <span>{TEXT.changes(changes)}</span>
          <button type="button" onClick={resetParams}>
            {TEXT.reset}
          </button>
        </div>
      )}
    </div>
  );
}
