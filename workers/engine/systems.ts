/**
 * The schedule: every system in the order it runs each step, with its cadence. A system is a plain function over
 * the state interface (state.ts); the Simulation (simulation.ts) runs this list and knows nothing of what each does.
 */
import { angiogenesisStep } from './cells/angiogenesis';
import { fibroblastsStep } from './cells/fibroblasts';
import { keratinocytesStep } from './cells/keratinocytes';
import { macrophagesStep } from './cells/macrophages';
import { melaninStep } from './cells/melanin';
import { pigmentStep } from './cells/melanocytes';
import { neutrophilsStep } from './cells/neutrophils';
import { plateletsStep } from './cells/platelets';
import { recruitmentStep } from './cells/recruitment';
import { injuryStep } from './injury';
import { lumenStep } from './lumen';
import { updateMatrix } from './matrix';

import { perfusionStep } from './perfusion';
import { epidermalThicknessStep, erythemaStep } from './skinResponse';
import type { RuleName } from '../model/rules';
import type { SimState } from './state';
import { topicalStep } from './topical';

/**
 * Steps between batches of turnover's basket-weave orientation (500 × 0.1 h = 50 h of model time; see
 * updateMatrix): turnover relaxes alignment over years, so a 50-h batch is invisible and saves recomputing every
 * dermal voxel's alignment after every matrix update.
 */
const ORIENTATION_RELAX_STEPS = 500;

/** A system: a plain function over the simulation state, run every `everySteps` fixed steps. */
export interface System {
  /** Declared in model/rules.ts (the app cites rules by name). */
  name: RuleName;
  /** What it does and why it sits where it does in the order. */
  description: string;
  /** Cadence in model steps (1 = every 6-min step, 10 = hourly); dt passed to `run` is everySteps × the step. */
  everySteps: number;
  run(sim: SimState, dtH: number): void;
}

/**
 * The systems in the order they run each step. Order matters: needling first (a session injures the state the
 * previous step left), then the sources that read the tissue, then cells (which read fields and add sources and
 * sinks), then the field solver (which consumes the sources), then slow tissue processes.
 * Cadences: leukocytes (300–1,200 µm/h), platelets, keratinocytes and the serum every step; recruitment and
 * lumen closure and redness every half hour; the injury signal hourly; fibroblasts (≤ 10 µm/h, persistence
 * 1.2 h), pigment and epidermal thickness hourly; vessels (sprouting over days) every 2 h; perfusion and oxygen,
 * matrix degradation and maturation (half-times of days to months) every 5 h — deposition itself is immediate; last,
 * hourly, the condition's own processes (conditions/index.ts: remodelling of a scar, melanin turnover, the hair cycle
 * run over days to months; a condition that needs another cadence changes it here, saying why). docs/performance.md
 * records what each choice costs in accuracy.
 */
export const SYSTEMS: readonly System[] = [
  {
    name: 'injury',
    description:
      'damaged tissue releases the injury chemokine (source ∝ damage); sub-lethal damage (the crushed rim) recovers by itself; necrotic epidermis is shed',
    everySteps: 10,
    run: injuryStep,
  },
  {
    name: 'perfusion',
    description:
      'capillaries supply oxygen ∝ their density (source k·ρ, uptake k·ρ: relaxes toward normal pO₂ where perfused); fibroblasts consume it',
    everySteps: 50,
    run: perfusionStep,
  },
  {
    name: 'recruitment',
    description:
      'neutrophils and monocytes leave perfused capillaries (dermis and fat) ∝ injury signal × capillary density (Poisson)',
    everySteps: 5,
    run: recruitmentStep,
  },
  {
    name: 'platelets',
    description: 'clot in bleeding channels: aggregation until bleeding stops, then PDGF and TGF-β release; resorption',
    everySteps: 1,
    run: plateletsStep,
  },
  {
    name: 'neutrophils',
    description: 'chemotaxis; debris phagocytosis; lumen infill; MMPs; apoptosis; lysis if uneaten',
    everySteps: 1,
    run: neutrophilsStep,
  },
  {
    name: 'macrophages',
    description:
      'monocyte → M1 maturation; chemotaxis; debris phagocytosis and efferocytosis; M1 → M2; M1 signal and MMPs, M2 growth factors',
    everySteps: 1,
    run: macrophagesStep,
  },
  {
    name: 'keratinocytes',
    description:
      'rings of basal keratinocytes crawl over channel openings after a lag; coverage, stratum-corneum seal, epidermal restoration',
    everySteps: 1,
    run: keratinocytesStep,
  },
  {
    name: 'fibroblasts',
    description:
      'activation by PDGF + TGF-β; migration with contact guidance; division; collagen III then I; fibre rotation; myofibroblasts',
    everySteps: 10,
    run: fibroblastsStep,
  },
  {
    name: 'topical',
    description:
      'the serum film feeds open channels; diffusion down the lumen against wall uptake; PRP growth factors; depth reached',
    everySteps: 1,
    run: topicalStep,
  },
  {
    name: 'fields',
    description:
      'diffusion–decay of the fields on their own cadences, consuming the sources added above (LOD implicit)',
    everySteps: 1,
    run: (sim) => sim.solver.stepMultiRate(sim.stepH, sim.stepIndex),
  },
  {
    name: 'lumen',
    description:
      'open channel lumens close by fast partial elastic recoil, then infill from the wall (keratinocytes in the epidermis, fibrin and cells in the dermis)',
    everySteps: 5,
    run: lumenStep,
  },
  {
    name: 'erythema',
    description: 'redness follows papillary inflammatory signal × capillary density (fast rise, slow fade)',
    everySteps: 5,
    run: erythemaStep,
  },
  {
    name: 'angiogenesis',
    description: 'capillary density: VEGF-driven sprouting from neighbours, reconnection, pruning of the excess',
    everySteps: 20,
    run: angiogenesisStep,
  },
  {
    name: 'matrix',
    description: 'MMP degradation of collagen III and elastin, maturation III → I, slow turnover of excess collagen I',
    everySteps: 50,
    run: (sim, dtH) =>
      updateMatrix(
        sim.matrix,
        sim.config.matrix,
        dtH,
        sim.stepIndex % ORIENTATION_RELAX_STEPS === 0 ? ORIENTATION_RELAX_STEPS * sim.stepH : 0,
      ),
  },
  {
    name: 'pigment',
    description:
      'inflammation around the melanocytes × skin-type responsiveness adds to the hazard of post-inflammatory hyperpigmentation (its probability is pigment_risk); per column, melanocyte activity follows inflammation and the dermal vessel signal (both cut by tranexamic acid), and epidermal melanin is made by it and shed with epidermal turnover',
    everySteps: 10,
    run: (sim, dtH) => {
      pigmentStep(sim, dtH);
      melaninStep(sim, dtH);
    },
  },
  {
    name: 'epidermal-thickness',
    description:
      'papillary fibroblast growth factors expand the basal keratinocyte pool; the viable epidermis follows it over its turnover',
    everySteps: 10,
    run: epidermalThicknessStep,
  },
  {
    name: 'condition',
    description:
      'the treated condition’s own tissue processes (its scar, pigment or follicles), after everything else has run; none for normal skin',
    everySteps: 10,
    run: (sim, dtH) => sim.conditionModule.step?.(sim, dtH),
  },
];
