/**
 * The validation targets: T1–T13 from shared/science/TARGETS.md, worded as there, plus the project's own
 * patient-factor (P1–P5) and topical-delivery (D1–D4) targets from EVIDENCE.md §5, §2b–2c and §6.13–6.18, and
 * the targets issue 16 added (T5a, T5b, T10a, L1, E1, A1), and issue 17's melasma and epidermal-pigment targets
 * (M1–M4, INDICATIONS.md). Each says how the model meets it (`basis`).
 *
 * Each target is data (id, title, source, expected, tolerance, the runs it reads) plus clauses, one per
 * condition in its wording. Measurements are taken on the mean series across seeds; where a spread helps, the
 * per-seed range is shown too. Times are hours after the (first) session. Relative metrics are compared as
 * recorded (the contract defines 1 = pre-treatment), except where a target speaks of a change or a baseline
 * (T6, T10, T12, T13, P3): that is read against the run's own first sample, taken before the session.
 *
 * Tolerances: TARGETS.md fixes T1–T13's numbers and they are used as written (inclusive bounds, "below" strict).
 * Where a target's wording needs a number it does not give ("exceeds baseline", "present"), and for every P/D
 * target, the number chosen is stated next to the target with the reason.
 */
import type { Clause, Target } from './check';
import { clause, defineTarget } from './check';
import { hours, num, percent, seedSpread } from './format';
import type { MetricBand, RunResults, RunSpec } from './results';
import { runSpec } from './results';
import { addSeries, areaAbove, crossingTime, peakOf, recoveryTime, valueAt } from './series';
import { BASELINE_COLLAGEN_I, BASELINE_COLLAGEN_III } from '../../workers/engine/matrix';

const DAY_H = 24;

// ───────────────────────────── runs ─────────────────────────────
// Each target names the days it reads; the runner simulates a scenario once, for the longest of them.

/** The reference scenario (TARGETS.md: cheek, pen 1.5 mm, one pass pattern, healthy 35-year-old, type III). */
function reference(days: number, overrides: RunSpec['overrides'] = {}): RunSpec {
  return runSpec('reference', overrides, days);
}

const FIRST_WEEK = reference(7);
const DAY_30 = reference(30);
const DAY_42 = reference(42);
const DAY_90 = reference(90);
const MONTH_6 = reference(180);

/** T4's needle lengths: the whole 0.25–2.5 mm range in use (EVIDENCE §2d). */
const BARRIER_LENGTHS_MM = [0.25, 0.5, 1, 1.5, 2, 2.5] as const;
/** T11's needle lengths, as TARGETS.md lists them. */
const DOSE_LENGTHS_MM = [0.25, 0.5, 1, 1.5, 2] as const;

const atLength = (mm: number, days: number) => reference(days, { needle_length_mm: mm });

/** T10: 4 sessions 28 days apart; the last is at day 84, measured 3 months (90 days) later. */
const T10_SESSIONS = 4;
const T10_INTERVAL_DAYS = 28;
const T10_FOLLOW_UP_DAYS = 90;
const T10_MEASURE_DAY = (T10_SESSIONS - 1) * T10_INTERVAL_DAYS + T10_FOLLOW_UP_DAYS;
const FOUR_MONTHLY_SESSIONS = reference(T10_MEASURE_DAY, { sessions: T10_SESSIONS, interval_days: T10_INTERVAL_DAYS });

/**
 * L1: the repeated protocols that used to drain the lineage into myofibroblasts — El-Domyati's 6 sessions 14 days
 * apart, and 12 weekly sessions (1.5 mm, the reference needle) — followed 8 weeks past the last session.
 */
const LINEAGE_FOLLOW_UP_DAYS = 56;
const repeated = (sessions: number, intervalDays: number) => ({
  sessions,
  lastDay: (sessions - 1) * intervalDays,
  spec: reference((sessions - 1) * intervalDays + LINEAGE_FOLLOW_UP_DAYS, { sessions, interval_days: intervalDays }),
});
const REPEATED_PROTOCOLS = [repeated(6, 14), repeated(12, 7)] as const;
/** E1: El-Domyati's protocol (6 sessions, 2 weeks apart), read two weeks after the last session. */
const EL_DOMYATI = REPEATED_PROTOCOLS[0];
const EL_DOMYATI_READ_DAY = EL_DOMYATI.lastDay + 14;

// ───────────────────────────── measurement helpers ─────────────────────────────

const at = (b: MetricBand, hour: number) => valueAt(b.t, b.mean, hour);
const baselineOf = (b: MetricBand) => b.mean[0]!;
const peak = (b: MetricBand, fromH?: number, toH?: number) => peakOf(b.t, b.mean, fromH, toH);
const perSeed = <T>(b: MetricBand, measure: (y: readonly number[]) => T) => b.perSeed.map(measure);
const within = (v: number | undefined, lo: number, hi: number) => v !== undefined && v >= lo && v <= hi;
const mm = (v: number) => `${num(v)} mm`;

/** A ratio of two measurements within [lo, hi]; NaN (a zero or missing reference) fails. */
function ratioClause(label: string, ratio: number, lo: number, hi: number): Clause {
  return clause(within(ratio, lo, hi), `${label} ×${num(ratio)}`);
}

// ───────────────────────────── T1–T13 (TARGETS.md) ─────────────────────────────

const T1 = defineTarget({
  id: 'T1',
  title: 'Neutrophils peak 12–48 h after a session and fall below 25 % of the peak by 96 h',
  source:
    'TARGETS.md [3b]; EVIDENCE §3b, §6.5: neutrophil influx peaks at 24–48 h and is largely gone by day 3–5 ' +
    '(Cañedo-Dorantes & Cañedo-Ayala, Int J Inflam 2019, PMC6582859; reviews)',
  expected: 'peak in 12–48 h; at 96 h < 25 % of peak',
  tolerance: 'as TARGETS.md words it; the peak is searched over the first week',
  basis: {
    kind: 'calibrated',
    how: 'neutrophil recruitment rate and lifespan (EVIDENCE §4a ranges) chosen so the peak and clearance land in the window; the timing itself follows the injury signal',
  },
  runs: [FIRST_WEEK],
  clauses: (r) => [
    () => {
      const b = r.metric(FIRST_WEEK, 'neutrophils');
      const p = peak(b);
      const seedPeaks = perSeed(b, (y) => peakOf(b.t, y).timeH);
      const ok = p.value > 0 && within(p.timeH, 12, 48);
      const text = `peak ${num(p.value)} cells/mm² at ${hours(p.timeH)}${seedSpread(seedPeaks, hours)}`;
      return clause(ok, text, p.value > 0 ? undefined : 'no neutrophils recruited');
    },
    () => {
      const b = r.metric(FIRST_WEEK, 'neutrophils');
      const fraction = at(b, 96) / peak(b).value;
      return clause(fraction < 0.25, `96 h: ${percent(fraction)} of peak`);
    },
  ],
});

const T2 = defineTarget({
  id: 'T2',
  title: 'Macrophages (M1+M2) peak between 48 h and 120 h; M2 outnumber M1 by day 7',
  source:
    'TARGETS.md [3b]; EVIDENCE §3b, §6.5: macrophages predominate from day 2–3 and peak at day 3–5; the M1 → M2 ' +
    'shift runs over days 3–7 (Krzyszczyk et al., Front Physiol 2018, PMC5938667; Hesketh et al., IJMS 2017)',
  expected: 'M1+M2 peak in 48–120 h; M2 > M1 at 168 h',
  tolerance: 'as TARGETS.md words it; "by day 7" is read at 168 h',
  basis: {
    kind: 'calibrated',
    how: 'macrophage recruitment, lifespan and the M1 → M2 switch time (m1_to_m2_h) chosen for this window',
  },
  runs: [FIRST_WEEK],
  clauses: (r) => [
    () => {
      const m1 = r.metric(FIRST_WEEK, 'macrophages_m1');
      const m2 = r.metric(FIRST_WEEK, 'macrophages_m2');
      const p = peakOf(m1.t, addSeries(m1.mean, m2.mean));
      const ok = p.value > 0 && within(p.timeH, 48, 120);
      return clause(ok, `M1+M2 peak ${num(p.value)} cells/mm² at ${hours(p.timeH)}`);
    },
    () => {
      const m1 = at(r.metric(FIRST_WEEK, 'macrophages_m1'), 7 * DAY_H);
      const m2 = at(r.metric(FIRST_WEEK, 'macrophages_m2'), 7 * DAY_H);
      return clause(m2 > m1, `day 7: M2 ${num(m2)} vs M1 ${num(m1)} cells/mm²`);
    },
  ],
});

const T3 = defineTarget({
  id: 'T3',
  title: 'reepithelialisation ≥ 0.9 by 24 h; epidermis_restored ≥ 0.95 by day 7',
  source:
    'TARGETS.md [3a]; EVIDENCE §3a, §6.3: basal-layer continuity over a ~100 µm micro-zone at 24 h and complete ' +
    'epidermal regeneration by day 7 (Laubach et al., Lasers Surg Med 2006); near-complete epidermal recovery ' +
    'at day 5 in a 3-D skin model after microneedling (Schmitt et al., PLoS One 2018)',
  expected: 'reepithelialisation reaches 0.9 by 24 h; epidermis_restored reaches 0.95 by 168 h',
  tolerance: 'as TARGETS.md words it; "by" = the first time the value is back at the threshold after the injury',
  basis: {
    kind: 'calibrated',
    how:
      'closure time emerges per channel as lag + basal-layer gap / sheet speed (the gap from the cone geometry), ' +
      'but the sheet speed and restoration time constant are derived from Laubach 2006’s 24 h / day-7 micro-wound ' +
      'data, the data T3 reads',
  },
  runs: [FIRST_WEEK],
  clauses: (r) => [
    () => {
      const b = r.metric(FIRST_WEEK, 'reepithelialisation');
      const t = recoveryTime(b.t, b.mean, 0.9);
      return clause(within(t, 0, 24), `reepithelialisation 0.9 at ${hours(t)}`);
    },
    () => {
      const b = r.metric(FIRST_WEEK, 'epidermis_restored');
      const t = recoveryTime(b.t, b.mean, 0.95);
      return clause(within(t, 0, 7 * DAY_H), `epidermis_restored 0.95 at ${hours(t)}`);
    },
  ],
});

