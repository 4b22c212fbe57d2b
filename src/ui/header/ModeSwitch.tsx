/** Who the app is for: patient (calm, few controls), student (everything), educator (authoring). */
import { APP_MODES, useScenarioStore } from '../../state/scenarioStore';
import type { AppMode } from '../../state/scenarioStore';

const LABELS: Record<AppMode, string> = { patient: 'Patient', student: 'Student', educator: 'Educator' };

export function ModeSwitch() {
  const mode = useScenarioStore((s) => s.mode);
  const setMode = useScenarioStore((s) => s.setMode);
  return (
    <div className="segmented" role="group" aria-label="Mode">
      {APP_MODES.map((m) => (
        <button key={m} type="button" aria-pressed={m === mode} onClick={() => setMode(m)}>
          {LABELS[m]}
        </button>
      ))}
    </div>
  );
}
