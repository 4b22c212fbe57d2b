/**
 * Render quality tiers (the view's, not the model's: the model's `quality` parameter sets its grid). A tier caps
 * what the GPU draws so a tablet stays fluid; the model and its results are the same on every tier.
 */
import type { RenderTier } from '../../state/viewStore';

export interface TierSettings {
  /** Most cells drawn per cell type (the frame may carry more; the rest are skipped, evenly). */
  maxCellsPerKind: number;
  /** Tissue sites drawn as fibres/vessels (a prefix of the site list, which is a uniform sample). */
  siteCount: number;
  /** Device-pixel-ratio range for the canvas. */
  dpr: [number, number];
  /** Segments around instanced cell and fibre meshes. */
  meshDetail: number;
}

/**
 * Numbers: measured on software WebGL (SwiftShader, the slowest renderer we meet), where the full scene was
 * vertex-bound on the cells and fill-bound on the tissue layers. Low draws ~1 500 cells per type with 4-sided
 * meshes and renders at 0.6–0.75 of CSS pixels (adaptive resolution: only chosen when frames are slow); medium and
 * high are for real GPUs (a tablet's GPU draws medium's ~45 000 cells comfortably). Assumed, tune with bench:app.
 */
export const TIERS: Record<RenderTier, TierSettings> = {
  low: { maxCellsPerKind: 1500, siteCount: 1500, dpr: [0.6, 0.75], meshDetail: 4 },
  medium: { maxCellsPerKind: 15000, siteCount: 4500, dpr: [1, 1.5], meshDetail: 8 },
  high: { maxCellsPerKind: 60000, siteCount: 9000, dpr: [1, 2], meshDetail: 12 },
};