const T4 = defineTarget({
  id: 'T4',
  title: 'barrier ≥ 0.9 by 72 h at every needle length; the time to reach 0.9 is longer at 1.5 mm than at 0.5 mm',
  source:
    'TARGETS.md [2c]; EVIDENCE §2c, §6.1: face barrier recovered within 72 h (Dermatol Surg 2012;38:1816); the ' +
    '1.5 mm pen gave the highest and longest-lasting TEWL, 0.5 mm only slightly raised through 48 h (Sasaki, ' +
    'Aesthet Surg J Open Forum 2019, PMC7671250)',
  expected: `barrier back at 0.9 within 72 h at ${BARRIER_LENGTHS_MM.join(', ')} mm; t(1.5 mm) > t(0.5 mm)`,
  tolerance:
    'as TARGETS.md words it; "every needle length" is sampled at the six lengths listed, covering 0.25–2.5 mm; ' +
    '"longer" is strict, on crossing times interpolated between hourly samples',
  basis: {
    kind: 'emergent',
    how:
      'barrier = water loss through the unsealed opening area; a channel seals (lamellar-body lipid, assumed τ) ' +
      'only behind the keratinocyte cover, and deeper channels leave a wider gap at the basal layer (cone ' +
      'geometry), so they seal later; no parameter was fitted to the 72 h bound or the depth order',
  },
  runs: BARRIER_LENGTHS_MM.map((length) => atLength(length, 7)),
  clauses: (r) => {
    const recovery = (length: number) => {
      const b = r.metric(atLength(length, 7), 'barrier');
      return recoveryTime(b.t, b.mean, 0.9);
    };
    return [
      () => {
        const times = BARRIER_LENGTHS_MM.map(recovery);
        const text = BARRIER_LENGTHS_MM.map((length, i) => `${mm(length)} ${hours(times[i])}`).join(', ');
        return clause(
          times.every((t) => within(t, 0, 72)),
          `0.9 at ${text}`,
        );
      },
      () => {
        const deep = recovery(1.5);
        const shallow = recovery(0.5);
        const ok = deep !== undefined && shallow !== undefined && deep > shallow;
        return clause(ok, `1.5 mm ${hours(deep)} vs 0.5 mm ${hours(shallow)}`);
      },
    ];
  },
});

const T5 = defineTarget({
  id: 'T5',
  title:
    'channel_patency halves within 12–30 h and is below 0.1 by 72 h; patency outlasts the barrier deficit’s ' +
    'first half-recovery',
  source:
    'TARGETS.md [2c]; EVIDENCE §2c, §6.2, §7: human micropore closure half-life 20–26 h, closure 58–63 h ' +
    '(impedance, PMC8259462); pores close after the barrier: TEWL back in 4–5 h but calcein pores open to ' +
    '12–18 h (Kalluri et al., AAPS J 2011), pores open at 24 h after TEWL normalised (Donnelly et al. 2014)',
  expected: 'patency 0.5 at 12–30 h; < 0.1 at 72 h; patency half-time later than the barrier deficit’s half-recovery',
  tolerance:
    'as TARGETS.md words it. "Outlasts" is compared half-life to half-life: the time patency falls to 0.5 must ' +
    'come after the time the barrier deficit (1 − barrier) has fallen to half its peak. A barrier that never ' +
    'dips fails that clause: a 1.5 mm session must open the barrier (Sasaki 2019)',
  basis: {
    kind: 'calibrated',
    how:
      'lumen closes by partial recoil and radial infill (keratinocytes in the epidermis, fibrin and cells in ' +
      'the dermis); the dermal infill speed (dermal_lumen_infill_um_h) is calibrated to the half-time window; ' +
      'the order against the barrier emerges',
  },
  runs: [FIRST_WEEK],
  clauses: (r) => {
    const patencyHalfTime = () => {
      const b = r.metric(FIRST_WEEK, 'channel_patency');
      return crossingTime(b.t, b.mean, 0.5, 'fall', b.t[1]);
    };
    return [
      () => {
        const t = patencyHalfTime();
        return clause(within(t, 12, 30), `patency 0.5 at ${hours(t)}`);
      },
      () => {
        const v = at(r.metric(FIRST_WEEK, 'channel_patency'), 72);
        return clause(v < 0.1, `72 h: ${num(v)}`);
      },
      () => {
        const barrier = r.metric(FIRST_WEEK, 'barrier');
        const deficit = barrier.mean.map((v) => 1 - v);
        const worst = peakOf(barrier.t, deficit);
        if (!(worst.value > 0)) return clause(false, 'barrier never fell', 'the session did not open the barrier');
        const halfRecovered = crossingTime(barrier.t, deficit, worst.value / 2, 'fall', worst.timeH);
        const lumenHalf = patencyHalfTime();
        const ok = lumenHalf !== undefined && (halfRecovered === undefined ? false : lumenHalf > halfRecovered);
        return clause(ok, `barrier deficit half-recovered at ${hours(halfRecovered)} vs lumen ${hours(lumenHalf)}`);
      },
    ];
  },
});

/** T5a: the needle lengths compared (the pen's 0.5 and 1.5 mm settings, as Sasaki 2019 used). */
const PORE_SHALLOW_MM = 0.5;
const PORE_DEEP_MM = 1.5;

/** Time for channel_patency to fall to 0.5 after the session (undefined: never). */
function patencyHalfTimeOf(r: RunResults, spec: RunSpec): number | undefined {
  const b = r.metric(spec, 'channel_patency');
  return crossingTime(b.t, b.mean, 0.5, 'fall', b.t[1]);
}

/**
 * T5a tolerance. Kalluri 2011 measured pore closure at 12 h for a 370 µm and 18 h for a 770 µm roller (×1.5, rat),
 * but the two rollers' channels differ in more than depth (≈ 74 vs 152 µm: one stays in the epidermis, the other
 * reaches the dermis; calcein reads the surface pore), and human micropore data (PMC8259462) are not stratified by
 * depth. So the evidence supports the direction, not the size, for pen channels that all reach the dermis: the
 * deeper channel's half-time must be at least ×1.1 (above seed noise) and at most proportional to depth (×3.9 —
 * the pen's 1.5 mm channel is ≈ 3.9× as deep as its 0.5 mm one): closure that grew faster than depth would mean the
 * deep part fills slower than the surface, which no measurement shows. (Was ≥ ×1.5 until the epidermal pore got
 * its own, slower infill calibrated on the human half-life: see epidermal_lumen_infill_um_h.)
 */
const PORE_DEPTH_RATIO_MIN = 1.1;
const PORE_DEPTH_RATIO_MAX = 3.9;

const T5a = defineTarget({
  id: 'T5a',
  title: 'Pores of deeper channels close later: patency half-time at 1.5 mm ×1.1–3.9 that at 0.5 mm',
  source:
    'EVIDENCE §2c, §7: calcein pores closed at 12 h (370 µm roller) vs 18 h (770 µm roller) in rat (Kalluri et ' +
    'al., AAPS J 2011, PMC3160154); human micropore closure half-life 20–26 h, closed by ~60 h (PMC8259462)',
  expected: `t½(${PORE_DEEP_MM} mm) / t½(${PORE_SHALLOW_MM} mm) in [${PORE_DEPTH_RATIO_MIN}, ${PORE_DEPTH_RATIO_MAX}]`,
  tolerance:
    'the direction Kalluri measured (×1.5 between rollers whose channels differ in more than depth), so at least ' +
    '×1.1 above seed noise; at most proportional to the depth ratio (×3.9); ' +
    'half-times interpolated between hourly samples',
  basis: {
    kind: 'emergent',
    how:
      'a deeper channel has more dermis, filled by slow infill, under the same epidermal pore; the infill speeds ' +
      'were calibrated on the 1.5 mm channel (T5) and the human pore half-life, not on this ratio',
  },
  runs: [atLength(PORE_SHALLOW_MM, 7), atLength(PORE_DEEP_MM, 7)],
  clauses: (r) => [
    () => {
      const shallow = patencyHalfTimeOf(r, atLength(PORE_SHALLOW_MM, 7));
      const deep = patencyHalfTimeOf(r, atLength(PORE_DEEP_MM, 7));
      if (shallow === undefined || deep === undefined) return clause(false, `t½ ${hours(shallow)} / ${hours(deep)}`);
      return ratioClause(
        `t½ ${hours(deep)} vs ${hours(shallow)}:`,
        deep / shallow,
        PORE_DEPTH_RATIO_MIN,
        PORE_DEPTH_RATIO_MAX,
      );
    },
  ],
});

/**
 * T5b: a positive control for slow closure. The model has no occlusion option, so the wider opening stands in:
 * a needle that leaves a 140 µm opening (its base width, no recoil; EVIDENCE §2b gives 50–250 µm across
 * devices) instead of 70 µm. Radial infill takes about radius / speed, so the lumen should take up to twice as
 * long (×1.3–2.5: 1.3 so seed noise is not read as slowing, 2.5 as ×2 plus margin), and the keratinocyte front
 * has a wider gap to cross (≥ 10 % later).
 */
const WIDE_OPENING = reference(7, { channel_surface_diameter_um: 140 });

