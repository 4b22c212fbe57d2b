/**
 * The model's English text (from the schema in workers/engine) as i18n resources: namespaces `params`, `presets`
 * and `metrics`. scripts/i18n-model-text.ts writes them to locales/en; the app reads them through i18next like any
 * other text, with the schema's English as the default value.
 */
import { METRICS, PARAM_SCHEMA, PRESETS } from '../../workers/protocol';

export function modelTextResources(): Record<'params' | 'presets' | 'metrics', Record<string, unknown>> {
  const params: Record<string, unknown> = {};
  for (const def of PARAM_SCHEMA) {
    const entry: Record<string, unknown> = { label: def.label, description: def.description };
    if (def.kind === 'enum') entry.options = Object.fromEntries(def.options.map((o) => [o.value, o.label]));
    params[def.id] = entry;
  }
  const presets: Record<string, unknown> = {};
  for (const p of PRESETS) presets[p.id] = { label: p.label, description: p.description, protocol: p.protocol };
  const metrics: Record<string, unknown> = {};
  for (const m of METRICS) metrics[m.key] = { description: m.description };
  return { params, presets, metrics };
}
