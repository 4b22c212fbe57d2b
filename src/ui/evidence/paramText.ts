/**
 * A parameter's value in words, in the active language (pure, unit-tested): numbers exactly as String() writes
 * them (with the locale's decimal separator) and their unit, enum values by their option label, booleans as
 * yes/no. `exact` (the evidence panel, a reference for links and the CLI) adds the spelling a link uses where it
 * differs: 'Pen (motorised) · pen', 'yes · true', Spanish '1,5 mm · 1.5'.
 */
import type { ParamDef, ParamValue } from '../../../workers/protocol';
import { t } from '../../i18n';
import { optionLabel } from '../../i18n/modelLabels';
import { exactNumberText } from '../../i18n/numberText';
import { withUnit } from '../../i18n/unitText';

function withSpelling(words: string, spelling: string, exact: boolean): string {
  return exact && words !== spelling ? t('evidence:param.exact', { words, spelling }) : words;
}

export function valueText(def: ParamDef, value: ParamValue, exact = false): string {
  switch (def.kind) {
    case 'boolean':
      return withSpelling(t(value === true ? 'evidence:param.yes' : 'evidence:param.no'), String(value), exact);
    case 'enum':
      return withSpelling(optionLabel(def, String(value)), String(value), exact);
    case 'number':
    case 'integer': {
      const text = exactNumberText(Number(value));
      const words = withUnit(text, def.unit);
      return exact && text !== String(value) ? t('evidence:param.exact', { words, spelling: String(value) }) : words;
    }
  }
}

/** For numbers without a unit, a note that says so (every number shown has a unit, or says why not); else null. */
export function unitNote(def: ParamDef): string | null {
  if (def.unit !== '') return null;
  if (def.kind === 'number') return t('evidence:param.fraction');
  if (def.kind === 'integer') return t('evidence:param.whole');
  return null;
}
