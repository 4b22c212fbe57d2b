/**
 * The evidence panel's words that come from tables (the rest is read with useTranslation('evidence') where it is
 * shown): evidence levels, marketing claims and the model's rules, in the active language. The levels follow the
 * schema's own definitions (header of workers/model/params.ts); the claims follow shared/science/EVIDENCE.md §7
 * and docs/model.md §8.
 */
import type { EvidenceLevel, SimInfo } from '../../../workers/protocol';
import { i18n, t } from '../../i18n';

/** The level's name on its badge ('measured'). */
export function levelLabel(level: EvidenceLevel): string {
  return t(`evidence:levels.${level}.label`);
}

/** What the level means (wording from the schema's header). */
export function levelMeaning(level: EvidenceLevel): string {
  return t(`evidence:levels.${level}.meaning`);
}

/** Marketing claims met in the literature review (EVIDENCE §7, docs/model.md §8), in the order shown. */
const CLAIM_KEYS = ['collagen400', 'colourBlind', 'microWounds', 'otherFigures'] as const;

export interface ClaimText {
  key: string;
  /** The claim as advertised (quoted, never presented as fact). */
  claim: string;
  /** What the evidence says and what the model uses instead. */
  instead: string;
}

export function claims(): ClaimText[] {
  return CLAIM_KEYS.map((key) => ({
    key,
    claim: t(`evidence:claims.${key}.claim`),
    instead: t(`evidence:claims.${key}.instead`),
  }));
}

type Rule = SimInfo['rules'][number];

/**
 * A rule's name and description in the active language, keyed by the worker's rule name; the worker's English is
 * the default, so a rule added to the engine reads in English until it is translated.
 */
export function ruleName(rule: Rule): string {
  return t(`evidence:rule.${rule.name}.name`, { defaultValue: rule.name });
}

export function ruleDescription(rule: Rule): string {
  return t(`evidence:rule.${rule.name}.description`, { defaultValue: rule.description });
}

/** A Morris screen output key as the locale files spell it: `metric.stat`, nested as { metric: { stat } }. */
const OUTPUT_KEY = /^[a-z][a-z0-9_]*\.(first|last|min|max)$/;

/**
 * A headline output of the sensitivity screen (`myofibroblast_share.max`) in the active language; an output the
 * locale files do not name reads as the screen file's English description (`english`: mark it lang="en").
 */
export function sensitivityOutputLabel(output: string, description: string): { text: string; english: boolean } {
  const key = `evidence:sensitivity.outputs.${output}`;
  if (!OUTPUT_KEY.test(output) || !i18n.exists(key)) return { text: description, english: true };
  return { text: t(key), english: false };
}
