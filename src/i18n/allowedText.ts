/**
 * What a parameter accepts, in the active language: '0.25–2.5 mm', 'integers 1–20', 'true or false', 'one of pen,
 * roller, stamp' (formatAllowed's English, with the locale's decimal separator). Option values are the spellings a
 * link uses, so they stay as written; options not modelled yet are not listed (they are not allowed).
 */
import type { ParamDef } from '../../workers/protocol';
import { offeredOptions } from '../../workers/protocol';
import { t } from './i18n';
import { exactNumberText } from './numberText';
import { unitText } from './unitText';

export function allowedText(def: ParamDef): string {
  switch (def.kind) {
    case 'number':
    case 'integer': {
      const values = { min: exactNumberText(def.min), max: exactNumberText(def.max), unit: unitText(def.unit) };
      const kind = def.kind === 'integer' ? 'integers' : 'range';
      return t(`panels:allowed.${kind}${def.unit === '' ? '' : 'WithUnit'}`, values);
    }
    case 'boolean':
      return t('panels:allowed.boolean');
    case 'enum':
      return t('panels:allowed.oneOf', {
        list: offeredOptions(def)
          .map((o) => o.value)
          .join(', '),
      });
  }
}
