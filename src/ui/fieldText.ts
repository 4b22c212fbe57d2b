/**
 * Names and units of the model's fields (the heat-map overlays and the signals a cell senses) in the active
 * language, from the `view` namespace. The worker reports its fields by id with English labels; those stay the
 * fallback for a field the locale files do not know yet. The topical serum's field is named after the serum applied.
 */
import { t } from '../i18n';

/** A field's name: "TGF-β", "Injury chemokine", "Hyaluronic acid" (the serum of this run). */
export function fieldLabel(id: string, englishLabel: string = id, topicalAgent: string = 'none'): string {
  const key = id === 'topical' ? `view:field.topical.${topicalAgent}` : `view:field.${id}`;
  return t(key, { defaultValue: englishLabel });
}

/** A field's unit in words ("relative to normal tissue"); a unit the locale files do not know stays as given. */
export function fieldUnit(id: string, unit: string): string {
  return t(`view:fieldUnit.${id}`, { defaultValue: unit });
}
