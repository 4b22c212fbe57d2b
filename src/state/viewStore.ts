/**
 * View state shared by the scene and the panels around it (pmndrs/zustand): what is shown and how, never the
 * model. Per-frame values (the frame itself, the camera) stay out of it: they live on refs in useFrame.
 */
import { create } from 'zustand';
import type { OverlayField } from '../../workers/protocol';

/** Camera presets, in the order of their number keys (1–4) and buttons; names: view.json `preset.<id>`. */
export const CAMERA_PRESETS = ['overview', 'surface', 'cross-section', 'channel'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];
/** Render-quality tiers (scene/quality/tiers.ts); names: view.json `tier.<id>`. */
export const RENDER_TIERS = ['low', 'medium', 'high'] as const;
export type RenderTier = (typeof RENDER_TIERS)[number];
export const TIER_CHOICES = ['auto', ...RENDER_TIERS] as const;
export type TierChoice = (typeof TIER_CHOICES)[number];

export interface ViewState {
  /** Cut-away position across the block, 0 (front face) … 1 (back): tissue in front of it is hidden. */
  cutFraction: number;
  overlay: OverlayField | null;
  tierChoice: TierChoice;
  /** The tier in effect (the choice, or what the frame-time monitor picked under 'auto'). */
  tier: RenderTier;
  /** Stable id of the cell whose info is open, or null. */
  selectedCellId: number | null;
  /** Last camera preset asked for; `nonce` changes on every request so asking twice re-applies it. */
  cameraRequest: { preset: CameraPreset; nonce: number };
  /**
   * Reduced motion in effect (resolved by src/a11y/preferences.ts from the link, the user's choice and the device
   * setting): camera presets jump, no needle animation or halo pulse, model time shown in steps while playing.
   */
  reducedMotion: boolean;
  setCutFraction(v: number): void;
  setOverlay(o: OverlayField | null): void;
  setTierChoice(c: TierChoice): void;
  setTier(t: RenderTier): void;
  selectCell(id: number | null): void;
  requestCamera(preset: CameraPreset): void;
  setReducedMotion(v: boolean): void;
}

/** The device's setting: the value until the accessibility preferences resolve theirs (at load, before any render). */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export const useViewStore = create<ViewState>()((set) => ({
  cutFraction: 0.5,
  overlay: null,
  tierChoice: 'auto',
  tier: 'medium',
  selectedCellId: null,
  cameraRequest: { preset: 'overview', nonce: 0 },
  reducedMotion: prefersReducedMotion(),
  setCutFraction: (v) => set({ cutFraction: Math.min(1, Math.max(0, v)) }),
  setOverlay: (overlay) => set({ overlay }),
  setTierChoice: (tierChoice) => set(tierChoice === 'auto' ? { tierChoice } : { tierChoice, tier: tierChoice }),
  setTier: (tier) => set({ tier }),
  selectCell: (selectedCellId) => set({ selectedCellId }),
  requestCamera: (preset) => set((s) => ({ cameraRequest: { preset, nonce: s.cameraRequest.nonce + 1 } })),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
}));
