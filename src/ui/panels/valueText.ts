/**
 * Parameter values as people read them: numbers on their step's precision with the unit ("1.5 mm"), enum options
 * by their label, booleans as yes/no, skin type as its Roman numeral. Pure, so it is unit-tested.
 */
import type { ParamDef, ParamValue } from '../../../workers/protocol';
import { gridDecimals } from './numberScale';

export const VALUE_TEXT = {
  yes: 'Yes',
  no: 'No',
  /** Fitzpatrick phototypes are written I–VI in the clinic and the literature. */
  skinType: (roman: string) => `Type ${roman}`,
} as const;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

/** A number written with the decimals its schema grid needs (no float noise, no trailing zeros). */
export function formatNumber(value: number, def: { min: number; step: number }): string {
  const digits = gridDecimals({ min: def.min, step: def.step, max: def.min, scale: 'linear' });
  return new Intl.NumberFormat('en', { maximumFractionDigits: digits, useGrouping: false }).format(value);
}

/** The value for display, with its unit where it has one. */
export function valueText(def: ParamDef, value: ParamValue): string {
  switch (def.kind) {
    case 'boolean':
      return value === true ? VALUE_TEXT.yes : VALUE_TEXT.no;
    case 'enum':
      return def.options.find((o) => o.value === value)?.label ?? String(value);
    case 'number':
    case 'integer': {
      const n = Number(value);
      if (def.id === 'fitzpatrick') return VALUE_TEXT.skinType(ROMAN[n - 1] ?? String(n));
      const text = formatNumber(n, def);
      return def.unit === '' ? text : `${text} ${def.unit}`;
    }
  }
}

/** An extra reading shown beside the number field, where the bare number is not how people say it. */
export function valueNote(def: ParamDef, value: ParamValue): string | null {
  return def.id === 'fitzpatrick' ? valueText(def, value) : null;
}
