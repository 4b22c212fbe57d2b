/**
 * A parameter's value in words (pure, unit-tested): numbers exactly as String() writes them with their unit, enum
 * values by their option label, booleans as yes/no. `exact` (the evidence panel, a reference for links and the CLI)
 * adds the spelling a link uses: 'Pen (motorised) · pen', 'yes · true'. Shared by the evidence panel and the share
 * footer.
 */
import type { ParamDef, ParamValue } from '../../../workers/protocol';

const TEXT = {
  yes: 'yes',
  no: 'no',
  exact: (words: string, spelling: string) => `${words} · ${spelling}`,
  fraction: 'no unit (a fraction, ratio or multiplier)',
  whole: 'no unit (a count or a class number)',
};

export function valueText(def: ParamDef, value: ParamValue, exact = false): string {
  switch (def.kind) {
    case 'boolean': {
      const words = value === true ? TEXT.yes : TEXT.no;
      return exact ? TEXT.exact(words, String(value)) : words;
    }
    case 'enum': {
      const label = def.options.find((o) => o.value === value)?.label ?? String(value);
      return exact && label !== value ? TEXT.exact(label, String(value)) : label;
    }
    case 'number':
    case 'integer':
      return def.unit === '' ? String(value) : `${String(value)} ${def.unit}`;
  }
}

/** For numbers without a unit, a note that says so (every number shown has a unit, or says why not); else null. */
export function unitNote(def: ParamDef): string | null {
  if (def.unit !== '') return null;
  if (def.kind === 'number') return TEXT.fraction;
  if (def.kind === 'integer') return TEXT.whole;
  return null;
}
