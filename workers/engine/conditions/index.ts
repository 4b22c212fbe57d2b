/**
 * The engine's side of the conditions (issue 17): one module per ConditionId, each a plain record of systems over
 * the state (`{ build, step?, outcomes }`, ConditionModule in state.ts). The Simulation builds the chosen one's
 * starting tissue, the schedule runs its step hourly, and observe.ts asks it for the outcome metrics.
 *
 * A condition whose tissue is not built yet maps to a placeholder that refuses to build: validation already rejects
 * it (workers/model/conditions.ts: modelled false), and the engine must never run normal skin under its name.
 * Adding a condition's tissue: docs/architecture.md, "Add a condition".
 */
import type { ConditionId } from '../../model/conditions';
import type { ConditionModule } from '../state';
import { melasma } from './melasma';
import { normal } from './normal';

const placeholders = new Set<ConditionModule>();

/** The module of a condition that is declared but not modelled yet: building it throws. */
function notModelled(id: ConditionId): ConditionModule {
  const module: ConditionModule = {
    build: () => {
      throw new Error(`condition '${id}' is not modelled yet: its starting tissue is not built (conditions.ts)`);
    },
    outcomes: () => undefined,
  };
  placeholders.add(module);
  return module;
}

export const CONDITION_MODULES: Readonly<Record<ConditionId, ConditionModule>> = {
  normal,
  'acne-rolling': notModelled('acne-rolling'),
  'acne-boxcar': notModelled('acne-boxcar'),
  'acne-icepick': notModelled('acne-icepick'),
  photoaged: notModelled('photoaged'),
  melasma,
  striae: notModelled('striae'),
  alopecia: notModelled('alopecia'),
};

/** True when the engine has a module that builds this condition's tissue (it must agree with `modelled`). */
export function hasTissue(id: ConditionId): boolean {
  return !placeholders.has(CONDITION_MODULES[id]);
}
