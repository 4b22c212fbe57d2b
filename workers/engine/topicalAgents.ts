/**
 * The serums a scenario can apply after a session (parameter `topical`), as the state the topical system keeps:
 * each agent's transport (diffusion, half-life) with its source, the field spec the solver gets, and the delivery
 * bookkeeping. The system itself (application, delivery, depth reached) is topical.ts.
 */
import type { FieldSpec } from './fields';

export type TopicalId =
  'none' | 'hyaluronic-acid' | 'vitamin-c' | 'prp' | 'growth-factor-serum' | 'minoxidil' | 'tranexamic-acid';

export interface TopicalAgent {
  id: Exclude<TopicalId, 'none'>;
  label: string;
  /** Effective diffusion coefficient in dermis, µm²/h. */
  diffusionUm2PerH: number;
  /**
   * Diffusion coefficient in free solution, µm²/h: how the serum moves down the fluid-filled lumen of an open
   * channel (no matrix to hinder it there).
   */
  freeDiffusionUm2PerH: number;
  /** Clearance half-life in tissue, h. */
  halfLifeH: number;
  /** Extra collagen synthesis at saturating concentration (vitamin C is the prolyl-hydroxylase cofactor). */
  collagenBoost: number;
  /**
   * Growth-factor dose as the platelet content of the neat serum relative to whole blood: neat PRP releases
   * PDGF and TGF-β as `prp_platelet_concentration_factor` × a blood clot of the same volume (this field is 1 for
   * PRP and scaled by that parameter); a growth-factor serum carries a fixed blood-equivalent; 0 for the rest.
   */
  plateletEquivalent: number;
  /**
   * True for a plasmin inhibitor (tranexamic acid): where it reaches the junction it cuts the plasmin-driven
   * stimulation of melanocytes and the vessel signal (cells/melanin.ts).
   */
  plasminInhibitor?: boolean;
  /** Concentration relative to the neat serum that gives half of the plasmin inhibition (plasmin inhibitors only). */
  plasminHalfEffectRel?: number;
  source: string;
}

/**
 * The serums offered. D values: free diffusion by size (Stokes–Einstein; used in the fluid-filled lumen), and
 * ~1/3–1/10 of it in tissue (tortuosity and binding); half-lives from the molecule's fate in dermis. All are
 * rough (assumed) and documented as such.
 */
