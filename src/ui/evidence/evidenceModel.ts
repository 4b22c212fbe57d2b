/**
 * The evidence panel's logic, pure (no DOM, unit-tested): grouping the schema by section, searching and filtering
 * it, spotting values changed from the defaults and marketing claims in the texts, and the rules' cadences in words.
 * Search and cadences use the active language.
 */
import type { EvidenceLevel, ParamDef, ParamGroup, ParamSection, ParamValue } from '../../../workers/protocol';
import { currentLocale, t } from '../../i18n';
import { paramDescription, paramLabel } from '../../i18n/modelLabels';
import { unitText } from '../../i18n/unitText';
import { sectionLabel } from './sectionText';

export interface SectionOfParams {
  group: ParamGroup;
  section: ParamSection;
  defs: ParamDef[];
}

/** Sections in schema order (the schema lists each section's parameters together), each with its parameters. */
export function groupBySection(defs: readonly ParamDef[]): SectionOfParams[] {
  const sections: SectionOfParams[] = [];
  const byKey = new Map<string, SectionOfParams>();
  for (const def of defs) {
    const key = `${def.group}/${def.section}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { group: def.group, section: def.section, defs: [] };
      byKey.set(key, entry);
      sections.push(entry);
    }
    entry.defs.push(def);
  }
  return sections;
}

/** True when the run's value differs from the schema default. */
export function isChanged(def: ParamDef, value: ParamValue | undefined): boolean {
  return value !== undefined && !Object.is(value, def.default);
}

/**
 * Whether a text mentions a claim (checked on the schema's English, the text the claim rule governs; the rule: a marketing claim is never a value; where one is mentioned
 * it is labelled as a claim, e.g. 'The often-repeated "400 % more collagen" is a marketing claim').
 */
export function mentionsClaim(text: string): boolean {
  return /\bclaim(s|ed)?\b/i.test(text);
}

export interface ParamFilter {
  /**
   * Words to find (all of them, any order, case- and accent-insensitive) in the label, unit, section and
   * description in the active language, or the id or source (as written).
   */
  query: string;
  level: EvidenceLevel | 'all';
  changedOnly: boolean;
  /** Only the parameters the results are most sensitive to (the Morris screen's marks: sensitivity.ts). */
  sensitiveOnly: boolean;
}

export const NO_FILTER: ParamFilter = { query: '', level: 'all', changedOnly: false, sensitiveOnly: false };

export function isFiltering(f: ParamFilter): boolean {
  return f.query.trim() !== '' || f.level !== 'all' || f.changedOnly || f.sensitiveOnly;
}

/**
 * Text folded for search: lower case without accents or Arabic vowel marks, so "colageno" finds "colágeno" and an
 * Arabic word typed without diacritics finds the same word written with them (both are combining marks after NFD).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded text a search looks through, computed once per definition and language. */
const haystacks = new Map<string, WeakMap<ParamDef, string>>();
function haystack(def: ParamDef): string {
  const locale = currentLocale();
  let byDef = haystacks.get(locale);
  if (byDef === undefined) {
    byDef = new WeakMap();
    haystacks.set(locale, byDef);
  }
  let text = byDef.get(def);
  if (text === undefined) {
    const words = [paramLabel(def), def.id, def.unit, unitText(def.unit), sectionLabel(def.section)];
    text = foldForSearch([...words, paramDescription(def), def.source].join('\n'));
    byDef.set(def, text);
  }
  return text;
}

/** The ids of the parameters marked as most sensitive (a Set, or the marks' Map by parameter id). */
export type SensitiveIds = Pick<ReadonlySet<string>, 'has'>;
const NONE_SENSITIVE: SensitiveIds = new Set<string>();

export function matchesFilter(
  def: ParamDef,
  value: ParamValue | undefined,
  f: ParamFilter,
  sensitive: SensitiveIds = NONE_SENSITIVE,
): boolean {
  if (f.level !== 'all' && def.evidence !== f.level) return false;
  if (f.changedOnly && !isChanged(def, value)) return false;
  if (f.sensitiveOnly && !sensitive.has(def.id)) return false;
  const words = foldForSearch(f.query)
    .split(/\s+/)
    .filter((w) => w !== '');
  const text = haystack(def);
  return words.every((w) => text.includes(w));
}

/** How many parameters have each evidence level. */
export function countByLevel(defs: readonly ParamDef[]): Record<EvidenceLevel, number> {
  const counts: Record<EvidenceLevel, number> = { measured: 0, derived: 0, assumed: 0, calibrated: 0 };
  for (const def of defs) counts[def.evidence]++;
  return counts;
}

/**
 * A rule's cadence in words from its period in model hours (whole steps of 0.1 h, so 0.30000000000000004 means
 * 18 min): 'every 6 min', 'every 30 min', 'hourly', 'every 5 h', and 'every 90 min' for a period that is not a
 * whole number of hours. Always a whole count, so it reads the same in every language and picks its plural form
 * (Arabic says "every two hours" in one word).
 */
export function formatCadence(everyHours: number): string {
  const minutes = Math.round(everyHours * 60);
  if (minutes === 60) return t('evidence:rules.hourly');
  if (minutes < 60 || minutes % 60 !== 0) return t('evidence:rules.everyMinutes', { count: minutes });
  return t('evidence:rules.everyHours', { count: minutes / 60 });
}
