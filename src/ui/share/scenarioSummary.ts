/**
 * The scenario in one line, for the image footer and the author panel: preset, the settings changed from it, seed
 * and comparison, in the active language.
 */
import { t } from '../../i18n';
import { paramLabel, presetLabel } from '../../i18n/modelLabels';
import { getParamDef } from '../../../workers/protocol';
import type { ParamValue } from '../../../workers/protocol';
import type { ScenarioState } from '../../state/scenarioStore';
import { valueText } from '../evidence/paramText';

/** "Needle length 2 mm, Sessions 3": each changed setting with its value (ids and raw values if unknown). */
function changesText(overrides: ScenarioState['overrides']): string {
  return Object.entries(overrides)
    .map(([id, value]) => {
      const def = getParamDef(id);
      return def
        ? t('share:summary.change', { label: paramLabel(def), value: valueText(def, value as ParamValue) })
        : t('share:summary.change', { label: id, value: String(value) });
    })
    .join(t('share:summary.listSeparator'));
}

export function scenarioSummary(
  s: Pick<ScenarioState, 'preset' | 'overrides' | 'overridesB' | 'compare' | 'seed'>,
  comparing: boolean,
): string {
  const parts = [t('share:summary.scenario', { preset: presetLabel(s.preset) })];
  const changes = changesText(s.overrides);
  if (changes !== '') parts.push(t('share:summary.changes', { list: changes }));
  parts.push(t('share:summary.seed', { seed: s.seed }));
  if (comparing && s.compare === 'untreated') parts.push(t('share:summary.vsUntreated'));
  if (comparing && s.compare === 'custom') {
    const b = changesText(s.overridesB);
    parts.push(b === '' ? t('share:summary.vsVariantSame') : t('share:summary.vsVariant', { list: b }));
  }
  return parts.join(t('share:summary.separator'));
}
