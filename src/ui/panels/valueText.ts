/**
 * Parameter values as people read them, in the active language: numbers on their step's precision with the unit
 * ("1.5 mm", "1,5 mm"), enum options by their label, booleans as yes/no, skin type as its Roman numeral. Pure, so
 * it is unit-tested.
 */
import type { ParamDef, ParamValue } from '../../../workers/protocol';
import { numberLocale, t } from '../../i18n';
import { optionLabel } from '../../i18n/modelLabels';
import { gridDecimals } from './numberScale';
import { withUnit } from '../../i18n/unitText';

/** Fitzpatrick phototypes are written I–VI in the clinic and the literature, in every language. */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

const formats = new Map<string, Intl.NumberFormat>();
/**
 * A number written with the decimals its schema grid needs (no float noise, no trailing zeros) in the active
 * locale, without grouping (ranges read "1–10000", as the exact field writes them).
 */
export function formatNumber(value: number, def: { min: number; step: number }): string {
  const digits = gridDecimals({ min: def.min, step: def.step, max: def.min, scale: 'linear' });
  const key = `${numberLocale()}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: digits, useGrouping: false });
    formats.set(key, format);
  }
  return format.format(value);
}

/** The value for display, with its unit where it has one. */
export function valueText(def: ParamDef, value: ParamValue): string {
  switch (def.kind) {
    case 'boolean':
      return t(value === true ? 'panels:value.yes' : 'panels:value.no');
    case 'enum':
      return optionLabel(def, String(value));
    case 'number':
    case 'integer': {
      const n = Number(value);
      if (def.id === 'fitzpatrick') return t('panels:value.skinType', { roman: ROMAN[n - 1] ?? String(n) });
      return withUnit(formatNumber(n, def), def.unit);
    }
  }
}

/** An extra reading shown beside the number field, where the bare number is not how people say it. */
export function valueNote(def: ParamDef, value: ParamValue): string | null {
  return def.id === 'fitzpatrick' ? valueText(def, value) : null;
}