const T5b = defineTarget({
  id: 'T5b',
  title: 'Positive control for slow closure: a twice-wider opening closes later (lumen ×1.3–2.5, cover ≥ ×1.1)',
  source:
    'EVIDENCE §2b, §2c: channel openings 50–250 µm across devices; occlusion and larger pores delay closure ' +
    '(Kalluri 2011; PMC8259462). Mechanism check, not a measured ratio',
  expected: 'patency half-time ×1.3–2.5 and reepithelialisation time to 0.9 ≥ ×1.1 vs the 70 µm reference',
  tolerance: 'radial closure scales with the radius (×2 at most, plus margin); 10 % floor above seed noise',
  basis: {
    kind: 'emergent',
    how: 'nothing is fitted to the opening width: infill and the keratinocyte front both have further to go',
  },
  runs: [WIDE_OPENING, FIRST_WEEK],
  clauses: (r) => [
    () => {
      const wide = patencyHalfTimeOf(r, WIDE_OPENING);
      const normal = patencyHalfTimeOf(r, FIRST_WEEK);
      if (wide === undefined || normal === undefined) return clause(false, `t½ ${hours(wide)} / ${hours(normal)}`);
      return ratioClause(`lumen t½ ${hours(wide)} vs ${hours(normal)}:`, wide / normal, 1.3, 2.5);
    },
    () => {
      const cover = (spec: RunSpec) => {
        const b = r.metric(spec, 'reepithelialisation');
        return recoveryTime(b.t, b.mean, 0.9);
      };
      const wide = cover(WIDE_OPENING);
      const normal = cover(FIRST_WEEK);
      if (wide === undefined || normal === undefined) return clause(false, `cover ${hours(wide)} / ${hours(normal)}`);
      return ratioClause(`cover ${hours(wide)} vs ${hours(normal)}:`, wide / normal, 1.1, Infinity);
    },
  ],
});

/**
 * T6 "exceeds baseline": the treated-zone mean must rise ≥ 1 % above its pre-treatment value. Why 1 %: below
 * it a rise is within the seed-to-seed scatter of a 3-seed mean of a block-scale average, so it would not
 * count as "detectable" collagen III (Gay 1978 detected it at 24–48 h).
 */
const COLLAGEN_RISE_FRACTION = 0.01;

const T6 = defineTarget({
  id: 'T6',
  title:
    'Collagen III rises first: collagen_iii_tz exceeds baseline within 48 h; its excess peaks before collagen_i_tz’s',
  source:
    'TARGETS.md [3b]; EVIDENCE §3b, §6.6: collagen III detectable at 24–48 h, collagen I rises from 72 h ' +
    '(Gay et al., Acta Chir Scand 1978, PMID 360747); collagen III up at day 7 in micro-wounds (Laubach 2006)',
  expected: `collagen_iii_tz > ${1 + COLLAGEN_RISE_FRACTION}× baseline by 48 h; its peak before collagen_i_tz’s (6 months)`,
  tolerance:
    '"exceeds baseline" = at least 1 % above the pre-treatment value (smaller rises are within seed scatter); ' +
    'peaks are compared over 6 months, and collagen I must exceed baseline by the same 1 % to have an excess',
  basis: {
    kind: 'emergent',
    how:
      'no clock in the cell: the collagen III share of new collagen follows how crowded the cell’s neighbourhood ' +
      'is (III-rich granulation matrix where division is still filling the tissue, the resting 15 % where it has ' +
      'reached the crowding limit; share 0.5 assumed, not tuned), and MMPs cut type III twice as fast as type I ' +
      '(direction Welgus 1981, fold assumed). III first and its earlier peak follow from proliferation, contact ' +
      'inhibition and turnover; the peaks are close (about a day apart at 3 seeds), so the order is fragile',
  },
  runs: [MONTH_6],
  clauses: (r) => [
    () => {
      const b = r.metric(MONTH_6, 'collagen_iii_tz');
      const t = crossingTime(b.t, b.mean, baselineOf(b) * (1 + COLLAGEN_RISE_FRACTION), 'rise', b.t[1]);
      return clause(within(t, 0, 48), `collagen_iii_tz above baseline at ${hours(t)}`);
    },
    () => {
      const c3 = r.metric(MONTH_6, 'collagen_iii_tz');
      const c1 = r.metric(MONTH_6, 'collagen_i_tz');
      const p3 = peak(c3);
      const p1 = peak(c1);
      const days = (h: number) => `day ${num(h / DAY_H)}`;
      const text = `excess peaks: III ${days(p3.timeH)}, I ${days(p1.timeH)}`;
      if (p1.value < baselineOf(c1) * (1 + COLLAGEN_RISE_FRACTION)) {
        return clause(false, text, 'collagen_i_tz never exceeds baseline');
      }
      return clause(p3.timeH < p1.timeH, text);
    },
  ],
});

const T7 = defineTarget({
  id: 'T7',
  title: 'Myofibroblasts present at day 7 and below 20 % of their peak by day 30',
  source:
    'TARGETS.md [3a], [3b]; EVIDENCE §3a, §3b, §6.7: α-SMA⁺ myofibroblasts at day 7 (Laubach 2006); peak ' +
    '~day 10–15, gone by ~day 30 (Darby et al. 1990, recalled); cleared by apoptosis (Desmoulière et al. 1995)',
  expected: 'myofibroblasts > 0 at day 7; at day 30 < 20 % of the peak over days 0–30',
  tolerance: '"present" = a non-zero mean over seeds (one agent in the 1 mm² block is ≥ 1 cell/mm²)',
  basis: {
    kind: 'calibrated',
    how:
      'myofibroblast onset, hazard and half-life chosen for this window; their fall also follows TGF-β1 vs the ' +
      'TGF-β3 that activated fibroblasts release, and reversion once effective TGF-β1 falls',
  },
  runs: [DAY_30],
  clauses: (r) => [
    () => {
      const v = at(r.metric(DAY_30, 'myofibroblasts'), 7 * DAY_H);
      return clause(v > 0, `day 7: ${num(v)} cells/mm²`);
    },
    () => {
      const b = r.metric(DAY_30, 'myofibroblasts');
      const p = peak(b);
      const fraction = at(b, 30 * DAY_H) / p.value;
      return clause(
        fraction < 0.2,
        `peak ${num(p.value)} at day ${num(p.timeH / DAY_H)}; day 30: ${percent(fraction)}`,
      );
    },
  ],
});

/** Myofibroblast share of the lineage: at most this at any time, and below MYO_SHARE_LATE 4 weeks after the last session. */
const MYO_SHARE_MAX = 0.2;
const MYO_SHARE_LATE = 0.05;
/** Lineage (fibroblasts + myofibroblasts) 8 weeks after the last session, × its pre-treatment value. */
const LINEAGE_BAND = [0.7, 1.5] as const;

const L1 = defineTarget({
  id: 'L1',
  title:
    'Repeated sessions keep the fibroblast lineage: 6 sessions 14 days apart and 12 weekly sessions (1.5 mm) — ' +
    'myofibroblasts stay a minority, and 8 weeks after the last session the lineage is back near its resting ' +
    'size and alignment_tz within 0.1 of baseline',
  source:
    'EVIDENCE §3b: α-SMA⁺ myofibroblasts are transient in normal healing and removed by apoptosis (Desmoulière ' +
    'et al. 1995); their persistence defines fibrosis and hypertrophic scars (Hinz, J Invest Dermatol 2007); ' +
    'repeated needling (El-Domyati 2015: 6 sessions 2 weeks apart) heals without fibrosis (Laubach 2006 for ' +
    'fractional micro-wounds)',
  expected:
    `myofibroblasts ≤ ${percent(MYO_SHARE_MAX)} of the lineage throughout and < ${percent(MYO_SHARE_LATE)} 4 weeks ` +
    `after the last session; lineage ${LINEAGE_BAND[0]}–${LINEAGE_BAND[1]}× baseline and |Δ alignment_tz| ≤ 0.1 ` +
    `${LINEAGE_FOLLOW_UP_DAYS} days after the last session`,
  tolerance:
    'the literature gives no per-mm² bound for micro-wounds; 20 % of the whole block’s lineage is well above the ' +
    'transient share of normal healing and well below the majority of fibrotic tissue. The lineage band allows ' +
    'for granulation-tissue excess still being pruned (half-life 10 days) and counting noise',
  basis: {
    kind: 'emergent',
    how:
      'the share follows from TGF-β1 vs TGF-β3, myofibroblast apoptosis and reversion, and the lineage size from ' +
      'contact-inhibited division, crowding apoptosis and pruning; no rule names the share or the protocol',
  },
  runs: REPEATED_PROTOCOLS.map((p) => p.spec),
  clauses: (r) =>
    REPEATED_PROTOCOLS.flatMap((p) => {
      const name = `${p.sessions}×${p.lastDay / (p.sessions - 1)} d`;
      const fib = () => r.metric(p.spec, 'fibroblasts');
      const myo = () => r.metric(p.spec, 'myofibroblasts');
      const share = (h: number) => {
        const m = at(myo(), h);
        return m / (m + at(fib(), h));
      };
      return [
        () => {
          const f = fib();
          const m = myo();
          let worst = 0;
          for (let k = 0; k < f.t.length; k++) {
            const lineage = f.mean[k]! + m.mean[k]!;
            if (lineage > 0) worst = Math.max(worst, m.mean[k]! / lineage);
          }
          const late = share((p.lastDay + 28) * DAY_H);
          return clause(
            worst <= MYO_SHARE_MAX && late < MYO_SHARE_LATE,
            `${name}: myofibroblast share max ${percent(worst)}, ${percent(late)} 4 weeks after the last`,
          );
        },
        () => {
          const h = (p.lastDay + LINEAGE_FOLLOW_UP_DAYS) * DAY_H;
          const lineage = (at(fib(), h) + at(myo(), h)) / (baselineOf(fib()) + baselineOf(myo()));
          const a = r.metric(p.spec, 'alignment_tz');
          const change = at(a, h) - baselineOf(a);
          return clause(
            within(lineage, LINEAGE_BAND[0], LINEAGE_BAND[1]) && Math.abs(change) <= 0.1,
            `${name}: lineage ×${num(lineage)}, alignment ${num(baselineOf(a))} → ${num(at(a, h))}`,
          );
        },
      ];
    }),
});

