/**
 * The metrics the engine records: every key of the contract in shared/science/TARGETS.md (same names and
 * units), plus a few extras the app and the validation report use. `t_h` and `phase` are always present.
 */
import type { MetricDef } from './metrics';

export const ENGINE_METRICS: readonly MetricDef[] = [
  { key: 't_h', unit: 'h', description: 'model time since the first session' },
  { key: 'neutrophils', unit: 'cells/mm²', description: 'live neutrophils under 1 mm² of skin surface' },
  { key: 'macrophages_m1', unit: 'cells/mm²', description: 'pro-inflammatory (M1) macrophages under 1 mm² of skin' },
  { key: 'macrophages_m2', unit: 'cells/mm²', description: 'reparative (M2) macrophages under 1 mm² of skin' },
  { key: 'fibroblasts', unit: 'cells/mm²', description: 'fibroblasts (not myofibroblasts) under 1 mm² of skin' },
  { key: 'myofibroblasts', unit: 'cells/mm²', description: 'myofibroblasts under 1 mm² of skin' },
  {
    key: 'reepithelialisation',
    unit: '0–1',
    description: 'fraction of the latest session’s channel openings re-covered by a continuous basal layer',
  },
  {
    key: 'epidermis_restored',
    unit: '0–1',
    description: 'fraction of the latest session’s injured epidermis restored to normal structure',
  },
  { key: 'barrier', unit: '0–1', description: 'barrier function (1 = intact; a TEWL proxy)' },
  { key: 'channel_patency', unit: '0–1', description: 'fraction of the latest session’s channel lumen still open' },
  { key: 'collagen_i', unit: 'relative', description: 'mean collagen I in the dermis of the block (1 = before)' },
  { key: 'collagen_iii', unit: 'relative', description: 'mean collagen III in the dermis of the block (1 = before)' },
  { key: 'elastin', unit: 'relative', description: 'mean elastin in the dermis of the block (1 = before)' },
  {
    key: 'collagen_i_tz',
    unit: 'relative',
    description: 'mean collagen I in the treated zone (dermis within 150 µm of a channel axis; 1 = before)',
  },
  { key: 'collagen_iii_tz', unit: 'relative', description: 'mean collagen III in the treated zone (1 = before)' },
  {
    key: 'new_collagen',
    unit: 'µg/mm²',
    description: 'collagen I + III deposited since the first session net of degradation, per mm² of skin',
  },
  { key: 'alignment_tz', unit: '0–1', description: 'fibre alignment in the treated zone (0 isotropic, 1 parallel)' },
  { key: 'vessels_tz', unit: 'relative', description: 'capillary density in the treated zone (1 = before)' },
  { key: 'epidermal_thickness', unit: 'relative', description: 'viable epidermis thickness (1 = before)' },
  { key: 'erythema', unit: '0–1', description: 'visible redness index' },
  { key: 'pigment_risk', unit: '0–1', description: 'post-inflammatory hyperpigmentation risk index' },
  {
    key: 'topical_delivered',
    unit: 'nL/cm²',
    description:
      'neat serum placed into the dermal part of open channels, cumulative, per cm² of skin (0 when none applied)',
  },
  {
    key: 'topical_depth_um',
    unit: 'µm',
    description: 'deepest depth the serum has reached at ≥ 10 % of its applied (surface) concentration since applied',
  },
  { key: 'platelets', unit: 'aggregates/mm²', description: 'platelet aggregates (clot) in bleeding channels' },
  {
    key: 'keratinocytes',
    unit: 'agents/mm²',
    description: 'migrating keratinocytes at channel openings (drawn cells)',
  },
  { key: 'growth_factors', unit: 'relative', description: 'mean PDGF + TGF-β in the treated zone' },
  { key: 'channels_per_mm2', unit: '/mm²', description: 'channels made so far, per mm² of surface' },
  { key: 'sessions_done', unit: 'count', description: 'needling sessions performed so far' },
];
