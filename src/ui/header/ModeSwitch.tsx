/** Who the app is for: patient (calm, few controls), student (everything), educator (authoring). */
import { useTranslation } from 'react-i18next';
import { APP_MODES, useScenarioStore } from '../../state/scenarioStore';

export function ModeSwitch() {
  const { t } = useTranslation('app');
  const mode = useScenarioStore((s) => s.mode);
  const setMode = useScenarioStore((s) => s.setMode);
  return (
    <div className="segmented" role="group" aria-label={t('mode.label')}>
      {APP_MODES.map((m) => (
        <button key={m} type="button" aria-pressed={m === mode} onClick={() => setMode(m)}>
          {t(`mode.${m}`)}
        </button>
      ))}
    </div>
  );
}
