/**
 * The names of the model's rules (the engine's systems, engine/systems.ts, run in this order each step). The app
 * cites them ("rule: fibroblasts") and explains them (locale files, namespace `evidence`, rules.<name>); typing those
 * citations by this list makes a rule that does not exist fail to compile.
 */
export const RULES = [
  'injury',
  'perfusion',
  'recruitment',
  'platelets',
  'neutrophils',
  'macrophages',
  'keratinocytes',
  'fibroblasts',
  'topical',
  'fields',
  'lumen',
  'erythema',
  'angiogenesis',
  'matrix',
  'pigment',
  'epidermal-thickness',
  'condition',
] as const;
export type RuleName = (typeof RULES)[number];
