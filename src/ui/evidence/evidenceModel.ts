/**
 * The evidence panel's logic, pure (no DOM, unit-tested): grouping the schema by section, searching and filtering
 * it, spotting values changed from the defaults and marketing claims in the texts, and the rules' cadences in words.
 */
import type { EvidenceLevel, ParamDef, ParamGroup, ParamSection, ParamValue } from '../../../workers/protocol';
import { SECTION_LABELS } from './sectionText';

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
 * Whether a text mentions a claim (the schema's rule: a marketing claim is never a value; where one is mentioned
 * it is labelled as a claim, e.g. 'The often-repeated "400 % more collagen" is a marketing claim').
 */
export function mentionsClaim(text: string): boolean {
  return /\bclaim(s|ed)?\b/i.test(text);
}

export interface ParamFilter {
  /** Words to find (all of them, any order, case-insensitive) in label, id, unit, section, description or source. */
  query: string;
  level: EvidenceLevel | 'all';
  changedOnly: boolean;
}

export const NO_FILTER: ParamFilter = { query: '', level: 'all', changedOnly: false };

export function isFiltering(f: ParamFilter): boolean {
  return f.query.trim() !== '' || f.level !== 'all' || f.changedOnly;
}

/** Lower-case text a search looks through, computed once per definition. */
const haystacks = new WeakMap<ParamDef, string>();
function haystack(def: ParamDef): string {
  let text = haystacks.get(def);
  if (text === undefined) {
    text = [def.label, def.id, def.unit, SECTION_LABELS[def.section], def.description, def.source]
      .join('\n')
      .toLowerCase();
    haystacks.set(def, text);
  }
  return text;
}

export function matchesFilter(def: ParamDef, value: ParamValue | undefined, f: ParamFilter): boolean {
  if (f.level !== 'all' && def.evidence !== f.level) return false;
  if (f.changedOnly && !isChanged(def, value)) return false;
  const words = f.query
    .toLowerCase()
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
 * 18 min): 'every 6 min', 'every 30 min', 'hourly', 'every 5 h'.
 */
export function formatCadence(everyHours: number): string {
  const minutes = Math.round(everyHours * 60);
  if (minutes < 60) return `every ${minutes} min`;
  if (minutes === 60) return 'hourly';
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `every ${hours} h`;
}
