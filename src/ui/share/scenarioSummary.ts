/** The scenario in one line, for the image footer: preset, the settings changed from it, seed and comparison. */
import { getParamDef, PRESET_BY_ID } from '../../../workers/protocol';
import type { ParamValue, PresetId } from '../../../workers/protocol';
import type { ScenarioState } from '../../state/scenarioStore';
import { valueText } from '../evidence/paramText';

const TEXT = {
  scenario: (preset: string) => `Scenario: ${preset}`,
  changes: (list: string) => `changed: ${list}`,
  seed: (seed: number) => `seed ${seed}`,
  vsUntreated: 'B: the same skin untreated',
  vsVariant: (list: string) => `B: ${list}`,
  vsVariantSame: 'B: the same settings',
  separator: ' · ',
};

function changesText(overrides: ScenarioState['overrides']): string {
  return Object.entries(overrides)
    .map(([id, value]) => {
      const def = getParamDef(id);
      return def ? `${def.label} ${valueText(def, value as ParamValue)}` : `${id} ${String(value)}`;
    })
    .join(', ');
}

export function scenarioSummary(
  s: Pick<ScenarioState, 'preset' | 'overrides' | 'overridesB' | 'compare' | 'seed'>,
  comparing: boolean,
): string {
  const preset = PRESET_BY_ID[s.preset as PresetId]?.label ?? s.preset;
  const parts = [TEXT.scenario(preset)];
  const changes = changesText(s.overrides);
  if (changes !== '') parts.push(TEXT.changes(changes));
  parts.push(TEXT.seed(s.seed));
  if (comparing && s.compare === 'untreated') parts.push(TEXT.vsUntreated);
  if (comparing && s.compare === 'custom') {
    const b = changesText(s.overridesB);
    parts.push(b === '' ? TEXT.vsVariantSame : TEXT.vsVariant(b));
  }
  return parts.join(TEXT.separator);
}
