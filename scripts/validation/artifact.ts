/**
 * The validation run's output on disk, `artifacts/validation/series.json`: the target results plus, for every
 * run, the mean and min–max band across seeds of each metric. The report script (report.ts) reads it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Target, TargetBasis, TargetOutcome } from './check';
import type { MetricBand, RunResults, RunSpec } from './results';
import { specKey } from './results';
import type { Quality } from './runner';

export const ARTIFACT_PATH = 'artifacts/validation/series.json';
/** 2: each result carries its basis (emergent / calibrated / prescribed). */
export const ARTIFACT_VERSION = 2;

/** One target's outcome with its description, as printed and reported. */
export interface TargetResult extends TargetOutcome {
  id: string;
  title: string;
  source: string;
  tolerance: string;
  basis: TargetBasis;
}

export interface BandArtifact {
  mean: number[];
  min: number[];
  max: number[];
}

export interface RunArtifact {
  /** specKey(spec): how the report finds a run. */
  key: string;
  preset: string;
  overrides: RunSpec['overrides'];
  /** The untreated control (absent: treated). */
  untreated?: true;
  days: number;
  t_h: number[];
  metrics: Record<string, BandArtifact>;
}

export interface ValidationArtifact {
  version: typeof ARTIFACT_VERSION;
  /** Seeds 1..seeds were run. */
  seeds: number;
  quality: Quality;
  blockWidthUm: number;
  results: TargetResult[];
  runs: RunArtifact[];
}

export function targetResult(target: Target, outcome: TargetOutcome): TargetResult {
  const { id, title, source, tolerance, basis } = target;
  return { id, title, source, tolerance, basis, ...outcome };
}

/** Every metric of every run, as mean and band across seeds. */
export function runArtifacts(specs: readonly RunSpec[], results: RunResults): RunArtifact[] {
  const unique = new Map(specs.map((spec) => [specKey(spec), spec]));
  return Array.from(unique.values(), (spec) => {
    const keys = results.metricKeys(spec).filter((key) => key !== 't_h');
    const bands = keys.map((key) => [key, results.metric(spec, key)] as const);
    const t = results.metric(spec, 't_h').t;
    return {
      key: specKey(spec),
      preset: spec.preset,
      overrides: spec.overrides,
      ...(spec.untreated ? { untreated: true as const } : {}),
      days: spec.days,
      t_h: [...t],
      metrics: Object.fromEntries(bands.map(([key, band]) => [key, bandArtifact(band)])),
    };
  });
}

function bandArtifact(band: MetricBand): BandArtifact {
  return { mean: [...band.mean], min: [...band.min], max: [...band.max] };
}

/** Six significant digits are far below any tolerance and keep the file a few MB. */
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(6)) : value;
}

export function writeArtifact(path: string, artifact: ValidationArtifact): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(artifact, roundNumbers)}\n`);
}

export function readArtifact(path: string): ValidationArtifact {
  const artifact = JSON.parse(readFileSync(path, 'utf8')) as ValidationArtifact;
  if (artifact.version !== ARTIFACT_VERSION) {
    throw new Error(`${path} has version ${String(artifact.version)}, expected ${ARTIFACT_VERSION}`);
  }
  return artifact;
}