const T8 = defineTarget({
  id: 'T8',
  title: 'vessels_tz overshoots to ≥ 1.5 between day 5 and day 14, then regresses to ≤ 1.2 by day 42',
  source:
    'TARGETS.md [3b]; EVIDENCE §3b, §6.8: capillary content peaks at ≥ 3× normal, then is pruned (DiPietro, ' +
    'Curr Opin Rheumatol 2013); first vessels day 7, peak day 7–14, permeability normal by day 28 (PMC2739287)',
  expected: 'max over days 5–14 ≥ 1.5; day 42 ≤ 1.2',
  tolerance: 'as TARGETS.md words it (micro-channels may overshoot less than the ≥ 3× of excisional wounds)',
  basis: { kind: 'calibrated', how: 'VEGF sprouting and pruning rates chosen for the overshoot and regression' },
  runs: [DAY_42],
  clauses: (r) => [
    () => {
      const p = peak(r.metric(DAY_42, 'vessels_tz'), 5 * DAY_H, 14 * DAY_H);
      return clause(p.value >= 1.5, `days 5–14 max ${num(p.value)} (day ${num(p.timeH / DAY_H)})`);
    },
    () => {
      const v = at(r.metric(DAY_42, 'vessels_tz'), 42 * DAY_H);
      return clause(v <= 1.2, `day 42: ${num(v)}`);
    },
  ],
});

const T9 = defineTarget({
  id: 'T9',
  title: 'erythema falls below 20 % of its peak within 72 h',
  source:
    'TARGETS.md [2f]; EVIDENCE §2f, §6.12: erythema and oedema resolve in 3–6 h (Hong Kong J Dermatol Venereol ' +
    '2018), < 48 h (Donnelly et al. 2014), 2–3 days (Minutilli, J Drugs Dermatol 2024)',
  expected: 'after its peak, erythema < 20 % of peak by 72 h',
  tolerance: 'as TARGETS.md words it; the peak is searched over the first week',
  basis: { kind: 'calibrated', how: 'redness follows perfusion and injury signal with a chosen decay' },
  runs: [FIRST_WEEK],
  clauses: (r) => [
    () => {
      const b = r.metric(FIRST_WEEK, 'erythema');
      const p = peak(b);
      if (!(p.value > 0)) return clause(false, 'no erythema', 'erythema never rose');
      const t = crossingTime(b.t, b.mean, 0.2 * p.value, 'fall', p.timeH);
      return clause(within(t, 0, 72), `peak ${num(p.value)} at ${hours(p.timeH)}; < 20 % at ${hours(t)}`);
    },
  ],
});

/**
 * T10 "collagen_i + collagen_iii": total collagen content relative to before, i.e. the two relative metrics
 * weighted by their share of normal dermal collagen, ~85 % type I and ~15 % type III (EVIDENCE §1c: 80–90 % and
 * 10–15 %). An unweighted mean would let a rise of the minor type III count as much as one of type I.
 */
const TYPE_I_SHARE = 0.85;

const T10 = defineTarget({
  id: 'T10',
  title:
    '4 sessions 4 weeks apart at 1.5 mm, 3 months after the last: collagen I+III above baseline but not more ' +
    'than doubled; epidermal_thickness up 10–50 %',
  source:
    'TARGETS.md [2e]; EVIDENCE §2e, §6.10, §7: 3 months after 4 monthly sessions dermal density +102 %, ' +
    'epidermal density +19 % (Aesthet Surg J 2021, PMID 33656167); stratum spinosum +40 % at 1 year (Aust et ' +
    'al., Plast Reconstr Surg 2008); the "400 %" claim is marketing-grade and must not appear',
  expected: `day ${T10_MEASURE_DAY}: total collagen in (1, 2]; epidermal_thickness in [1.1, 1.5]`,
  tolerance:
    `bounds as TARGETS.md words them; total collagen = ${TYPE_I_SHARE}·collagen_i + ${num(1 - TYPE_I_SHARE)}·` +
    'collagen_iii (their shares of normal dermal collagen, EVIDENCE §1c), each relative to its own t = 0 value',
  basis: {
    kind: 'calibrated',
    how:
      'collagen synthesis rate per fibroblast (collagen_synthesis_rate_per_h) set to this window; what stays at ' +
      'day 174 also follows MMP/TIMP balance, cross-linking and homeostatic turnover (assumed, not fitted)',
  },
  runs: [FOUR_MONTHLY_SESSIONS],
  clauses: (r) => {
    const hour = T10_MEASURE_DAY * DAY_H;
    const relative = (key: string) => {
      const b = r.metric(FOUR_MONTHLY_SESSIONS, key);
      return at(b, hour) / baselineOf(b);
    };
    return [
      () => {
        const c1 = relative('collagen_i');
        const c3 = relative('collagen_iii');
        const total = TYPE_I_SHARE * c1 + (1 - TYPE_I_SHARE) * c3;
        return clause(total > 1 && total <= 2, `collagen ×${num(total)} (I ×${num(c1)}, III ×${num(c3)})`);
      },
      () => ratioClause('epidermal_thickness', relative('epidermal_thickness'), 1.1, 1.5),
    ];
  },
});

/**
 * T10a: the epidermis a year after a course. Aust 2008 found the stratum spinosum +40 % (and normal rete ridges)
 * 1 year after treatment (histology of 20 patients, 1–4 sessions). The course here is T10's (4 sessions 28 days
 * apart), read 1 year after the last session. Tolerance ±50 % of the gain (+20 … +60 %): the spinosum is most,
 * not all, of the viable epidermis, the protocol varied between patients, and 20 biopsies give a rough mean.
 */
const ONE_YEAR_MEASURE_DAY = (T10_SESSIONS - 1) * T10_INTERVAL_DAYS + 365;
const FOUR_MONTHLY_SESSIONS_ONE_YEAR = reference(ONE_YEAR_MEASURE_DAY, {
  sessions: T10_SESSIONS,
  interval_days: T10_INTERVAL_DAYS,
});

const T10a = defineTarget({
  id: 'T10a',
  title: '1 year after 4 monthly 1.5 mm sessions: epidermal_thickness up 20–60 % (stratum spinosum +40 %)',
  source:
    'EVIDENCE §2e: stratum spinosum +40 % and normal rete ridges 1 year after percutaneous collagen induction ' +
    '(Aust et al., Plast Reconstr Surg 2008;121:1421); KGF/FGF7 and EGF raised after needling (Aust 2011, rat)',
  expected: `day ${ONE_YEAR_MEASURE_DAY}: epidermal_thickness in [1.2, 1.6] of its t = 0 value`,
  tolerance:
    '±50 % of the +40 % gain: spinosum ≈ most of the viable epidermis, mixed 1–4-session protocols, 20 biopsies',
  basis: {
    kind: 'calibrated',
    how:
      'papillary fibroblast growth factors expand a basal keratinocyte pool that the epidermis follows; the ' +
      'proliferative gain and the pool’s return time are calibrated to T10 (3 months) and this target (1 year)',
  },
  runs: [FOUR_MONTHLY_SESSIONS_ONE_YEAR],
  clauses: (r) => [
    () => {
      const b = r.metric(FOUR_MONTHLY_SESSIONS_ONE_YEAR, 'epidermal_thickness');
      return ratioClause('epidermal_thickness', at(b, ONE_YEAR_MEASURE_DAY * DAY_H) / baselineOf(b), 1.2, 1.6);
    },
  ],
});

const E1 = defineTarget({
  id: 'E1',
  title:
    'Elastin: after 6 sessions 2 weeks apart total elastin is down and tropoelastin up; 3 months after 4 ' +
    'monthly sessions elastin is unchanged (within 10 %)',
  source:
    'EVIDENCE §2e, §7: total elastin ↓ after 6 sessions at 2-week intervals (El-Domyati et al. 2015, with ' +
    'tropoelastin ↑); elastin protein unchanged 3 months after 4 monthly sessions (Aesthet Surg J 2021, PMID ' +
    '33656167); the "400 %" elastin claim is marketing-grade',
  expected:
    `6 × 14 d, day ${EL_DOMYATI_READ_DAY}: elastin < 1× baseline and tropoelastin > 0; 4 × 28 d, day ` +
    `${T10_MEASURE_DAY}: elastin in [0.9, 1.1]`,
  tolerance:
    '"down" = below the pre-treatment value; "unchanged" = within ±10 % (the ASJ study found no significant ' +
    'change). ASJ 2021 also found elastin mRNA up at 3 months; the model has no mRNA, and its tropoelastin ' +
    'is cleared within weeks of the last session, so that finding is not tested',
  basis: {
    kind: 'emergent',
    how:
      'activated fibroblasts secrete tropoelastin, little of which is assembled (assumed efficiency 0.1); ' +
      'neutrophil elastase and MMPs of each session degrade mature elastin. No rule names a protocol',
  },
  runs: [EL_DOMYATI.spec, FOUR_MONTHLY_SESSIONS],
  clauses: (r) => [
    () => {
      const h = EL_DOMYATI_READ_DAY * DAY_H;
      const e = r.metric(EL_DOMYATI.spec, 'elastin');
      const ratio = at(e, h) / baselineOf(e);
      const tropo = at(r.metric(EL_DOMYATI.spec, 'tropoelastin'), h);
      return clause(ratio < 1 && tropo > 0, `6 × 14 d: elastin ×${num(ratio)}, tropoelastin ${num(tropo)}`);
    },
    () => {
      const e = r.metric(FOUR_MONTHLY_SESSIONS, 'elastin');
      return ratioClause('4 × 28 d: elastin', at(e, T10_MEASURE_DAY * DAY_H) / baselineOf(e), 0.9, 1.1);
    },
  ],
});

const T11 = defineTarget({
  id: 'T11',
  title: 'new_collagen at day 42 rises monotonically with needle length over 0.25, 0.5, 1.0, 1.5, 2.0 mm',
  source:
    'TARGETS.md [2d]; EVIDENCE §2d: deeper settings are chosen for dermal remodelling (acne scars median 1.5 mm, ' +
    'Harris et al. 2015) and 0.25–0.5 mm for delivery and "skin quality" (Singh & Yadav 2016)',
  expected: 'mean new_collagen at day 42 strictly increasing with needle length',
  tolerance: 'as TARGETS.md words it: strictly increasing means over the seeds run (3 by default)',
  basis: {
    kind: 'emergent',
    how: 'deeper channels injure more dermis, which recruits and activates more fibroblasts; no rule names needle length',
  },
  runs: DOSE_LENGTHS_MM.map((length) => atLength(length, 42)),
  clauses: (r) => [
    () => {
      const values = DOSE_LENGTHS_MM.map((length) => at(r.metric(atLength(length, 42), 'new_collagen'), 42 * DAY_H));
      const increasing = values.every((v, i) => i === 0 || v > values[i - 1]!);
      const text = DOSE_LENGTHS_MM.map((length, i) => `${mm(length)} ${num(values[i]!)}`).join(', ');
      return clause(increasing, `${text} µg/mm²`);
    },
  ],
});

