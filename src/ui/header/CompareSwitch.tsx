/** Compare: a second scenario beside the first — the same skin untreated, or a variant with its own settings. */
import { useId } from 'react';
import { COMPARE_MODES, useScenarioStore } from '../../state/scenarioStore';
import type { CompareMode } from '../../state/scenarioStore';

/** Short enough to share a phone's header row with the mode switch. */
const LABELS: Record<CompareMode, string> = {
  off: 'Compare: off',
  untreated: 'Compare: untreated skin',
  custom: 'Compare: variant B',
};

export function CompareSwitch() {
  const compare = useScenarioStore((s) => s.compare);
  const setCompare = useScenarioStore((s) => s.setCompare);
  const id = useId();
  return (
    <div className="compare-switch">
      <label htmlFor={id} className="visually-hidden">
        Compare
      </label>
      <select id={id} value={compare} onChange={(e) => setCompare(e.currentTarget.value as CompareMode)}>
        {COMPARE_MODES.map((c) => (
          <option key={c} value={c}>
            {LABELS[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
