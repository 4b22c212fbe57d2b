/**
 * The model's text in the active language: parameter labels, descriptions and option labels, presets and metric
 * descriptions (namespaces params, presets, metrics). The schema's English is the default value, so a key a
 * translation lacks still reads correctly in English.
 */
import type { ParamDef, ParamError } from '../../workers/protocol';
import { getParamDef, PRESET_BY_ID } from '../../workers/protocol';
import { allowedText } from './allowedText';
import { t } from './i18n';

export function paramLabel(def: ParamDef): string {
  return t(`params:${def.id}.label`, { defaultValue: def.label });
}

export function paramDescription(def: ParamDef): string {
  return t(`params:${def.id}.description`, { defaultValue: def.description });
}

/** The label of one option of an enum parameter (the value itself for any other kind). */
export function optionLabel(def: ParamDef, value: string): string {
  if (def.kind !== 'enum') return value;
  const option = def.options.find((o) => o.value === value);
  return t(`params:${def.id}.options.${value}`, { defaultValue: option?.label ?? value });
}

function presetText(id: string, field: 'label' | 'description' | 'protocol'): string {
  const preset = (PRESET_BY_ID as Record<string, { label: string; description: string; protocol: string }>)[id];
  return t(`presets:${id}.${field}`, { defaultValue: preset?.[field] ?? id });
}

export const presetLabel = (id: string): string => presetText(id, 'label');
export const presetDescription = (id: string): string => presetText(id, 'description');
export const presetProtocol = (id: string): string => presetText(id, 'protocol');

export function metricDescription(key: string): string {
  return t(`metrics:${key}.description`, { defaultValue: key });
}

/** A rejected parameter value in words (URL, postMessage, saved state), in the active language. */
export function paramErrorText(
  error: ParamError | { code: 'unknown_preset'; id: string; value: unknown; allowed: string },
): string {
  const def = getParamDef(error.id);
  const label = def ? paramLabel(def) : error.id;
  // The engine words `allowed` in English; a known parameter's range is worded in the active language.
  const allowed = def ? allowedText(def) : error.allowed;
  return t(`app:paramError.${error.code}`, { id: error.id, label, value: String(error.value), allowed });
}