const T12 = defineTarget({
  id: 'T12',
  title: 'Clinical lag: at 6 months, over half of the mature collagen I gained was laid down after day 28',
  source:
    'TARGETS.md [2e]; EVIDENCE §2e, §6.11: acne-scar improvement not significant at 3 months but significant ' +
    'at 6 months (Alam et al., JAMA Dermatol 2014)',
  expected: 'collagen_i(180 d) − collagen_i(28 d) > ½ × (collagen_i(180 d) − collagen_i(0)), with a gain > 0',
  tolerance: 'as TARGETS.md words it; read on collagen_i_mature, the whole block’s cross-linked type I',
  basis: {
    kind: 'emergent',
    how:
      'new fibres of each type are made while fibroblasts stay active (weeks) and become mature only as lysyl ' +
      'oxidase cross-links them (assumed 30-day half-time, not fitted); no type is relabelled',
  },
  runs: [MONTH_6],
  clauses: (r) => [
    () => {
      const b = r.metric(MONTH_6, 'collagen_i_mature');
      const gain = at(b, 180 * DAY_H) - baselineOf(b);
      const late = at(b, 180 * DAY_H) - at(b, 28 * DAY_H);
      if (!(gain > 0)) return clause(false, `gain ${num(gain)}`, 'no collagen I gained by 6 months');
      return clause(late > 0.5 * gain, `gain +${num(gain)}; ${percent(late / gain)} of it after day 28`);
    },
  ],
});

const T13 = defineTarget({
  id: 'T13',
  title: 'Micro-channels heal without a scar: alignment_tz at day 90 within 0.1 of its pre-treatment value',
  source:
    'TARGETS.md [3a]; EVIDENCE §3a, §6.4: no residual dermal fibrosis 3 months after fractional micro-injury ' +
    '(Laubach 2006); scar-like alignment belongs to mm-scale wounds (Olsen et al. 1998; Rouillard & Holmes 2012)',
  expected: '|alignment_tz(day 90) − alignment_tz(0)| ≤ 0.1',
  tolerance: 'as TARGETS.md words it',
  basis: {
    kind: 'emergent',
    how:
      'alignment follows deposition along cell headings and contact rotation (blunted by TGF-β3), and relaxes ' +
      'by homeostatic turnover in the basket weave; A1 is its positive control',
  },
  runs: [DAY_90],
  clauses: (r) => [
    () => {
      const b = r.metric(DAY_90, 'alignment_tz');
      const change = at(b, 90 * DAY_H) - baselineOf(b);
      return clause(Math.abs(change) <= 0.1, `${num(baselineOf(b))} → ${num(at(b, 90 * DAY_H))}`);
    },
  ],
});

/** A1: a positive control — what must raise alignment, and what must lower it — at day 42. */
const ALIGNMENT_DAYS = 42;
const SCARRING = reference(ALIGNMENT_DAYS, { keloid_tendency: true, fibroblast_tgf_beta3_per_h: 0 });
const NO_TGF_BETA3 = reference(ALIGNMENT_DAYS, { fibroblast_tgf_beta3_per_h: 0 });
/** The smallest difference in alignment_tz that counts as "raised" or "lowered" (above seed scatter). */
const ALIGNMENT_RISE = 0.01;

const A1 = defineTarget({
  id: 'A1',
  title:
    'Alignment has a positive control: sustained TGF-β1 without TGF-β3 (keloid tendency) raises alignment_tz ' +
    'over the reference; the TGF-β3 of activated fibroblasts lowers it',
  source:
    'Scar fibres are aligned where mm-scale wounds heal under TGF-β1 (Olsen et al. 1998; Rouillard & Holmes ' +
    '2012); TGF-β3 improves the architecture of new matrix and reduces scarring (Shah et al., J Cell Sci 1995); ' +
    'hypertrophic-scar fibroblasts make more TGF-β1 (Wang et al. 2000)',
  expected:
    `day ${ALIGNMENT_DAYS}: alignment_tz(keloid, no TGF-β3) ≥ reference + ${ALIGNMENT_RISE}; ` +
    `alignment_tz(reference) ≤ alignment_tz(no TGF-β3) − ${ALIGNMENT_RISE}`,
  tolerance:
    'the direction is what the evidence gives; +0.01 is above seed scatter of the block mean. Scenario: keloid ' +
    'tendency with fibroblast_tgf_beta3_per_h = 0; and fibroblast_tgf_beta3_per_h = 0 alone (the reference ' +
    'patient without fibroblast TGF-β3)',
  basis: {
    kind: 'emergent',
    how:
      'alignment follows deposition along cell headings and contact rotation, which effective TGF-β1 drives ' +
      '(via myofibroblasts) and TGF-β3 blunts; no rule names alignment_tz',
  },
  runs: [DAY_42, SCARRING, NO_TGF_BETA3],
  clauses: (r) => {
    const h = ALIGNMENT_DAYS * DAY_H;
    const alignment = (spec: RunSpec) => at(r.metric(spec, 'alignment_tz'), h);
    return [
      () => {
        const ref = alignment(DAY_42);
        const scar = alignment(SCARRING);
        return clause(scar >= ref + ALIGNMENT_RISE, `reference ${num(ref)}, keloid without TGF-β3 ${num(scar)}`);
      },
      () => {
        const ref = alignment(DAY_42);
        const without = alignment(NO_TGF_BETA3);
        return clause(ref <= without - ALIGNMENT_RISE, `reference ${num(ref)}, without TGF-β3 ${num(without)}`);
      },
    ];
  },
});

// ───────────────────────────── P1–P5: patient factors (EVIDENCE §5, §6.13–6.15) ─────────────────────────────
// Each compares a patient with the reference patient on the same seeds. Collagen is compared at day 42, the
// dose-response horizon of T11; early events (re-epithelialisation, vessels) over the first weeks.

const COMPARE_DAYS = 42;
/** The reference patient over the comparison horizon (the same run as T8’s). */
const REFERENCE_PATIENT = reference(COMPARE_DAYS);
const patient = (overrides: RunSpec['overrides'], days = COMPARE_DAYS) => reference(days, overrides);

const AGE_80 = patient({ age_years: 80 });
const SMOKER = patient({ smoker: true });
const DIABETES = patient({ diabetes: true });
const KELOID = patient({ keloid_tendency: true }, 90);
const SKIN_TYPES = { I: 1, II: 2, V: 5, VI: 6 } as const;
const skinType = (type: number) => reference(7, { fitzpatrick: type });

/** new_collagen at day 42 of a patient relative to the reference patient. */
function collagenRatio(r: RunResults, spec: RunSpec, day = COMPARE_DAYS): number {
  const base = r.metric(REFERENCE_PATIENT, 'new_collagen');
  return at(r.metric(spec, 'new_collagen'), day * DAY_H) / at(base, day * DAY_H);
}

/** Re-epithelialisation time to 0.9 of a patient relative to the reference patient (undefined: never). */
function reepithelialisationRatio(r: RunResults, spec: RunSpec): number {
  const time = (s: RunSpec) => {
    const b = r.metric(s, 'reepithelialisation');
    return recoveryTime(b.t, b.mean, 0.9);
  };
  const patientTime = time(spec);
  const referenceTime = time(REFERENCE_PATIENT);
  if (patientTime === undefined || referenceTime === undefined) return NaN;
  return patientTime / referenceTime;
}

/**
 * P1 tolerances. Re-epithelialisation: Holt 1992 measured +1.9 days for a 2 × 2 cm split-thickness wound that
 * takes on the order of 1–2 weeks (≈ +15–30 %); a micro-channel that closes within a day should slow by a
 * similar fraction, not by days. We require 5–60 % later: 5 % so that seed noise is not read as a delay, 60 %
 * as twice the upper estimate. Collagen: Varani 2006 measured −32 % procollagen per fibroblast at 80+ (82 ± 16
 * vs 56 ± 8 ng/ml, so roughly −5 % to −50 % within one SD), while Holt 1992 saw no difference in wound
 * hydroxyproline (more cells can compensate). We require new collagen 10–45 % lower (ratio 0.55–0.90).
 */
const P1 = defineTarget({
  id: 'P1',
  title: 'Age 80 vs 35: re-epithelialisation later; collagen deposition lower by ~20–40 %',
  source:
    'EVIDENCE §5, §6.13: +1.9 days to epithelialise (> 65 vs 18–55 yr; Holt et al., Surgery 1992); type I ' +
    'procollagen 56 ± 8 vs 82 ± 16 ng/ml, −32 % (80+ vs 18–29 yr; Varani et al., Am J Pathol 2006)',
  expected: 'reepithelialisation to 0.9: ×1.05–1.6 the time; new_collagen day 42: ×0.55–0.90',
  tolerance:
    'time ratio 1.05–1.6 (Holt’s +1.9 d on a 1–2-week wound ≈ +15–30 %; 5 % floor above seed noise); collagen ' +
    'ratio 0.55–0.90 (Varani −32 %, ±1 SD; Holt saw no difference in accumulation, so a milder drop passes)',
  basis: {
    kind: 'calibrated',
    how:
      'time: age slows only the keratinocyte sheet’s migration, calibrated on Holt’s large wound, whose closure ' +
      'is almost all travel (×1.19 at 80); a micro-channel’s closure is lag + travel, so its delay (about ×1.1) ' +
      'is a prediction of the front mechanism, not the input read back. Collagen: age lowers synthesis per ' +
      'fibroblast by Varani’s measured −32 % at 80 (a cell property) and slows fibroblast division ' +
      '(age_fibroblast_proliferation_reduction_80, assumed); the whole-wound ratio follows through activation, ' +
      'cross-linking and turnover, and the wide band (Holt saw no difference) makes this clause weak',
  },
  runs: [AGE_80, REFERENCE_PATIENT],
  clauses: (r) => [
    () => ratioClause('time to 0.9', reepithelialisationRatio(r, AGE_80), 1.05, 1.6),
    () => ratioClause('new_collagen', collagenRatio(r, AGE_80), 0.55, 0.9),
  ],
});

