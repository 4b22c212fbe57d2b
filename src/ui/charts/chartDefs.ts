/**
 * Which charts the panel shows and how each series looks. Keys and units come from the engine's metrics contract
 * (ENGINE_METRICS via workers/protocol); this table only chooses, labels and colours them.
 *
 * Colours: Okabe–Ito (colour-blind safe; Okabe & Ito 2008), the same hue as the scene and legend where a series names
 * the same cells (src/scene/cells/cellPalette.ts). Hue is never the only cue: within a chart every series also has
 * its own dash pattern, shown in the text legend.
 */
import { ENGINE_METRICS } from '../../../workers/protocol';
import { OKABE_ITO } from '../../scene/cells/cellPalette';

export interface SeriesDef {
  key: string;
  label: string;
  /** Table header where the label is long (a phone's table has ~60 px per column). */
  short?: string;
  color: string;
  /** Canvas dash pattern, CSS px (empty: solid). */
  dash: number[];
}

/**
 * How the y axis is scaled:
 *  - 'cells': arcsinh (uPlot distr 4), linear below CELLS_LINEAR_BELOW and logarithmic above. Cell counts span
 *    0 … ~30 000 /mm² (resting fibroblasts ~25 000 beside a few hundred neutrophils): on a linear axis every immune
 *    cell would lie flat on zero; a true log axis cannot show the zeros before the cells arrive;
 *  - 'fraction': fixed 0 … 1;
 *  - 'relative': around 1 (= before treatment), always including 1;
 *  - 'fromZero': 0 … the largest value.
 */
export type YScaleKind = 'cells' | 'fraction' | 'relative' | 'fromZero';

/** Below this many cells/mm² the cells axis is about linear (a handful of cells is not a decade of change). */
export const CELLS_LINEAR_BELOW = 10;

export interface ChartDef {
  id: string;
  title: string;
  /** One sentence for the caption: what the chart shows and where it is measured. */
  description: string;
  series: SeriesDef[];
  y: YScaleKind;
  /** Shown only when the scenario applies a serum. */
  needsSerum?: boolean;
}

const METRIC_UNITS = new Map(ENGINE_METRICS.map((m) => [m.key, m.unit]));

/** The unit of a metric key as the contract states it ('' if unknown). */
export function metricUnit(key: string): string {
  return METRIC_UNITS.get(key) ?? '';
}

/** Elastin in the treated zone when the engine records it, else the whole dermis (the only one it has today). */
export const ELASTIN_KEY = METRIC_UNITS.has('elastin_tz') ? 'elastin_tz' : 'elastin';

/** Dash patterns, in order of use within a chart (solid first). */
const DASH: readonly number[][] = [[], [7, 4], [2, 3], [10, 3, 2, 3], [4, 2, 4, 6]];

export const CHARTS: readonly ChartDef[] = [
  {
    id: 'cells',
    title: 'Cells',
    description: 'Live cells under 1 mm² of skin surface (cells/mm²; the axis is logarithmic above 10).',
    y: 'cells',
    series: [
      {
        key: 'neutrophils',
        label: 'Neutrophils',
        short: 'Neutro\u00ADphils',
        color: OKABE_ITO.skyBlue,
        dash: DASH[0]!,
      },
      {
        key: 'macrophages_m1',
        label: 'Macrophages M1 (inflammatory)',
        short: 'M1 macro\u00ADphages',
        color: OKABE_ITO.reddishPurple,
        dash: DASH[1]!,
      },
      {
        key: 'macrophages_m2',
        label: 'Macrophages M2 (repairing)',
        short: 'M2 macro\u00ADphages',
        color: OKABE_ITO.bluishGreen,
        dash: DASH[2]!,
      },
      { key: 'fibroblasts', label: 'Fibroblasts', short: 'Fibro\u00ADblasts', color: OKABE_ITO.orange, dash: DASH[3]! },
      {
        key: 'myofibroblasts',
        label: 'Myofibroblasts',
        short: 'Myofibro\u00ADblasts',
        color: OKABE_ITO.vermillion,
        dash: DASH[4]!,
      },
    ],
  },
  {
    id: 'matrix',
    title: 'Collagen and elastin',
    description:
      ELASTIN_KEY === 'elastin_tz'
        ? 'Mean amounts in the treated zone (dermis within 150 µm of a channel), relative to before (1 = before).'
        : 'Collagen: mean in the treated zone (dermis within 150 µm of a channel); elastin: mean in the whole ' +
          'dermis. Relative to before (1 = before).',
    y: 'relative',
    series: [
      // Collagen I as the scene's wine-pink fibres, III as its pale green ones (matrix/CollagenFibres.tsx); elastin
      // is indigo there, too dark on this background, so sky blue here.
      { key: 'collagen_i_tz', label: 'Collagen I', color: OKABE_ITO.reddishPurple, dash: DASH[0]! },
      { key: 'collagen_iii_tz', label: 'Collagen III', color: '#D4E68A', dash: DASH[1]! },
      {
        key: ELASTIN_KEY,
        label: ELASTIN_KEY === 'elastin_tz' ? 'Elastin' : 'Elastin (whole dermis)',
        color: OKABE_ITO.skyBlue,
        dash: DASH[2]!,
      },
    ],
  },
  {
    id: 'epidermis',
    title: 'Skin surface',
    description: 'Channels re-covered, barrier function and channels still open, as fractions (0–1; 1 = all).',
    y: 'fraction',
    series: [
      // Yellow as the migrating keratinocytes that re-cover the openings.
      { key: 'reepithelialisation', label: 'Openings re-covered', color: OKABE_ITO.yellow, dash: DASH[0]! },
      { key: 'barrier', label: 'Barrier function', color: OKABE_ITO.skyBlue, dash: DASH[1]! },
      { key: 'channel_patency', label: 'Channels still open', color: OKABE_ITO.orange, dash: DASH[2]! },
    ],
  },
  {
    id: 'vessels',
    title: 'Capillaries',
    description: 'Capillary density in the treated zone, relative to before (1 = before).',
    y: 'relative',
    // The scene's colour for new sprouts (vessels/Vessels.tsx).
    series: [{ key: 'vessels_tz', label: 'Capillary density', color: '#F0506A', dash: DASH[0]! }],
  },
  {
    id: 'erythema',
    title: 'Redness',
    description: 'Visible redness index (0 = none, 1 = the most the model shows).',
    y: 'fromZero',
    series: [{ key: 'erythema', label: 'Redness (erythema)', color: OKABE_ITO.vermillion, dash: DASH[0]! }],
  },
  {
    id: 'topical',
    title: 'Serum delivered',
    description: 'Serum placed into the dermal part of open channels, cumulative, per cm² of skin (nL/cm²).',
    y: 'fromZero',
    needsSerum: true,
    series: [{ key: 'topical_delivered', label: 'Serum delivered', color: OKABE_ITO.bluishGreen, dash: DASH[0]! }],
  },
];

/** Every series charted, for the difference chart's choice. */
export const CHARTED_SERIES: readonly SeriesDef[] = CHARTS.flatMap((c) => c.series);

/** How a unit reads on an axis and in text ('relative' says what 1 means). */
export function unitLabel(unit: string): string {
  return unit === 'relative' ? '× before' : unit;
}
