/**
 * The evidence panel's words, in one place (a later issue moves them to locale files). The evidence levels follow
 * the schema's own definitions (header of workers/engine/params.ts); the claims follow shared/science/EVIDENCE.md
 * §7 and docs/model.md §8.
 */
import type { EvidenceLevel } from '../../../workers/protocol';

export const EVIDENCE_TEXT = {
  title: 'Evidence',
  preface: [
    'HealSim is an educational model, not a prediction for any person. Below is every number the model uses, with ' +
      'its unit, where it comes from and how well it is known, and every rule the model runs.',
    'Values come from published measurements in people where they exist, from animal or laboratory studies or ' +
      'other published models where they do not, and a few are tuned so the model reproduces measured healing ' +
      '(the validation targets T1–T13). Sources cite the project’s evidence review by section (EVIDENCE §) and ' +
      'the primary paper; H, M and L mark high, medium and low confidence.',
  ],
  claimsTitle: 'Marketing claims: not used as values',
  claimsIntro:
    'Some figures repeated in advertising are not measurements. The model never uses them; where the texts below ' +
    'mention one, it is labelled “marketing claim”.',
  claimBadge: 'marketing claim',
  claimNote: 'This text mentions a claim for context; the value is not based on it.',
  legendTitle: 'Evidence levels',
  legendUserInputs:
    'For the settings a user chooses (treatment and patient), the level grades the range and options offered; ' +
    'their effects are graded on the model parameters that carry them.',
  search: 'Search parameters',
  searchPlaceholder: 'e.g. collagen, neutrophil, µm',
  level: 'Evidence level',
  allLevels: 'All levels',
  changedOnly: 'Only values changed from the default',
  shown: (n: number, of: number) => `Showing ${n} of ${of} parameters.`,
  none: 'No parameter matches. Clear the search or choose another level.',
  clear: 'Clear filters',
  sectionCount: (n: number, changed: number) => (changed > 0 ? `${n} · ${changed} changed` : `${n}`),
  value: 'Value in this run',
  changed: 'changed',
  defaultValue: 'Default',
  allowed: 'Allowed',
  source: 'Source',
  rulesTitle: (n: number) => `The model’s rules (${n})`,
  rulesIntro:
    'Each model step (6 min of model time) runs these rules in this order; slower processes run less often. Every ' +
    'rule is written out in docs/model.md.',
};

/** What each level means (wording from the schema's header, workers/engine/params.ts). */
export const LEVEL_TEXT: Record<EvidenceLevel, { label: string; meaning: string }> = {
  measured: {
    label: 'measured',
    meaning: 'read from a measurement (high or medium confidence in the evidence review); the source names it.',
  },
  derived: {
    label: 'derived',
    meaning: 'computed from measured values; the source shows the arithmetic.',
  },
  assumed: {
    label: 'assumed',
    meaning:
      'a judgement, or a value taken from another published model; the source gives the reason and what it ' +
      'should be calibrated against.',
  },
  calibrated: {
    label: 'calibrated',
    meaning: 'tuned so the model meets a validation target (T1–T13); the source names the target.',
  },
};

/** Marketing claims met in the literature review (EVIDENCE §7, docs/model.md §8) and what the model uses instead. */
export const CLAIMS: readonly { claim: string; instead: string }[] = [
  {
    claim: '“400 % more collagen and elastin after 4 sessions”',
    instead:
      'Not in the Aust 2008 abstract, which reports a “considerable increase” from histology in 20 of 480 ' +
      'patients, without controls and with vitamin A/C creams. The model is held to measured human gains: dermal ' +
      'density +102 % and epidermal density +19 % three months after 4 monthly sessions (Aesthet Surg J 2021); ' +
      'target T10 keeps total collagen at most 2× the starting level.',
  },
  {
    claim: '“Micro-needling is colour-blind: no pigmentation”',
    instead:
      'Contested: post-inflammatory hyperpigmentation in 17 % of type IV–V patients after a 1.5 mm roller ' +
      '(Dogra 2014). The model’s pigment risk rises with skin type.',
  },
  {
    claim: '“Almost 1,000 micro-wounds per second” (pen maker)',
    instead:
      'The arithmetic is plausible (12 needles at about 100 strokes per second); the model uses the measured ' +
      'stroke rates of the devices instead.',
  },
  {
    claim:
      '“10–15 % improvement per session”, “9 of 10 would recommend”, “90× better serum penetration”, “collagen ' +
      'falls 1.5 % a year”',
    instead: 'Clinic and device marketing without a primary source; the model uses none of them.',
  },
];