export const TOPICAL_AGENTS: Record<Exclude<TopicalId, 'none'>, TopicalAgent> = {
  'hyaluronic-acid': {
    id: 'hyaluronic-acid',
    label: 'Hyaluronic acid',
    diffusionUm2PerH: 3_600,
    freeDiffusionUm2PerH: 25_200,
    halfLifeH: 24,
    collagenBoost: 0,
    plateletEquivalent: 0,
    source:
      'assumed: high-molecular-weight HA (~1 MDa) diffuses ~7 µm²/s in water, ~1 µm²/s in tissue; dermal HA ' +
      'turns over in 1–2 days. ' +
      'No healing effect is modelled (it hydrates; no collagen effect is established)',
  },
  'vitamin-c': {
    id: 'vitamin-c',
    label: 'Vitamin C (ascorbic acid)',
    diffusionUm2PerH: 360_000,
    freeDiffusionUm2PerH: 2_160_000,
    halfLifeH: 0.25,
    collagenBoost: 0.3,
    plateletEquivalent: 0,
    source:
      'assumed: ascorbate (176 Da) ~600 µm²/s in water (the channel lumen), ~1/6 in dermis (tortuosity, binding); small solutes are ' +
      'cleared by dermal blood flow and cellular uptake within minutes (half-life 15 min). ' +
      'Cofactor of prolyl hydroxylase: up to +30 % collagen synthesis where present (assumed; smokers have lower ' +
      'plasma vitamin C, Sørensen 2010, EVIDENCE §5)',
  },
  prp: {
    id: 'prp',
    label: 'Platelet-rich plasma',
    diffusionUm2PerH: 36_000,
    freeDiffusionUm2PerH: 360_000,
    halfLifeH: 8,
    collagenBoost: 0,
    plateletEquivalent: 1,
    source:
      'assumed: PDGF/TGF-β (~25 kDa) ~100 µm²/s in water, ~10 µm²/s in tissue; the plasma and its platelets are ' +
      'cleared from the tissue with a half-life of hours (as PDGF). PRP releases PDGF and TGF-β from its ' +
      'platelets like a clot of the same volume × prp_platelet_concentration_factor (3–5× blood, Marx 2004). ' +
      'Microneedling + PRP: OR 2.97 for > 50 % improvement (Kang & Lu 2021 meta-analysis, EVIDENCE §2e)',
  },
  'growth-factor-serum': {
    id: 'growth-factor-serum',
    label: 'Growth-factor serum',
    diffusionUm2PerH: 54_000,
    freeDiffusionUm2PerH: 540_000,
    halfLifeH: 4,
    collagenBoost: 0,
    plateletEquivalent: 0.25,
    source:
      'assumed: EGF-type growth factors (6–25 kDa) ~150 µm²/s in water, ~15 µm²/s in tissue, short half-life. ' +
      'Dose: a quarter of the PDGF/TGF-β of the same volume of clotted blood (assumed: conditioned-medium serums ' +
      'carry ng/mL levels, below PRP; no dose data in EVIDENCE)',
  },
  minoxidil: {
    id: 'minoxidil',
    label: 'Minoxidil',
    diffusionUm2PerH: 540_000,
    freeDiffusionUm2PerH: 2_520_000,
    halfLifeH: 0.5,
    collagenBoost: 0,
    plateletEquivalent: 0,
    source:
      'assumed: small molecule (209 Da) ~700 µm²/s in water, ~150 µm²/s in tissue, cleared by dermal blood flow ' +
      '(half-life 30 min). Its hair-growth effect ' +
      '(Dhurat 2013: +91 vs +22 hairs with needling, EVIDENCE §2e) is outside this skin model: only delivery is shown',
  },
  'tranexamic-acid': {
    id: 'tranexamic-acid',
    label: 'Tranexamic acid',
    diffusionUm2PerH: 450_000,
    freeDiffusionUm2PerH: 2_700_000,
    halfLifeH: 2,
    collagenBoost: 0,
    plateletEquivalent: 0,
    plasminInhibitor: true,
    plasminHalfEffectRel: 0.00125,
    source:
      'assumed: small molecule (157 Da) ~750 µm²/s in water, ~1/6 in dermis; cleared with a half-life of ~2 h ' +
      '(its plasma elimination half-life, recalled). A lysine analogue that blocks plasminogen binding: less ' +
      'plasmin-driven arachidonic-acid / prostaglandin release and less VEGF / bFGF freed from the matrix, so less ' +
      'melanocyte stimulation and fewer lesional vessels (melasma: Budamakuntla et al., J Cutan Aesthet Surg ' +
      '2013;6:139, TXA + microneedling at weeks 0, 4, 8, MASI −44 %; vessel number fell under TXA, Na et al., ' +
      'J Eur Acad Dermatol Venereol 2013;27:1035, recalled). Dose: the neat serum is taken as 4 mg/mL (the ' +
      'solution used with needling in melasma, recalled); half inhibition at ~5 µg/mL (the antifibrinolytic ' +
      'plasma range 5–15 µg/mL, recalled) = 0.00125 of neat',
  },
};

export function topicalFieldSpec(agent: TopicalAgent | null): FieldSpec {
  return {
    id: 'topical',
    label: agent ? agent.label : 'Topical serum (none applied)',
    unit: 'relative to the neat serum',
    diffusionUm2PerH: agent ? agent.diffusionUm2PerH : 0,
    decayPerH: agent ? Math.LN2 / agent.halfLifeH : 0,
    source: agent ? agent.source : 'no serum applied',
  };
}

export class TopicalState {
  readonly agent: TopicalAgent | null;
  /** Cumulative neat-serum volume carried down the channels into the dermis by all applications, nL per cm². */
  deliveredNlPerCm2 = 0;
  /** Deepest depth reached (≥ 10 % of neat) since the latest application, µm. */
  reachUm = 0;
  /** Serum film left on the surface from the latest application, in voxel volumes of neat serum. */
  filmVoxels = 0;
  /** Scratch for the implicit solve down one channel column (sized to the grid's depth on first use). */
  columnSub: Float64Array = new Float64Array(0);
  columnRhs: Float64Array = new Float64Array(0);
  columnLoss: Float64Array = new Float64Array(0);

  constructor(agent: TopicalAgent | null) {
    this.agent = agent;
  }

  /** Sizes the column scratch once (at the first application), so the per-step solve allocates nothing. */
  ensureColumnScratch(nz: number): void {
    if (this.columnRhs.length >= nz) return;
    this.columnSub = new Float64Array(nz);
    this.columnRhs = new Float64Array(nz);
    this.columnLoss = new Float64Array(nz);
  }
}
