/**
 * Which charts the panel shows and how each series looks. Keys and units come from the engine's metrics contract
 * (METRICS via workers/protocol); this table only chooses, labels and colours them.
 *
 * Colours: Okabe–Ito (colour-blind safe; Okabe & Ito 2008), the same hue as the scene and legend where a series names
 * the same cells (src/look/cellLooks.ts, src/look/colors.ts). Hue is never the only cue: within a chart every series also has
 * its own dash pattern, shown in the text legend.
 */
import { metricDef } from '../../../workers/model/metrics';
import type { MetricKey } from '../../../workers/model/metrics';
import { cellColor } from '../../look/cellLooks';
import { MATRIX, OKABE_ITO, VESSELS } from '../../look/colors';

/**
 * A charted metric. Its label (and, where the label is long, a shorter table header: a phone's table has ~60 px per
 * column) is text in the `charts` namespace under series.<key> (chartStrings.ts seriesLabel, seriesShort).
 */
export interface SeriesDef {
  key: MetricKey;
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

/** A chart; its title and caption sentence are text in the `charts` namespace under chart.<id> (chartStrings.ts). */
export interface ChartDef {
  id: string;
  /** Which caption sentence (what the chart shows and where it is measured) under chart.<id>; 'description' if unset. */
  descriptionKey?: string;
  series: SeriesDef[];
  y: YScaleKind;
  /** Shown only when the scenario applies a serum. */
  needsSerum?: boolean;
}

/** The unit of a metric as the contract states it. */
export function metricUnit(key: MetricKey): string {
  return metricDef(key).unit;
}

/** Dash patterns, in order of use within a chart (solid first). */
const DASH: readonly number[][] = [[], [7, 4], [2, 3], [10, 3, 2, 3], [4, 2, 4, 6]];

export const CHARTS: readonly ChartDef[] = [
  {
    id: 'cells',
    y: 'cells',
    series: [
      { key: 'neutrophils', color: cellColor('neutrophil', 'live'), dash: DASH[0]! },
      { key: 'macrophages_m1', color: cellColor('macrophage', 'm1'), dash: DASH[1]! },
      { key: 'macrophages_m2', color: cellColor('macrophage', 'm2'), dash: DASH[2]! },
      { key: 'fibroblasts', color: OKABE_ITO.orange, dash: DASH[3]! },
      { key: 'myofibroblasts', color: cellColor('myofibroblast', 'contracting'), dash: DASH[4]! },
    ],
  },
  {
    id: 'matrix',
    // Says where elastin is measured: the whole dermis (the engine has no treated-zone elastin metric).
    descriptionKey: 'descriptionWholeDermis',
    y: 'relative',
    series: [
      // Collagen I as the scene's wine-pink fibres, III as its pale green ones (matrix/CollagenFibres.tsx); elastin
      // is indigo there, too dark on this background, so sky blue here.
      { key: 'collagen_i_tz', color: OKABE_ITO.reddishPurple, dash: DASH[0]! },
      { key: 'collagen_iii_tz', color: MATRIX.collagenIII, dash: DASH[1]! },
      { key: 'elastin', color: MATRIX.elastinOnChart, dash: DASH[2]! },
    ],
  },
  {
    id: 'epidermis',
    y: 'fraction',
    series: [
      // Yellow as the migrating keratinocytes that re-cover the openings.
      { key: 'reepithelialisation', color: OKABE_ITO.yellow, dash: DASH[0]! },
      { key: 'barrier', color: OKABE_ITO.skyBlue, dash: DASH[1]! },
      { key: 'channel_patency', color: OKABE_ITO.orange, dash: DASH[2]! },
    ],
  },
  {
    id: 'vessels',
    y: 'relative',
    // The scene's colour for new sprouts (vessels/Vessels.tsx).
    series: [{ key: 'vessels_tz', color: VESSELS.sprout, dash: DASH[0]! }],
  },
  {
    id: 'erythema',
    y: 'fromZero',
    series: [{ key: 'erythema', color: OKABE_ITO.vermillion, dash: DASH[0]! }],
  },
  {
    id: 'topical',
    y: 'fromZero',
    needsSerum: true,
    series: [{ key: 'topical_delivered', color: OKABE_ITO.bluishGreen, dash: DASH[0]! }],
  },
];

/** Every series charted, for the difference chart's choice. */
export const CHARTED_SERIES: readonly SeriesDef[] = CHARTS.flatMap((c) => c.series);