/**
 * P2 tolerances. Collagen: non-smokers deposited 1.8× the hydroxyproline (Jorgensen 1998), ratio 0.56; it was
 * measured in 10-day implants, so we allow 0.40–0.75 (fewer macrophages can lower it further). Macrophages:
 * OR 0.28 (Sørensen 2010) is an odds ratio of presence, not a count ratio, so only "clearly fewer" is asked:
 * a peak ratio of 0.1–0.7.
 */
const P2 = defineTarget({
  id: 'P2',
  title: 'Smoker vs non-smoker: less new collagen (≈ 1/1.8) and fewer macrophages',
  source:
    'EVIDENCE §5, §6.14: non-smokers 1.8× more hydroxyproline (Jorgensen et al., Surgery 1998); macrophages ' +
    'OR 0.28 and PINP⁺ fibroblasts OR 0.37 in smokers’ wounds (Sørensen et al., Wound Repair Regen 2010)',
  expected: 'new_collagen day 42: ×0.40–0.75; M1+M2 peak: ×0.1–0.7',
  tolerance:
    'collagen 0.40–0.75 around Jorgensen’s 0.56 (implant data, rough size); macrophages 0.1–0.7 because an ' +
    'odds ratio gives the direction, not a count ratio',
  basis: {
    kind: 'calibrated',
    how:
      'no collagen multiplier: smoking lowers the oxygen perfused skin is held at (smoker_tissue_oxygen_factor 0.8, ' +
      'assumed from Jensen 1991), so O₂-dependent synthesis slows; lowers monocyte recruitment (Sørensen’s OR 0.28 ' +
      'as a rate: the macrophage clause is close to a restatement of it); and slows fibroblast division ' +
      '(smoker_fibroblast_proliferation_factor 0.5, calibrated: hypoxia and fewer macrophages alone gave collagen ' +
      '×0.71, halving division moves it toward Jorgensen’s 0.56)',
  },
  runs: [SMOKER, REFERENCE_PATIENT],
  clauses: (r) => [
    () => ratioClause('new_collagen', collagenRatio(r, SMOKER), 0.4, 0.75),
    () => {
      const macrophagePeak = (spec: RunSpec) => {
        const m1 = r.metric(spec, 'macrophages_m1');
        const m2 = r.metric(spec, 'macrophages_m2');
        return peakOf(m1.t, addSeries(m1.mean, m2.mean)).value;
      };
      return ratioClause('macrophage peak', macrophagePeak(SMOKER) / macrophagePeak(REFERENCE_PATIENT), 0.1, 0.7);
    },
  ],
});

/**
 * P3 tolerances. Michaels 2007 (db/db) found less granulation tissue and vascularity but an unchanged
 * epithelialisation rate; Mi 2007's ABM delayed collagen. "Slower" is asked as at least 10 % less (a margin
 * above seed noise): the vessel excess integrated over days 0–14 and new collagen at day 14 (the granulation
 * weeks). "About unchanged" epithelialisation is ±10 %.
 */
const P3 = defineTarget({
  id: 'P3',
  title: 'Diabetes: slower vessel overshoot and collagen; re-epithelialisation about unchanged',
  source:
    'EVIDENCE §5, §6.15: db/db wounds have less granulation tissue and vascularity with an unchanged ' +
    'epithelialisation rate (Michaels et al., Wound Repair Regen 2007); TNF ×4 delays collagen in an ABM (Mi et ' +
    'al., Surgery 2007)',
  expected: 'vessel excess days 0–14: ≤ ×0.9; new_collagen day 14: ≤ ×0.9; reepithelialisation time ×0.9–1.1',
  tolerance: '10 % margins: "slower" = ≥ 10 % less; "about unchanged" = within ±10 % (seed noise)',
  basis: {
    kind: 'emergent',
    how:
      'diabetes acts on mechanisms with sizes not fitted to this target: M1 TNF ×4 and TGF-β production −67 % (Mi ' +
      '2007’s model values; TNF ×4 alone leaves day-14 collagen unchanged here), efferocytosis ×0.5 (Khanna 2010, ' +
      'size assumed) and the capillaries’ sprouting response to VEGF ×0.5 (Michaels 2007, size assumed). Fewer ' +
      'vessels, less collagen and an unchanged epithelial sheet (nothing acts on keratinocytes) follow',
  },
  runs: [DIABETES, REFERENCE_PATIENT],
  clauses: (r) => [
    () => {
      const excess = (spec: RunSpec) => {
        const b = r.metric(spec, 'vessels_tz');
        return areaAbove(b.t, b.mean, baselineOf(b), 0, 14 * DAY_H);
      };
      const control = excess(REFERENCE_PATIENT);
      if (!(control > 0)) return clause(false, 'no vessel excess in the reference', 'reference vessels never rose');
      return ratioClause('vessel excess', excess(DIABETES) / control, -Infinity, 0.9);
    },
    () => ratioClause('new_collagen day 14', collagenRatio(r, DIABETES, 14), -Infinity, 0.9),
    () => ratioClause('time to 0.9', reepithelialisationRatio(r, DIABETES), 0.9, 1.1),
  ],
});

/**
 * P4 tolerances. Keloid fibroblasts make more collagen per cell with the same growth kinetics (Diegelmann
 * 1979; the fold was not seen), and signal more per unit TGF-β (Chin 2001). The model enters the keloid tendency
 * as exactly these two cell properties, so a clause on collagen per cell would read the input back: it was
 * dropped (issue 16). What is asked is what the tissue keeps at day 90, after cross-linking, MMP/TIMP turnover and
 * homeostasis have had their say: more collagen overall (keloids are collagen excess, Gauglitz 2011) and more
 * collagen III (the type III scar/normal ratio is higher in hypertrophic than in normal scars at 6–24 months with
 * no difference for type I, Oliveira 2009; keloid bundles carry type I + III, Gauglitz 2011). Only directions are
 * known: ≥ 2 % more total collagen in the treated zone (above seed noise of a block mean; a micro-channel is a
 * small part of it) and ≥ 10 % more collagen III. The alignment clause was dropped earlier: keloid collagen is
 * DISORGANISED (Gauglitz 2011), and A1 is the alignment positive control.
 */
const P4 = defineTarget({
  id: 'P4',
  title: 'Keloid tendency: more collagen, and more collagen III, left in the treated zone at day 90',
  source:
    'EVIDENCE §5, §1c, §4b: keloid fibroblasts have higher collagen synthesis per cell at all phases, same ' +
    'growth kinetics (Diegelmann, Cohen & McCoy, J Cell Physiol 1979); type III scar/normal ratio raised in ' +
    'hypertrophic scars, type I unchanged (Oliveira et al., Int Wound J 2009, PMC3972889); keloid type I + III ' +
    'bundles, type III highest superficially (Gauglitz et al., Mol Med 2011)',
  expected: 'total collagen in the treated zone day 90: ≥ ×1.02; collagen_iii day 90: ≥ ×1.1 the reference patient’s',
  tolerance:
    'direction only (folds not measured): margins above seed noise. Collagen per cell is the input, not asked; ' +
    'alignment is not asked: keloid collagen is disorganised (Gauglitz 2011); A1 is the alignment positive control',
  basis: {
    kind: 'emergent',
    how:
      'the keloid tendency enters only as two measured cell properties — ×2 collagen synthesis per cell ' +
      '(Diegelmann 1979, fold assumed) and a stronger TGF-β response (keloid_tgf_beta_factor, Chin 2001) — and ' +
      'what remains at day 90 follows from cross-linking, type-selective MMP turnover and fibroblast homeostasis, ' +
      'which could erase it. The former clause on collagen per cell read the input back and was dropped',
  },
  runs: [KELOID, DAY_90],
  clauses: (r) => [
    () => {
      // Treated-zone collagen relative to before, weighted by the resting mix of the two types.
      const total = (spec: RunSpec) =>
        BASELINE_COLLAGEN_I * at(r.metric(spec, 'collagen_i_tz'), 90 * DAY_H) +
        BASELINE_COLLAGEN_III * at(r.metric(spec, 'collagen_iii_tz'), 90 * DAY_H);
      const keloid = total(KELOID);
      const control = total(DAY_90);
      return ratioClause(
        `treated-zone collagen day 90 ${num(keloid)} vs ${num(control)}:`,
        keloid / control,
        1.02,
        Infinity,
      );
    },
    () => {
      const keloid = at(r.metric(KELOID, 'collagen_iii'), 90 * DAY_H);
      const control = at(r.metric(DAY_90, 'collagen_iii'), 90 * DAY_H);
      return ratioClause(`collagen III day 90 ${num(keloid)} vs ${num(control)}:`, keloid / control, 1.1, Infinity);
    },
  ],
});

/**
 * P5 tolerances. pigment_risk is the probability of post-inflammatory hyperpigmentation after the course so far
 * (melanocytes.ts), calibrated to Dogra 2014: PIH in 5/30 types IV–V after five monthly 1.5 mm roller sessions.
 * The exact binomial 95 % interval of 5/30 is 5.6–34.7 %; if sessions add hazard independently that is
 * 1 − (1 − p)^(1/5) = 1.2–8.2 % per session, the band one 1.5 mm session must fall in, averaged over types IV
 * and V over the 14 days in which inflammation resolves. The session is the reference 1.5 mm pen: the model's
 * 15-pass roller ("15 passes ≈ 250 holes/cm²") leaves one or two channels in the 1 mm² block, far lighter than a
 * roller worked to uniform pinpoint bleeding, so it stands in for Dogra's roller (see the report). Separation: PIH is rarely reported in light skin, so the lower of types V–VI must be at
 * least twice the higher of types I–II after the reference session (assumed separation).
 */
