/**
 * The model's chemical fields, one record each, as BioFVM's `add_density(name, units, D, decay)`: id, unit, where
 * its diffusion coefficient and decay come from (parameter ids of the schema, so their units, ranges and sources are
 * documented there), its solver cadence and its overlay colour scale. The engine builds its field set from this
 * table (engine/config.ts); the overlay menu, URL option, colour scale and texts on the main thread read the same ids.
 *
 * Order is the field index in the solver and the checkpoint: append, never reorder.
 */
import type { ParamId } from './params';

export interface OverlayScale {
  min: number;
  max: number;
  log: boolean;
}

interface FieldDecl {
  readonly id: string;
  /** English name (engine text, CLI). The app's words are in the locale files (namespace `view`, overlay.<id>). */
  readonly label: string;
  readonly unit: string;
  /** Schema parameter of the effective diffusion coefficient in tissue, µm²/h (null: set by the serum chosen). */
  readonly diffusionParam: ParamId | null;
  /** Schema parameter of the half-life, h (null: no first-order decay, or set by the serum chosen). */
  readonly halfLifeParam: ParamId | null;
  /** Where D and decay come from, in words (the field's citation in reports). */
  readonly source: string;
  /**
   * Model steps between solves (multi-rate stepping; docs/performance.md records what each choice costs):
   * quasi-steady fields whose readers are slow are solved less often, and a backward-Euler step lands on the exact
   * discrete steady state whatever its length.
   */
  readonly everySteps: number;
  /**
   * Colour scale of the overlay slice, in the field's unit. Fixed (not rescaled per frame) so colours compare across
   * time: a field fading over days visibly fades. Read off a reference run (cheek, 1.5 mm pen, seed 1: 99th
   * percentile at 2 h … 28 days). Signals span decades between the first hours and week 4, so they use a log scale
   * over three decades; oxygen (0–1.5 × normal) is linear, which shows the hypoxic wound (< 1) against perfused tissue.
   */
  readonly overlay: OverlayScale;
}

export const FIELDS = [
  {
    id: 'chemokine',
    label: 'Injury chemokine',
    unit: 'relative',
    diffusionParam: 'chemokine_diffusion_um2_h',
    halfLifeParam: 'chemokine_half_life_h',
    source: 'parameters chemokine_diffusion_um2_h, chemokine_half_life_h',
    // Short-lived (half-life 12 min): hourly, as the injury system that feeds it. Quasi-steady: it follows the
    // debris (hours to days), which changes far more slowly than the signal relaxes.
    everySteps: 10,
    overlay: { min: 2e-5, max: 0.02, log: true },
  },
  {
    id: 'tgf_beta',
    // TGF-β1 (platelets, macrophages): drives myofibroblasts and aligned deposition. The id keeps its old name.
    label: 'TGF-β1',
    unit: 'relative',
    diffusionParam: 'tgf_beta_diffusion_um2_h',
    halfLifeParam: 'tgf_beta_half_life_h',
    source: 'parameters tgf_beta_diffusion_um2_h, tgf_beta_half_life_h',
    // Growth factors (half-lives 8–12 h): every 2 h.
    everySteps: 20,
    overlay: { min: 5e-3, max: 5, log: true },
  },
  {
    id: 'pdgf',
    label: 'PDGF',
    unit: 'relative',
    diffusionParam: 'pdgf_diffusion_um2_h',
    halfLifeParam: 'pdgf_half_life_h',
    source: 'parameters pdgf_diffusion_um2_h, pdgf_half_life_h',
    everySteps: 20,
    overlay: { min: 5e-3, max: 5, log: true },
  },
  {
    id: 'vegf',
    label: 'VEGF',
    unit: 'relative',
    diffusionParam: 'vegf_diffusion_um2_h',
    halfLifeParam: 'vegf_half_life_h',
    source: 'parameters vegf_diffusion_um2_h, vegf_half_life_h',
    // Quasi-steady, read by sprouting every 2 h.
    everySteps: 20,
    overlay: { min: 1.5e-3, max: 1.5, log: true },
  },
  {
    id: 'oxygen',
    label: 'Oxygen',
    unit: 'relative to normal tissue',
    diffusionParam: 'oxygen_diffusion_um2_h',
    halfLifeParam: null,
    source: 'parameter oxygen_diffusion_um2_h; supply and uptake are per-voxel terms',
    // Relaxes to a perfusion steady state and is read only by slow processes (collagen synthesis, hypoxic VEGF):
    // every 5 h, with the perfusion system that supplies it.
    everySteps: 50,
    overlay: { min: 0, max: 1.5, log: false },
  },
  {
    id: 'topical',
    label: 'Topical serum',
    unit: 'relative to the neat serum',
    // Set by the serum chosen (engine/topical.ts TOPICAL_AGENTS: each agent's D, half-life and source).
    diffusionParam: null,
    halfLifeParam: null,
    source: 'the serum chosen (engine/topical.ts)',
    // Placed at its application step, then diffuses and clears: every 2 steps.
    everySteps: 2,
    overlay: { min: 1e-3, max: 1, log: true },
  },
  {
    id: 'tgf_beta3',
    label: 'TGF-β3',
    unit: 'relative',
    // The same molecule family as TGF-β1: its diffusion and half-life (EVIDENCE §4a values for TGF-β).
    diffusionParam: 'tgf_beta_diffusion_um2_h',
    halfLifeParam: 'tgf_beta_half_life_h',
    source: 'parameters tgf_beta_diffusion_um2_h, tgf_beta_half_life_h (as TGF-β1)',
    everySteps: 20,
    overlay: { min: 5e-3, max: 5, log: true },
  },
] as const satisfies readonly FieldDecl[];

export type FieldId = (typeof FIELDS)[number]['id'];
export const FIELD_IDS: readonly FieldId[] = FIELDS.map((f) => f.id);

/** The declaration of a field id. */
export function fieldDecl(id: FieldId): FieldDecl {
  return FIELDS.find((f) => f.id === id)!;
}

/** The overlay slice's colour scale per field (the scale bar and the slice shader read it). */
export const OVERLAY_SCALE = Object.fromEntries(FIELDS.map((f) => [f.id, f.overlay])) as Readonly<
  Record<FieldId, OverlayScale>
>;
