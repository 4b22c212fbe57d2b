/** Compare: a second scenario beside the first — the same skin untreated, or a variant with its own settings. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARE_MODES, useScenarioStore } from '../../state/scenarioStore';
import type { CompareMode } from '../../state/scenarioStore';

export function CompareSwitch() {
  const { t } = useTranslation('app');
  const compare = useScenarioStore((s) => s.compare);
  const setCompare = useScenarioStore((s) => s.setCompare);
  const id = useId();
  return (
    <div className="compare-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('compare.label')}
      </label>
      <select id={id} value={compare} onChange={(e) => setCompare(e.currentTarget.value as CompareMode)}>
        {COMPARE_MODES.map((c) => (
          // Short enough to share a phone's header row with the mode switch.
          <option key={c} value={c}>
            {t(`compare.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