const PIH_PER_SESSION = { lo: 0.012, hi: 0.082 } as const;
const PIH_DAYS = 14;
const dograSession = (type: number) => reference(PIH_DAYS, { fitzpatrick: type });

const P5 = defineTarget({
  id: 'P5',
  title: 'PIH probability: Dogra 2014’s rate in types IV–V; types V–VI well above I–II',
  source:
    'EVIDENCE §5, §2f: post-inflammatory hyperpigmentation in 5/30 (17 %) of types IV–V after five monthly ' +
    '1.5 mm roller sessions (Dogra et al., J Cosmet Dermatol 2014); 1/30 withdrew for severe PIH (Chawla 2014); ' +
    'efficacy the same across types (von Dalwig-Nolda & Ablon 2020)',
  expected:
    `one 1.5 mm session, types IV–V, after ${PIH_DAYS} d (mean): pigment_risk ${percent(PIH_PER_SESSION.lo)}–` +
    `${percent(PIH_PER_SESSION.hi)}; week-1 peak min(V, VI) ≥ 2 × max(I, II), and > 0`,
  tolerance:
    'the binomial 95 % interval of 5/30 per course, per session if sessions add independently; factor 2 ' +
    'between the groups (assumed: light skin rarely gets PIH)',
  basis: {
    kind: 'calibrated',
    how:
      'PIH hazard ∝ junctional inflammatory signal × phototype responsiveness; pigment_base_rate calibrated to ' +
      'Dogra 2014 (the first clause); the type separation follows from pigment_sensitivity_per_type (assumed)',
  },
  runs: [...Object.values(SKIN_TYPES).map(skinType), dograSession(4), dograSession(5)],
  clauses: (r) => [
    () => {
      const risk = (type: number) => peak(r.metric(dograSession(type), 'pigment_risk')).value;
      const mean = (risk(4) + risk(5)) / 2;
      return clause(
        within(mean, PIH_PER_SESSION.lo, PIH_PER_SESSION.hi),
        `IV ${percent(risk(4))}, V ${percent(risk(5))} (mean ${percent(mean)})`,
      );
    },
    () => {
      const risk = (type: number) => peak(r.metric(skinType(type), 'pigment_risk')).value;
      const light = Math.max(risk(SKIN_TYPES.I), risk(SKIN_TYPES.II));
      const dark = Math.min(risk(SKIN_TYPES.V), risk(SKIN_TYPES.VI));
      const text = Object.entries(SKIN_TYPES)
        .map(([name, type]) => `${name} ${num(risk(type))}`)
        .join(', ');
      return clause(dark > 0 && dark >= 2 * light, text);
    },
  ],
});

// ───────────────────────────── D1–D4: topical delivery and serums (EVIDENCE §2b–2c, §2e, §6.2, §6.18) ─────────────────────────────

const TOPICAL_DAYS = 3;
const SERUM = 'vitamin-c';
const serum = (timeH: number, lengthMm = 1.5) =>
  reference(TOPICAL_DAYS, { topical: SERUM, topical_time_h: timeH, needle_length_mm: lengthMm });
const NO_SERUM = reference(TOPICAL_DAYS);

/**
 * D1 tolerance. With a lumen half-life of 20–26 h (PMC8259462) about 2^(−24/20…26) ≈ 44–53 % of the lumen is
 * open at 24 h. Delivery need not be proportional to open lumen (diffusion through narrowed channels,
 * saturation), so 24-h application may deliver 20–80 % of straight-after application.
 */
const D1 = defineTarget({
  id: 'D1',
  title: 'Topical delivered only when a serum is applied, and less the later it is applied (0 h vs 24 h)',
  source:
    'TARGETS.md metrics contract (topical_delivered is 0 when none applied); EVIDENCE §2c, §6.2: lumen ' +
    'closure half-life 20–26 h (PMC8259462); ink applied before the pen went deeper than ink applied after ' +
    '(Dermatol Surg 2020)',
  expected: `none: 0 throughout; ${SERUM} at 0 h > 0; at 24 h ×0.2–0.8 of at 0 h (peak over ${TOPICAL_DAYS} d)`,
  tolerance: '"none" must be exactly 0 (the contract); 24 h vs 0 h ratio 0.2–0.8 around the ~0.5 open lumen',
  basis: {
    kind: 'emergent',
    how:
      'the serum diffuses down the open lumens (conductance ∝ open fraction) against wall uptake and clearance; ' +
      'a narrower lumen a day later carries less and loses more in the epidermis',
  },
  runs: [NO_SERUM, serum(0), serum(24)],
  clauses: (r) => {
    const delivered = (spec: RunSpec) => peak(r.metric(spec, 'topical_delivered')).value;
    return [
      () => clause(delivered(NO_SERUM) === 0, `none: ${num(delivered(NO_SERUM))}`),
      () => clause(delivered(serum(0)) > 0, `0 h: ${num(delivered(serum(0)))}`),
      () => ratioClause('24 h vs 0 h', delivered(serum(24)) / delivered(serum(0)), 0.2, 0.8),
    ];
  },
});

/** D2: the depth gain may be at most half of linear scaling (0.5 × 1500 µm for 0.5 → 2.0 mm). */
const LINEAR_DEPTH_GAIN_UM = (2 - 0.5) * 1000;
const MAX_DEPTH_GAIN_FRACTION = 0.5;

const D2 = defineTarget({
  id: 'D2',
  title: 'topical_depth_um does not scale linearly with needle length',
  source:
    'EVIDENCE §2b, §6.18: ink depth rose only 0.06 mm per +1 mm of needle length (ex vivo, Dermatol Surg ' +
    '2020, M); roller flux enhancement modest and drug-dependent (Pharmaceutics 2015, PMC4695825)',
  expected: `0 ≤ depth(2.0 mm) − depth(0.5 mm) < ${num(MAX_DEPTH_GAIN_FRACTION * LINEAR_DEPTH_GAIN_UM)} µm`,
  tolerance:
    'at most half of linear scaling (the ink study saw ~6 %; ink particles spread less than serum molecules ' +
    'and it is one ex vivo study, so a generous bound); not shallower with the longer needle (ink depth rose)',
  basis: {
    kind: 'emergent',
    how: 'lumen transport against wall uptake: depth grows with the channel’s width at depth (its taper), not its length',
  },
  runs: [serum(0, 0.5), serum(0, 2)],
  clauses: (r) => [
    () => {
      const depth = (lengthMm: number) => peak(r.metric(serum(0, lengthMm), 'topical_depth_um')).value;
      const shallow = depth(0.5);
      const deep = depth(2);
      const gain = deep - shallow;
      const ok = shallow > 0 && gain >= 0 && gain < MAX_DEPTH_GAIN_FRACTION * LINEAR_DEPTH_GAIN_UM;
      return clause(ok, `0.5 mm ${num(shallow)} µm, 2.0 mm ${num(deep)} µm (+${num(gain)} µm)`);
    },
  ],
});

/**
 * D3 tolerance. The ink study measured +0.06 mm of depth per +1 mm of needle (one ex vivo study, ink particles
 * rather than dissolved serum: M). At the validation voxel (25 µm) the depth of each run is quantised to a
 * voxel, ±0.017 mm per mm over 1.5 mm. We require 0–0.15 mm per mm: not shallower with a longer needle (ink
 * depth rose), at most 2.5× the ink slope (far from the 1 mm per mm of linear scaling).
 */
const DEPTH_SLOPE = { lo: 0, hi: 0.15 } as const;

const D3 = defineTarget({
  id: 'D3',
  title: 'Delivered depth rises about 0.06 mm per +1 mm of needle length',
  source:
    'EVIDENCE §2b, §6.18: ink applied with a pen, roller or CO₂ laser went 0.06 mm deeper per +1 mm of needle ' +
    '(Dermatol Surg 2020, M); measured channels are a fraction of nominal length and 70 µm wide at the surface ' +
    '(Kalluri 2011)',
  expected: `(depth(2.0 mm) − depth(0.5 mm)) / 1.5 mm in ${num(DEPTH_SLOPE.lo)}–${num(DEPTH_SLOPE.hi)} mm per mm`,
  tolerance: 'ink vs solute and one ex vivo study; voxel quantisation ±0.017 mm/mm (see the comment above D3)',
  basis: {
    kind: 'emergent',
    how: 'serum diffusing down the measured channel lumen against wall uptake; nothing in the model states the slope',
  },
  runs: [serum(0, 0.5), serum(0, 2)],
  clauses: (r) => [
    () => {
      const depth = (lengthMm: number) => peak(r.metric(serum(0, lengthMm), 'topical_depth_um')).value;
      const slope = (depth(2) - depth(0.5)) / 1000 / 1.5;
      return clause(within(slope, DEPTH_SLOPE.lo, DEPTH_SLOPE.hi), `${num(slope)} mm per mm`);
    },
  ],
});

/**
 * D4 tolerances. EVIDENCE gives only a clinical odds ratio for PRP with microneedling (OR 2.97 for > 50 %
 * improvement, Kang & Lu 2021), no histological size, so this is a qualitative target stated as such: PRP must
 * act through growth factors (more PDGF + TGF-β over the first 48 h, while its platelets release, ≥ +5 %: the
 * clot's own release dominates later) and its effect on new collagen at
 * day 30 must be modest: at most +25 % (assumed bound: "modest", far from marketing multiples), and not below
 * ×0.97 (seed noise of a 1 mm² block is a few per cent: no harm beyond noise).
 */
const D4_DAYS = 30;
/** The window in which PRP's platelets release most of their growth factors (release τ 24 h, PRP t½ 8 h). */
const PRP_RELEASE_H = 48;
const WITH_PRP = reference(D4_DAYS, { topical: 'prp' });

