/**
 * Physiological invariants every protocol in the app's range must keep, each with its source and its bound, in
 * one declared list. Each reads only a run's summary (scripts/sweep/summary.ts): first value (t = 0, straight
 * after the first needling), last value (FOLLOW_UP_DAYS after the last session), minimum and maximum. Metrics
 * marked "× before" are relative to the unneedled skin (1 = before); cell counts are compared with their t = 0
 * value. Where a bound is a judgement rather than a measurement the `source` says so.
 *
 * `expectedHarm` is the escape hatch for protocols that the literature says are harmful: a violation there is
 * still listed in the report, with the source, but does not fail the check.
 */
import type { ParamValue } from '../../workers/model/params';
import { METRICS } from '../../workers/model/metrics';
import type { MetricSummary, RunSummary } from '../sweep/summary';

export interface Violation {
  readonly metric: string;
  /** What was measured, as text (e.g. `0.43 × t = 0` or `missing`). */
  readonly value: string;
  /** The bound it broke, as text. */
  readonly bound: string;
}

export interface ExpectedHarm {
  /** Which protocols, in words. */
  readonly who: string;
  readonly applies: (changes: Readonly<Record<string, ParamValue>>) => boolean;
  readonly source: string;
}

export interface Invariant {
  readonly id: string;
  readonly description: string;
  /** The bound, in words. */
  readonly bound: string;
  readonly source: string;
  readonly expectedHarm?: ExpectedHarm;
  readonly check: (summary: RunSummary) => Violation[];
}

/** Metrics whose value is a difference and may legitimately fall below zero. */
const SIGNED_METRICS: Readonly<Record<string, string>> = {
  new_collagen: 'deposited net of degradation: negative when more was degraded than made',
  improvement: 'negative while the condition is worse than before the first session (melasma darkened by inflammation)',
};

/** Metrics declared as 0–1 fractions or indices (metrics.ts units), plus the derived share. */
const FRACTION_METRICS = [...METRICS.filter((m) => m.unit === '0–1').map((m) => m.key), 'myofibroblast_share'];

const KELOID: ExpectedHarm = {
  who: 'keloid or hypertrophic-scar tendency',
  applies: (changes) => changes.keloid_tendency === true,
  source:
    'Hypertrophic scars form within 4–8 weeks and grow for up to 6 months; keloids persist (Gauglitz et al., Mol Med ' +
    '2011); keloid fibroblasts make more collagen per cell (Diegelmann 1979). Needling is contraindicated (Minutilli 2024)',
};

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString();
}

type Stat = 'first' | 'last' | 'min' | 'max';

/** A range in words: `≥ lo`, `≤ hi` or `lo–hi`, with its unit. */
function rangeText(lo: number, hi: number, unit: string): string {
  if (!Number.isFinite(hi)) return `≥ ${lo}${unit}`;
  if (lo <= 0) return `≤ ${hi}${unit}`;
  return `${lo}–${hi}${unit}`;
}

/** A metric statistic, or a violation saying why it cannot be read. */
function read(summary: RunSummary, metric: string, stat: Stat): number | Violation {
  const m: MetricSummary | undefined = summary.metrics[metric];
  if (!m) return { metric, value: 'missing', bound: 'the run must record it' };
  const v = m[stat];
  return v === null ? { metric, value: `${stat} not finite`, bound: 'finite' } : v;
}

/** `stat(metric) / first(metric)` within [lo, hi]. */
function relativeToFirst(metric: string, stat: Stat, lo: number, hi: number): (s: RunSummary) => Violation[] {
  return (s) => {
    const v = read(s, metric, stat);
    const first = read(s, metric, 'first');
    if (typeof v !== 'number') return [v];
    if (typeof first !== 'number') return [first];
    if (first <= 0) return [{ metric, value: `t = 0 value ${fmt(first)}`, bound: 'a positive t = 0 value' }];
    const ratio = v / first;
    return ratio < lo || ratio > hi
      ? [{ metric: `${metric} (${stat})`, value: `${fmt(ratio)} × t = 0`, bound: rangeText(lo, hi, ' × t = 0') }]
      : [];
  };
}

