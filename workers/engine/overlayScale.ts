/**
 * Colour-scale ranges of the overlay slice, per field, in the field's unit. Fixed (not rescaled per frame) so
 * that colours compare across time: a field fading over days visibly fades. Read off a reference run (cheek,
 * 1.5 mm pen, seed 1; `scripts` probe of the 99th percentile at 2 h … 28 days): signals span decades between
 * the first hours and week 4, so they use a logarithmic scale over three decades; oxygen (0–1.5 × normal) is
 * linear, which shows the hypoxic wound (< 1) against perfused tissue.
 */
import type { OverlayField } from './sceneLayout';

export interface OverlayScale {
  min: number;
  max: number;
  log: boolean;
}

export const OVERLAY_SCALE: Record<OverlayField, OverlayScale> = {
  chemokine: { min: 2e-5, max: 0.02, log: true },
  tgf_beta: { min: 5e-3, max: 5, log: true },
  pdgf: { min: 5e-3, max: 5, log: true },
  vegf: { min: 1.5e-3, max: 1.5, log: true },
  oxygen: { min: 0, max: 1.5, log: false },
  topical: { min: 1e-3, max: 1, log: true },
};