const D4 = defineTarget({
  id: 'D4',
  title: 'PRP acts through its growth factors, with a modest effect on new collagen (qualitative)',
  source:
    'EVIDENCE §2e: microneedling + PRP vs alone, OR 2.97 (1.96–4.51) for > 50 % improvement (Kang & Lu, Front ' +
    'Med 2021); PRP concentrates platelets 3–5× over blood (Marx 2004); no histological effect size in EVIDENCE',
  expected: `growth_factors over 0–48 h with PRP ≥ ×1.05 of without; new_collagen day ${D4_DAYS} ×0.97–1.25`,
  tolerance: 'qualitative bound (see the comment above D4)',
  basis: {
    kind: 'emergent',
    how:
      'PRP in the tissue releases PDGF/TGF-β as 4× a clot of its volume; collagen follows through fibroblast ' +
      'activation; no direct collagen factor',
  },
  runs: [WITH_PRP, DAY_30],
  clauses: (r) => [
    () => {
      const gf = (spec: RunSpec) => {
        const b = r.metric(spec, 'growth_factors');
        return areaAbove(b.t, b.mean, 0, 0, PRP_RELEASE_H);
      };
      return ratioClause('growth factors, 0–48 h', gf(WITH_PRP) / gf(DAY_30), 1.05, Infinity);
    },
    () => {
      const collagen = (spec: RunSpec) => at(r.metric(spec, 'new_collagen'), D4_DAYS * DAY_H);
      return ratioClause(`new collagen day ${D4_DAYS}`, collagen(WITH_PRP) / collagen(DAY_30), 0.97, 1.25);
    },
  ],
});

/** Every target, in report order. */
// ───────────────────────────── M1–M4: melasma and epidermal pigment (issue 17; INDICATIONS.md, EVIDENCE §5) ─────────────────────────────

/**
 * Melasma runs: the melasma preset (type IV cheek, 0.5 mm pen, tranexamic acid, 3 sessions 28 days apart: weeks 0,
 * 4 and 8 as Budamakuntla 2013), read at week 12 (day 84), with needling alone and the untreated control.
 */
const MELASMA_READ_DAY = 84;
const MELASMA_TXA = runSpec('melasma', {}, MELASMA_READ_DAY);
const MELASMA_NEEDLING = runSpec('melasma', { topical: 'none' }, MELASMA_READ_DAY);
const MELASMA_UNTREATED = runSpec('melasma', {}, 180, { untreated: true });
/**
 * M1 band. MASI = Σ area × (darkness + homogeneity) (Pandya 2011; 0–48); the block is all lesion and the model
 * has no area or homogeneity, so the MASI change is read as the change in darkness, taken as the lesion's excess
 * epidermal melanin: −ΔMASI % ≈ improvement (darkness only; an assumption, not a mapping of the whole score).
 * Budamakuntla's mean −44 % with 41 % of patients > 50 % better spans roughly 30–60 % in its cohort: that band.
 */
const MASI_BAND = { lo: 0.3, hi: 0.6 } as const;
const improvementAt = (r: RunResults, spec: RunSpec) => at(r.metric(spec, 'improvement'), MELASMA_READ_DAY * DAY_H);

const M1 = defineTarget({
  id: 'M1',
  title: 'Melasma: tranexamic acid + needling at weeks 0, 4, 8 lightens by ~44 % at week 12; more than needling alone',
  source:
    'INDICATIONS.md: Budamakuntla et al., J Cutan Aesthet Surg 2013;6:139: tranexamic acid with microneedling at ' +
    'weeks 0, 4 and 8, MASI −44 % at ~12 weeks, 41 % of patients > 50 % better; MASI 0–48 (Pandya, J Am Acad ' +
    'Dermatol 2011;64:78). Needling alone lowers MASI too, less than with topical tranexamic acid (Saleh et al., ' +
    'J Egypt Women’s Dermatol Soc 2019;16:89: 6 sessions 2 weeks apart, n = 42)',
  expected:
    `improvement (share of the lesion’s excess epidermal melanin gone) at day ${MELASMA_READ_DAY}: ` +
    `${percent(MASI_BAND.lo)}–${percent(MASI_BAND.hi)} with tranexamic acid; above needling alone`,
  tolerance:
    'the trial’s spread around −44 % (41 % of patients > 50 %); the MASI change is read as the darkness change ' +
    'only (area and homogeneity are not modelled: the block is all lesion)',
  basis: {
    kind: 'calibrated',
    how:
      'txa_vessel_regression_per_h fitted to Budamakuntla’s −44 % (the first clause); needling alone lightens ' +
      'through faster epidermal turnover against the melanin its inflammation adds (emergent: the second clause)',
  },
  runs: [MELASMA_TXA, MELASMA_NEEDLING],
  clauses: (r) => [
    () => {
      const v = improvementAt(r, MELASMA_TXA);
      return clause(within(v, MASI_BAND.lo, MASI_BAND.hi), `with tranexamic acid ${percent(v)}`);
    },
    () => {
      const txa = improvementAt(r, MELASMA_TXA);
      const alone = improvementAt(r, MELASMA_NEEDLING);
      return clause(txa > alone, `needling alone ${percent(alone)} < ${percent(txa)}`);
    },
  ],
});

/** M2: one 1.5 mm session (the reference) in normal skin, types II and V, over the two weeks that follow. */
const PIH_MELANIN_DAYS = 14;
const pigmentSession = (type: number) => reference(PIH_MELANIN_DAYS, { fitzpatrick: type });

const M2 = defineTarget({
  id: 'M2',
  title: 'Needling alone darkens darker skin (post-inflammatory hyperpigmentation), lighter skin less',
  source:
    'EVIDENCE §5, §2f: PIH in 5/30 of types IV–V after 1.5 mm needling (Dogra et al., J Cosmet Dermatol 2014); ' +
    'PIH common in types IV–VI, uncommon in I–II',
  expected:
    `one 1.5 mm session, normal skin: peak melanin_epidermal_rel over ${PIH_MELANIN_DAYS} d above 1 in type V ` +
    'and above type II’s',
  tolerance: 'direction only: no trial measured epidermal melanin after needling',
  basis: {
    kind: 'calibrated',
    how:
      'melanocyte_inflammation_gain (assumed) sets how much melanin the inflammation adds; the type step is ' +
      'pigment_sensitivity_per_type (assumed, shared with P5); that darkening outweighs the faster shedding ' +
      'in type V but less in type II follows from the rules',
  },
  runs: [pigmentSession(2), pigmentSession(5)],
  clauses: (r) => {
    const peakMelanin = (type: number) => peak(r.metric(pigmentSession(type), 'melanin_epidermal_rel')).value;
    return [
      () => clause(peakMelanin(5) > 1, `type V peak ${num(peakMelanin(5))}`),
      () => clause(peakMelanin(5) > peakMelanin(2), `type II peak ${num(peakMelanin(2))} < V ${num(peakMelanin(5))}`),
    ];
  },
});

/** M3: untreated melasma over 6 months stays within 2 % of its start. */
const UNTREATED_DRIFT = 0.02;

const M3 = defineTarget({
  id: 'M3',
  title: 'Untreated melasma stays where it starts over 6 months',
  source: 'issue 17 (the untreated control of split-face trials); Kang 2002: the lesion’s melanin excess',
  expected: `melasma, untreated, 180 d: melanin_epidermal_rel within ${percent(UNTREATED_DRIFT)} of its start, > 1`,
  tolerance: 'a few per cent (issue 17); UV and hormones, which move real melasma, are not modelled',
  basis: {
    kind: 'emergent',
    how:
      'the lesion is built at the balance of melanocyte output and shedding with epidermal turnover; nothing ' +
      'moves it without inflammation or an inhibitor',
  },
  runs: [MELASMA_UNTREATED],
  clauses: (r) => [
    () => {
      const b = r.metric(MELASMA_UNTREATED, 'melanin_epidermal_rel');
      const start = baselineOf(b);
      const end = at(b, 180 * DAY_H);
      const drift = Math.max(...b.mean.map((v) => Math.abs(v / start - 1)));
      return clause(start > 1 && drift <= UNTREATED_DRIFT, `start ${num(start)}, day 180 ${num(end)}`);
    },
  ],
});

/** M4: normal skin of every type, untreated, reads melanin 1. */
const NORMAL_TYPES = [1, 2, 3, 4, 5, 6] as const;
const normalUntreated = (type: number) => runSpec('reference', { fitzpatrick: type }, 7, { untreated: true });

const M4 = defineTarget({
  id: 'M4',
  title: 'Normal skin of every Fitzpatrick type reads epidermal melanin 1',
  source: 'issue 17: melanin_epidermal_rel is relative to normal skin of the same type',
  expected: 'untreated normal skin, types I–VI, 7 d: melanin_epidermal_rel = 1 (within 10⁻⁹) throughout',
  tolerance: 'rounding only',
  basis: {
    kind: 'prescribed',
    how: 'by definition: the unit is normal skin of the same type; this checks that nothing moves it at rest',
  },
  runs: NORMAL_TYPES.map(normalUntreated),
  clauses: (r) => [
    () => {
      const worst = Math.max(
        ...NORMAL_TYPES.flatMap((type) =>
          r.metric(normalUntreated(type), 'melanin_epidermal_rel').mean.map((v) => Math.abs(v - 1)),
        ),
      );
      return clause(worst <= 1e-9, `largest departure ${worst.toExponential(1)}`);
    },
  ],
});

export const TARGETS: readonly Target[] = [
  T1,
  T2,
  T3,
  T4,
  T5,
  T5a,
  T5b,
  T6,
  T7,
  L1,
  T8,
  T9,
  T10,
  T10a,
  E1,
  T11,
  T12,
  T13,
  A1,
  P1,
  P2,
  P3,
  P4,
  P5,
  D1,
  D2,
  D3,
  D4,
  M1,
  M2,
  M3,
  M4,
];

export const TARGET_IDS: readonly string[] = TARGETS.map((t) => t.id);

/** Runs the report's plots read (beyond those of the targets), exported so the report can find them. */
export const PLOT_RUNS = {
  firstWeek: FIRST_WEEK,
  month6: MONTH_6,
  day42: DAY_42,
  doseLengths: DOSE_LENGTHS_MM.map((length) => ({ lengthMm: length, spec: atLength(length, 42) })),
} as const;