/** `stat(metric)` within [lo, hi] (absolute, e.g. × before for relative metrics). */
function within(metric: string, stat: Stat, lo: number, hi: number, unit = ''): (s: RunSummary) => Violation[] {
  return (s) => {
    const v = read(s, metric, stat);
    if (typeof v !== 'number') return [v];
    return v < lo || v > hi
      ? [
          {
            metric: `${metric} (${stat})`,
            value: `${fmt(v)}${unit}`,
            bound: rangeText(lo, hi, unit),
          },
        ]
      : [];
  };
}

function all(...checks: ((s: RunSummary) => Violation[])[]): (s: RunSummary) => Violation[] {
  return (s) => checks.flatMap((check) => check(s));
}

export const INVARIANTS: readonly Invariant[] = [
  {
    id: 'finite',
    description: 'Every metric is a finite number at every sample.',
    bound: 'no NaN or ±Infinity',
    source: 'numerical integrity (a model state, not a biological claim)',
    check: (s) =>
      Object.entries(s.metrics)
        .filter(([, m]) => m.nonFinite > 0)
        .map(([metric, m]) => ({ metric, value: `${m.nonFinite} non-finite samples`, bound: '0' })),
  },
  {
    id: 'needled',
    description: 'The protocol makes channels in the simulated block (a run without any checks nothing).',
    bound: 'channels_per_mm2 maximum > 0',
    source: 'method: every protocol of the matrix needles the skin',
    check: (s) => {
      const max = read(s, 'channels_per_mm2', 'max');
      if (typeof max !== 'number') return [max];
      return max > 0 ? [] : [{ metric: 'channels_per_mm2 (max)', value: '0', bound: '> 0' }];
    },
  },
  {
    id: 'non-negative',
    description: `No amount, count or fraction falls below zero (except ${Object.keys(SIGNED_METRICS).join(', ')}: ${Object.values(SIGNED_METRICS).join('; ')}).`,
    bound: 'minimum ≥ 0',
    source: 'physical: cell counts, concentrations and fractions cannot be negative',
    check: (s) =>
      Object.entries(s.metrics)
        .filter(([metric, m]) => !(metric in SIGNED_METRICS) && m.min !== null && m.min < -1e-9)
        .map(([metric, m]) => ({ metric, value: fmt(m.min!), bound: '≥ 0' })),
  },
  {
    id: 'fractions',
    description: `Fractions and indices (${FRACTION_METRICS.join(', ')}) stay within 0–1.`,
    bound: 'maximum ≤ 1',
    source: 'definition of the metrics (workers/model/metrics.ts units)',
    check: (s) =>
      FRACTION_METRICS.flatMap((metric) => {
        const m = s.metrics[metric];
        return m && m.max !== null && m.max > 1 + 1e-9 ? [{ metric, value: fmt(m.max), bound: '≤ 1' }] : [];
      }),
  },
  {
    id: 'lineage-floor',
    description:
      'The fibroblast lineage (fibroblasts + myofibroblasts) is never depleted: needling wounds a small fraction of the dermis.',
    bound: 'minimum ≥ 0.5 × its t = 0 value',
    source:
      'Fractional micro-wounds heal without a dermal deficit or fibrosis (Laubach 2006, EVIDENCE §3a); fibroblasts ' +
      'proliferate and migrate into the wound in days 3–14 (EVIDENCE §3b). The 0.5 margin is a judgement',
    check: relativeToFirst('fibroblast_lineage', 'min', 0.5, Number.POSITIVE_INFINITY),
  },
  {
    id: 'lineage-returns',
    description: 'The lineage returns to its resting density after the last session (homeostasis).',
    bound: 'last value (3 months after the last session) 0.8–1.25 × its t = 0 value',
    source:
      'Excess wound cells are removed by apoptosis as repair resolves (Desmoulière et al., Am J Pathol 1995); no ' +
      'residual change in micro-wounds at 3 months (Laubach 2006). The ±20–25 % band is a judgement',
    check: relativeToFirst('fibroblast_lineage', 'last', 0.8, 1.25),
  },
  {
    id: 'lineage-no-runaway',
    description:
      'The lineage does not grow without bound (block average: the wounded zone is a small part of the block).',
    bound: 'maximum ≤ 3 × its t = 0 value',
    source: 'judgement: granulation tissue is hypercellular, but only around each channel (EVIDENCE §3b)',
    expectedHarm: KELOID,
    check: relativeToFirst('fibroblast_lineage', 'max', 0, 3),
  },
  {
    id: 'myofibroblast-share',
    description: 'Myofibroblasts stay a minority of the lineage.',
    bound: 'myofibroblast_share maximum ≤ 0.5',
    source:
      'α-SMA⁺ myofibroblasts are present at day 7 in micro-wounds that leave no fibrosis (Laubach 2006); they ' +
      'appear around day 6–7 and peak at day 10–15 in open wounds (Darby 1990). The 0.5 bound is a judgement',
    expectedHarm: KELOID,
    check: within('myofibroblast_share', 'max', 0, 0.5),
  },
  {
    id: 'myofibroblast-transient',
    description: 'Myofibroblasts are cleared after healing.',
    bound: 'myofibroblast_share last value ≤ 0.05',
    source:
      'Myofibroblasts disappear by apoptosis as the wound closes (Desmoulière 1995), gone by ~day 30 in rat open ' +
      'wounds (Darby 1990); the last value is 3 months after the last session',
    expectedHarm: KELOID,
    check: within('myofibroblast_share', 'last', 0, 0.05),
  },
  {
    id: 'alignment-bounded',
    description: 'Micro-channels do not build scar-like fibre alignment.',
    bound: 'alignment_tz maximum ≤ 1.5 × its t = 0 value',
    source:
      'No fibrosis at 3 months after micro-wounds (Laubach 2006); scar alignment needs mm-scale wounds (Olsen 1998; ' +
      'Rouillard & Holmes 2012; TARGETS.md T4). The factor 1.5 is a judgement',
    expectedHarm: KELOID,
    check: relativeToFirst('alignment_tz', 'max', 0, 1.5),
  },
  {
    id: 'alignment-relaxes',
    description: 'Fibre alignment relaxes back after the last session.',
    bound: 'alignment_tz last value ≤ 1.1 × its t = 0 value',
    source: 'No residual fibrosis in micro-wounds at 3 months (Laubach 2006)',
    expectedHarm: KELOID,
    check: relativeToFirst('alignment_tz', 'last', 0, 1.1),
  },
  {
    id: 'collagen-no-loss',
    description: 'Needling does not leave less collagen than before.',
    bound: 'collagen_i and collagen_iii last values ≥ 0.95 × before',
    source:
      'Human biopsies after needling show collagen I and III up (El-Domyati 2015) and dermal density +102 % ' +
      '(Aesthet Surg J 2021); no study reports a loss (EVIDENCE §2e)',
    check: all(
      within('collagen_i', 'last', 0.95, Number.POSITIVE_INFINITY),
      within('collagen_iii', 'last', 0.95, Number.POSITIVE_INFINITY),
    ),
  },
  {
    id: 'collagen-bounded',
    description:
      'Block-mean collagen stays within what human skin shows after needling, and type III stays a minority.',
    bound: 'total collagen (I + III) maximum ≤ 2 × before; collagen III share of the total ≤ 0.4',
    source:
      'The largest human gain is dermal density +102 % after 4 monthly sessions (Aesthet Surg J 2021); rat gains ' +
      'do not transfer (EVIDENCE §2e, §7). Early wounds reach ≈ 30 % type III (EVIDENCE §3b; Oliveira 2009), so ' +
      '0.4 leaves a margin; adult dermis is 10–15 % type III (§1c). Collagen III alone is not bounded at 2×: ' +
      'it is 15 % of the total, so its relative change can be large while the tissue stays in range (El-Domyati ' +
      '2015 and ASJ 2021 both found collagen III up)',
    expectedHarm: KELOID,
    check: all(within('collagen_total', 'max', 0, 2), within('collagen_iii_share', 'max', 0, 0.4)),
  },
  {
    id: 'elastin-bounded',
    description: 'Elastin stays near its level before treatment.',
    bound: 'elastin maximum ≤ 1.5 × before and last value 0.7–1.5 × before',
    source:
      'Elastin protein unchanged after 4 monthly sessions (Aesthet Surg J 2021); total elastin down after 6 ' +
      'sessions (El-Domyati 2015); reported increases are contested (EVIDENCE §7)',
    check: all(within('elastin', 'max', 0, 1.5), within('elastin', 'last', 0.7, 1.5)),
  },
  {
    id: 'epidermis-bounded',
    description: 'The epidermis thickens within the human range and does not thin.',
    bound: 'epidermal_thickness maximum ≤ 1.6 × before, last value ≥ 0.9 × before',
    source:
      'Stratum spinosum +40 % at 1 year (Aust 2008); epidermal density +19 % at 3 months (Aesthet Surg J 2021); ' +
      'rat values (+140 to +658 %) are upper bounds that do not transfer (EVIDENCE §2e, §7)',
    check: all(
      within('epidermal_thickness', 'max', 0, 1.6),
      within('epidermal_thickness', 'last', 0.9, Number.POSITIVE_INFINITY),
    ),
  },
  {
    id: 'barrier-recovers',
    description: 'The barrier is back after the follow-up.',
    bound: 'barrier last value ≥ 0.95',
    source: 'Barrier recovery complete within 72 h on the face (Dermatol Surg 2012; EVIDENCE §6.1)',
    check: within('barrier', 'last', 0.95, 1),
  },
  {
    id: 'vessels-regress',
    description: 'New capillaries overshoot, then are pruned back.',
    bound: 'vessels_tz maximum ≤ 5 × before, last value ≤ 1.5 × before',
    source:
      'Capillary density peaks at ≥ 3× normal, then regresses (DiPietro 2013); perfusion normal by day 28 ' +
      '(PMC2739287). The 5× ceiling is a judgement',
    check: all(within('vessels_tz', 'max', 0, 5), within('vessels_tz', 'last', 0, 1.5)),
  },
  {
    id: 'inflammation-resolves',
    description: 'Neutrophils and M1 macrophages are gone after the follow-up.',
    bound: 'neutrophils and macrophages_m1 last values ≤ 10 % of their maxima',
    source:
      'Neutrophils clear by day 3–5 and the M1 → M2 shift is over by day 7 in clean wounds (EVIDENCE §3b; ' +
      'PMC6582859, PMC5938667)',
    check: (s) =>
      ['neutrophils', 'macrophages_m1'].flatMap((metric) => {
        const last = read(s, metric, 'last');
        const max = read(s, metric, 'max');
        if (typeof last !== 'number') return [last];
        if (typeof max !== 'number') return [max];
        return max > 0 && last > 0.1 * max
          ? [{ metric: `${metric} (last)`, value: `${fmt(last / max)} × maximum`, bound: '≤ 0.1 × maximum' }]
          : [];
      }),
  },
  {
    id: 'erythema-resolves',
    description: 'Redness is gone after the follow-up.',
    bound: 'erythema last value ≤ 0.05',
    source: 'Erythema resolves within hours to 2–3 days (Donnelly 2014; Minutilli 2024; EVIDENCE §2f)',
    check: within('erythema', 'last', 0, 0.05),
  },
];

export const INVARIANT_IDS = INVARIANTS.map((i) => i.id);
