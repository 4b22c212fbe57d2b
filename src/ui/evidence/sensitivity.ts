/**
 * Which parameters the results are most sensitive to, read from the Morris screen's result
 * (docs/validation/sensitivity.json, written by `npm run -s sensitivity`; docs/validation.md, section
 * "Sensitivity (Morris screen)"). Pure (no DOM, no i18n, unit-tested): the file is loaded by sensitivityData.ts.
 *
 * The file is read defensively: a missing, malformed or unknown-version file gives no marks, never an error; a
 * μ* that is not a finite number (NaN is written as null) only leaves that parameter unmarked for that output.
 */

/**
 * The result's format version this module reads (SENSITIVITY_VERSION in scripts/sensitivity/screen.ts; a unit
 * test keeps the two equal). The type is restated here, structurally, because src/ does not import scripts/.
 */
export const SENSITIVITY_FORMAT_VERSION = 1;

/** One parameter's effect on one output (a RankedEffect of scripts/sensitivity/screen.ts). */
export interface SensitivityEffect {
  readonly param: string;
  /** Mean absolute elementary effect; null where the screen could not compute it (NaN in JSON). */
  readonly muStar: number | null;
}

/** The part of a SensitivityResult (scripts/sensitivity/screen.ts) the evidence panel reads. */
export interface SensitivityFile {
  readonly version: number;
  readonly engine: string | null;
  /** Model days per run of the screen. */
  readonly days: number;
  /** Output key (`metric.stat`) → its English description and parameters ranked by μ*. */
  readonly metrics: ReadonlyArray<{
    readonly key: string;
    readonly description: string;
    readonly ranking: readonly SensitivityEffect[];
  }>;
}

/**
 * The marking rule, in one place. A Morris screen is a qualitative screen (few trajectories, μ* to about two
 * significant digits of meaning), so the panel marks only the clear leaders of each output:
 * - at most the top MAX_RANK parameters by μ*: enough to name what drives an output, few enough to stay a signal
 *   (13 outputs × 3 ≤ 39 of ~120 parameters); parameters tied in μ* share a rank, and every parameter whose rank
 *   is ≤ MAX_RANK is marked, so a tie at the cut is not broken by the alphabet;
 * - with μ* at least MIN_SHARE_OF_LEADER × the output's leader: a parameter with a small fraction of the leader's
 *   effect is in the tail a short screen cannot rank reliably;
 * - μ* finite and > 0: a parameter that did not move an output (or could not be evaluated) is never "most
 *   sensitive", and an output no parameter moved marks nothing.
 */
export const SENSITIVITY_RULE = { MAX_RANK: 3, MIN_SHARE_OF_LEADER: 0.25 } as const;

/** One output a parameter is among the most sensitive for. */
export interface SensitivityMark {
  /** Output key, `metric.stat` (e.g. `myofibroblast_share.max`). */
  readonly output: string;
  /** The file's English description of the output (the fallback where no translation exists). */
  readonly description: string;
  /** 1 = the output's leader; tied parameters share a rank. */
  readonly rank: number;
  readonly muStar: number;
}

export interface SensitivityMarks {
  /** Parameter id → the outputs it is among the most sensitive for, by rank then in the file's output order. */
  readonly byParam: ReadonlyMap<string, readonly SensitivityMark[]>;
  /** Model days per run of the screen, for the explanation; null when there are no marks. */
  readonly days: number | null;
  readonly engine: string | null;
}

export const NO_SENSITIVITY_MARKS: SensitivityMarks = { byParam: new Map(), days: null, engine: null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The file's content as a SensitivityFile, or null when it is not one: not an object, another format version,
 * no positive `days`, no `metrics` object, a metric without a `ranking` array, or a ranking entry without a
 * parameter id.
 */
export function parseSensitivity(data: unknown): SensitivityFile | null {
  if (!isRecord(data) || data.version !== SENSITIVITY_FORMAT_VERSION || !isRecord(data.metrics)) return null;
  const days = data.days;
  if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) return null;
  const metrics: Array<SensitivityFile['metrics'][number]> = [];
  for (const [key, value] of Object.entries(data.metrics)) {
    if (!isRecord(value) || !Array.isArray(value.ranking)) return null;
    const ranking: SensitivityEffect[] = [];
    for (const entry of value.ranking as unknown[]) {
      if (!isRecord(entry) || typeof entry.param !== 'string' || entry.param === '') return null;
      ranking.push({ param: entry.param, muStar: typeof entry.muStar === 'number' ? entry.muStar : null });
    }
    const description = typeof value.description === 'string' && value.description !== '' ? value.description : key;
    metrics.push({ key, description, ranking });
  }
  const engine = typeof data.engine === 'string' && data.engine !== '' ? data.engine : null;
  return { version: SENSITIVITY_FORMAT_VERSION, engine, days, metrics };
}

/**
 * The parameters one output is most sensitive to under SENSITIVITY_RULE, leader first, each with its rank (ties
 * share the rank: 1, 1, 3). The ranking need not be sorted; a parameter listed twice counts with its larger μ*.
 */
export function mostSensitive(
  ranking: readonly SensitivityEffect[],
): Array<{ param: string; rank: number; muStar: number }> {
  const best = new Map<string, number>();
  for (const { param, muStar } of ranking) {
    if (muStar === null || !Number.isFinite(muStar) || muStar <= 0) continue;
    best.set(param, Math.max(best.get(param) ?? 0, muStar));
  }
  const sorted = [...best].sort(([pa, a], [pb, b]) => b - a || (pa < pb ? -1 : pa > pb ? 1 : 0));
  const leader = sorted[0]?.[1];
  if (leader === undefined) return [];
  const out: Array<{ param: string; rank: number; muStar: number }> = [];
  sorted.forEach(([param, muStar], i) => {
    const rank = i > 0 && muStar === sorted[i - 1]![1] ? out[i - 1]!.rank : i + 1;
    out.push({ param, rank, muStar });
  });
  return out.filter(
    (e) => e.rank <= SENSITIVITY_RULE.MAX_RANK && e.muStar >= SENSITIVITY_RULE.MIN_SHARE_OF_LEADER * leader,
  );
}

/** Per parameter id, the outputs it is among the most sensitive for; no marks for a missing or malformed file. */
export function sensitivityMarks(data: unknown): SensitivityMarks {
  const file = parseSensitivity(data);
  if (file === null) return NO_SENSITIVITY_MARKS;
  const byParam = new Map<string, SensitivityMark[]>();
  file.metrics.forEach(({ key, description, ranking }) => {
    for (const { param, rank, muStar } of mostSensitive(ranking)) {
      const marks = byParam.get(param) ?? [];
      marks.push({ output: key, description, rank, muStar });
      byParam.set(param, marks);
    }
  });
  // By rank, then in the file's output order (the order of SCREEN_OUTPUTS): Array.prototype.sort is stable.
  for (const marks of byParam.values()) marks.sort((a, b) => a.rank - b.rank);
  if (byParam.size === 0) return NO_SENSITIVITY_MARKS;
  return { byParam, days: file.days, engine: file.engine };
}
