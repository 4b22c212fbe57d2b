/**
 * Layout of the tissue data a frame carries besides the cells (shared by the worker, which writes it, and the
 * scene, which reads it). Flat Float32Array rows with fixed strides: one allocation per buffer set, transferable.
 *
 * - Tissue sites: fixed sample points in the dermis and hypodermis (positions sent once in SimInfo). Each frame
 *   carries the matrix and the capillary density at every site; the scene draws a collagen fibre, an elastin
 *   fibre and/or a capillary segment there. Sites are in random order, so any prefix is a uniform sample (a
 *   lower quality tier draws fewer).
 * - Channels: one row per channel made so far (axis, taper, bleeding, epidermal opening, lumen along the axis).
 * - Slice: one field on the x–z plane at y = the cut position (the heat-map overlay).
 * - Surface: block-wide scalars for the surface (redness, swelling, barrier).
 */
import { CELL_KIND_COUNT, MAX_CELL_STATES } from './cellKinds';
import { FIELD_IDS } from './fields';
import type { FieldId } from './fields';

/** Site row: principal fibre direction (model axes, unit), collagen I, III, elastin (1 = normal dermis), alignment (0–1), capillary density (1 = dermal rest). */
export const SITE = {
  dirX: 0,
  dirY: 1,
  dirZ: 2,
  collagenI: 3,
  collagenIII: 4,
  elastin: 5,
  alignment: 6,
  vessels: 7,
} as const;
export const SITE_STRIDE = 8;

/** Lumen samples along each channel axis, at depth fractions (k + 0.5) / CHANNEL_LUMEN_SAMPLES. */
export const CHANNEL_LUMEN_SAMPLES = 8;
/**
 * Channel row: axis position (µm), tip depth (µm), lumen radius at the surface and tip as made (µm), model hour
 * made, 1 if it bled, session index, epidermal opening still uncovered (0–1), then the open fraction of the lumen
 * (0–1) at CHANNEL_LUMEN_SAMPLES depths from the surface down.
 */
export const CHANNEL = {
  x: 0,
  y: 1,
  depthUm: 2,
  surfaceRadiusUm: 3,
  tipRadiusUm: 4,
  madeAtH: 5,
  bleeding: 6,
  session: 7,
  epidermisOpen: 8,
  lumen: 9,
} as const;
export const CHANNEL_STRIDE = CHANNEL.lumen + CHANNEL_LUMEN_SAMPLES;

/**
 * Surface row: redness (erythema index, 0–1), swelling (0–1: drawn from the same vasodilation as redness; the
 * model has no separate oedema variable), barrier function (1 = intact), re-epithelialised fraction, fraction of
 * the latest session's lumen still open, clot present (0–1: platelet aggregates relative to their peak).
 */
export const SURFACE = {
  erythema: 0,
  swelling: 1,
  barrier: 2,
  reepithelialisation: 3,
  patency: 4,
  clot: 5,
} as const;
export const SURFACE_STRIDE = 6;

/**
 * Census: live agents by type and state, at [kind × CENSUS_STATES + min(state, CENSUS_STATES − 1)]
 * (CENSUS_KINDS × CENSUS_STATES counts). Counted while the frame is written, so views that show how many cells of
 * each kind there are (legend, narration) never walk the agent arrays on the main thread.
 */
export const CENSUS_KINDS = CELL_KIND_COUNT;
export const CENSUS_STATES = MAX_CELL_STATES;

/** Fields the overlay slice can show: every declared field (model/fields.ts). */
export const OVERLAY_FIELDS = FIELD_IDS;
export type OverlayField = FieldId;
