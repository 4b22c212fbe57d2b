/**
 * The 3D view in words, for screen readers: what is shown, the treatment, the model time and healing phase, and a
 * few key numbers (each with its unit). Pure: facts in, sentences out, in the active language (namespace a11y).
 * The facts are gathered by SceneDescription a few times a minute, never per frame.
 */
import { getParamDef } from '../../workers/protocol';
import type { OverlayField } from '../../workers/protocol';
import { formatNumber, t } from '../i18n';
import { optionLabel } from '../i18n/modelLabels';
import type { CameraPreset } from '../state/viewStore';

export interface SceneFacts {
  /** Block size, mm: surface side and depth. */
  blockWidthMm: number;
  blockDepthMm: number;
  device: 'pen' | 'roller' | 'stamp';
  needleLengthMm: number;
  untreated: boolean;
  sessionTimesH: readonly number[];
  timeH: number;
  phase: string;
  playing: boolean;
  /** Cells drawn in the block now, and needle channels made so far. */
  cells: number;
  channels: number;
  /** Per mm² of skin surface (metrics at the shown hour), when known. */
  neutrophils: number | null;
  macrophages: number | null;
  fibroblasts: number | null;
  /** Barrier function 0–1 (1 = intact), when known. */
  barrier: number | null;
  camera: CameraPreset;
  /** Fraction of the block cut away, 0–1. */
  cutFraction: number;
  overlay: OverlayField | null;
}

/** The phase's name as the timeline's legend writes it (one vocabulary across the app). */
export function phaseName(phase: string): string {
  return t(`timeline:phase.${phase}`, { defaultValue: phase });
}

/** "day 3, 4 h" (whole hours; model time counts from the first session). */
export function modelTimeText(hours: number): string {
  const h = Math.max(0, hours);
  const day = Math.floor(h / 24 + 1e-9);
  return t('a11y:scene.when', { day: formatNumber(day, 0), hours: formatNumber(Math.floor(h - day * 24 + 1e-6), 0) });
}

function sessionsDone(sessionTimesH: readonly number[], timeH: number): number {
  let done = 0;
  for (const s of sessionTimesH) if (s <= timeH + 1e-9) done++;
  return done;
}

function overlayName(field: OverlayField): string {
  // The topical field's name depends on the serum; one general name here.
  if (field === 'topical') return t('a11y:scene.topicalField');
  return t(`view:field.${field}`, { defaultValue: field });
}

export function describeScene(f: SceneFacts): string[] {
  const sentences = [
    t('a11y:scene.block', { width: formatNumber(f.blockWidthMm, 1), depth: formatNumber(f.blockDepthMm, 1) }),
  ];
  const deviceDef = getParamDef('device');
  const device = deviceDef ? optionLabel(deviceDef, f.device) : f.device;
  const total = f.sessionTimesH.length;
  sentences.push(
    f.untreated || total === 0
      ? t('a11y:scene.untreated')
      : t('a11y:scene.treatment', {
          device,
          length: formatNumber(f.needleLengthMm, 2),
          count: total,
          done: formatNumber(sessionsDone(f.sessionTimesH, f.timeH), 0),
        }),
  );
  sentences.push(
    t(f.playing ? 'a11y:scene.timePlaying' : 'a11y:scene.timePaused', {
      when: modelTimeText(f.timeH),
      phase: phaseName(f.phase),
    }),
  );
  // "Label: number" sentences: clear when heard, and right in every language without plural forms.
  sentences.push(t('a11y:scene.cells', { cells: formatNumber(f.cells, 0) }));
  sentences.push(t('a11y:scene.channels', { channels: formatNumber(f.channels, 0) }));
  if (f.neutrophils !== null && f.macrophages !== null && f.fibroblasts !== null) {
    sentences.push(
      t('a11y:scene.densities', {
        neutrophils: formatNumber(f.neutrophils, 0),
        macrophages: formatNumber(f.macrophages, 0),
        fibroblasts: formatNumber(f.fibroblasts, 0),
      }),
    );
  }
  if (f.barrier !== null) sentences.push(t('a11y:scene.barrier', { percent: formatNumber(f.barrier * 100, 0) }));
  sentences.push(
    t('a11y:scene.view', {
      camera: t(`a11y:scene.camera.${f.camera}`),
      cut: formatNumber(f.cutFraction * 100, 0),
      overlay: f.overlay === null ? t('a11y:scene.noOverlay') : overlayName(f.overlay),
    }),
  );
  return sentences;
}

/** What the live region says when the phase changes. */
export function phaseAnnouncement(phase: string, timeH: number): string {
  return t('a11y:announce.phase', { phase: phaseName(phase), when: modelTimeText(timeH) });
}
