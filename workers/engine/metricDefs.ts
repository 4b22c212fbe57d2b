/**
 * The metrics the engine core records (keys and units follow shared/science/TARGETS.md; the biology issue
 * adds the rest of the contract). `t_h` and `phase` are always present.
 */
import type { MetricDef } from './metrics';

export const ENGINE_METRICS: readonly MetricDef[] = [
  { key: 't_h', unit: 'h', description: 'model time since the first session' },
  { key: 'neutrophils', unit: 'cells/mm²', description: 'neutrophils under 1 mm² of skin surface' },
  { key: 'fibroblasts', unit: 'cells/mm²', description: 'fibroblasts under 1 mm² of skin surface' },
  { key: 'channel_patency', unit: '0–1', description: 'fraction of the latest session’s channel lumen still open' },
  { key: 'channels_per_mm2', unit: '/mm²', description: 'channels made so far, per mm² of surface' },
  { key: 'sessions_done', unit: 'count', description: 'needling sessions performed so far' },
];
