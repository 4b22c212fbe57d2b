/**
 * The picture of the 3D view people download or an embedding page asks for (`capture`): the stage panes with a
 * footer — the scenario, the model time and phase, and the educational-model notice — in the active language.
 * One function, so the Share menu's PNG and the postMessage `capture` are the same image.
 */
import { currentLocale, LOCALE_INFO, t } from '../../i18n';
import { useScenarioStore } from '../../state/scenarioStore';
import { captureStagePng } from './capture';
import { exportNotice } from './exportMetrics';
import { formatModelTime } from './modelTime';
import { scenarioSummary } from './scenarioSummary';

/** "Model time: Day 2, 4 h · inflammation" in the active language. */
export function modelTimeLine(timeH: number, phase: string): string {
  return t('share:png.modelTime', {
    time: formatModelTime(timeH),
    phase: t(`timeline:phase.${phase}`, { defaultValue: phase }),
  });
}

/** PNG of the stage with its footer; `at` is the moment shown (omitted while no frame has arrived). */
export function captureScenePng(at: { timeH: number; phase: string } | null): Promise<Blob> {
  const s = useScenarioStore.getState();
  const lines = [scenarioSummary(s, s.compare !== 'off')];
  if (at) lines.push(modelTimeLine(at.timeH, at.phase));
  return captureStagePng({ lines, notice: exportNotice(), dir: LOCALE_INFO[currentLocale()].dir });
}
