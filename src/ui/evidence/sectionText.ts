/** Display names of the parameter schema's groups and sections (workers/model/params.ts), in the active language. */
import type { ParamGroup, ParamSection } from '../../../workers/protocol';
import { t } from '../../i18n';

/** Locale key of a schema id ('skin-response' → 'skinResponse'). */
const keyOf = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

export function groupLabel(group: ParamGroup): string {
  return t(`evidence:groups.${keyOf(group)}`);
}

export function sectionLabel(section: ParamSection): string {
  return t(`evidence:sections.${keyOf(section)}`);
}
