/**
 * The serums a scenario can apply after a session (parameter `topical`), as the state the topical system keeps:
 * each agent's transport (diffusion, half-life) with its source, the field spec the solver gets, and the delivery
 * bookkeeping. The system itself (application, delivery, depth reached) is topical.ts.
 */
import type { FieldSpec } from './fields';

export type TopicalId = 'none' | 'hyaluronic-acid' | 'vitamin-c' | 'prp' | 'growth-factor-serum' | 'minoxidil';

export interface TopicalAgent {
  id: Exclude<TopicalId, 'none'>;
  label: string;
  /** Effective diffusion coefficient in dermis, µm²/h. */
  diffusionUm2PerH: number;
  /** Clearance half-life in tissue, h. */
  halfLifeH: number;
  /** Extra collagen synthesis at saturating concentration (vitamin C is the prolyl-hydroxylase cofactor). */
  collagenBoost: number;
  /** PDGF and TGF-β released per unit concentration per hour (platelet-rich plasma carries platelet granules). */
  growthFactorPerH: number;
  source: string;
}

/**
 * The serums offered. D values: free diffusion scaled to tissue (Stokes–Einstein by size, then ~1/3–1/6 for tortuosity and binding);
 * half-lives from the molecule's fate in dermis. All are rough (assumed) and documented as such.
 */
export const TOPICAL_AGENTS: Record<Exclude<TopicalId, 'none'>, TopicalAgent> = {
  'hyaluronic-acid': {
    id: 'hyaluronic-acid',
    label: 'Hyaluronic acid',
    diffusionUm2PerH: 3_600,
    halfLifeH: 24,
    collagenBoost: 0,
    growthFactorPerH: 0,
    source:
      'assumed: high-molecular-weight HA (~1 MDa) diffuses ~1 µm²/s in tissue; dermal HA turns over in 1–2 days. ' +
      'No healing effect is modelled (it hydrates; no collagen effect is established)',
  },
  'vitamin-c': {
    id: 'vitamin-c',
    label: 'Vitamin C (ascorbic acid)',
    diffusionUm2PerH: 360_000,
    halfLifeH: 0.25,
    collagenBoost: 0.3,
    growthFactorPerH: 0,
    source:
      'assumed: ascorbate (176 Da) ~600 µm²/s in water, ~1/6 in dermis (tortuosity, binding); small solutes are ' +
      'cleared by dermal blood flow and cellular uptake within minutes (half-life 15 min). ' +
      'Cofactor of prolyl hydroxylase: up to +30 % collagen synthesis where present (assumed; smokers have lower ' +
      'plasma vitamin C, Sørensen 2010, EVIDENCE §5)',
  },
  prp: {
    id: 'prp',
    label: 'Platelet-rich plasma',
    diffusionUm2PerH: 36_000,
    halfLifeH: 8,
    collagenBoost: 0,
    growthFactorPerH: 0.5,
    source:
      'assumed: PDGF/TGF-β (~25 kDa) ~10 µm²/s in tissue, half-life as PDGF; PRP releases platelet growth ' +
      'factors. Microneedling + PRP: OR 2.97 for > 50 % improvement (Kang & Lu 2021 meta-analysis, EVIDENCE §2e)',
  },
  'growth-factor-serum': {
    id: 'growth-factor-serum',
    label: 'Growth-factor serum',
    diffusionUm2PerH: 54_000,
    halfLifeH: 4,
    collagenBoost: 0,
    growthFactorPerH: 0.2,
    source:
      'assumed: EGF-type growth factors (6–25 kDa) ~15 µm²/s in tissue, short half-life; cosmetic serums carry ' +
      'far less than PRP (no dose data in EVIDENCE)',
  },
  minoxidil: {
    id: 'minoxidil',
    label: 'Minoxidil',
    diffusionUm2PerH: 540_000,
    halfLifeH: 0.5,
    collagenBoost: 0,
    growthFactorPerH: 0,
    source:
      'assumed: small molecule (209 Da) ~150 µm²/s in tissue, cleared by dermal blood flow (half-life 30 min). Its hair-growth effect ' +
      '(Dhurat 2013: +91 vs +22 hairs with needling, EVIDENCE §2e) is outside this skin model: only delivery is shown',
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
  /** Cumulative neat-serum volume placed in dermal channel voxels by all applications so far, nL per cm². */
  deliveredNlPerCm2 = 0;
  /** Deepest depth reached (≥ 10 % of neat) since the latest application, µm. */
  reachUm = 0;

  constructor(agent: TopicalAgent | null) {
    this.agent = agent;
  }
}
