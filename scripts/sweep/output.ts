/**
 * The sweep's output file: one JSON line per finished run, appended with one write each, and read back on start
 * so that a killed sweep resumes where it stopped. A run counts as done when a line with the same identity
 * (id, seed, days, the full set of parameter changes, engine version) says ok; failed runs are tried again.
 * A truncated last line (a kill mid-write) is cut off before anything is appended.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ParamValue } from '../../workers/model/params';
import type { RunSummary } from './summary';

interface RecordBase {
  readonly id: string;
  /** 0-based row index in the design. */
  readonly index: number;
  readonly seed: number;
  readonly days: number;
  /** Every parameter that differs from the schema defaults in this run (base `--set` and the row), sorted. */
  readonly changes: Readonly<Record<string, ParamValue>>;
  /** The untreated control, never needled (absent: treated). */
  readonly untreated?: true;
  /** Engine version id (engineVersion.ts): `<package version>+<source hash>`. */
  readonly engine: string;
  /** Wall-clock seconds the run took (informational: the only non-deterministic field). */
  readonly wallS: number;
}

export type SweepRecord =
  | (RecordBase & {
      readonly ok: true;
      readonly summary: RunSummary;
      readonly series?: Record<string, (number | null)[]>;
    })
  | (RecordBase & { readonly ok: false; readonly error: string });

export function sortedChanges(changes: Readonly<Record<string, ParamValue>>): Record<string, ParamValue> {
  return Object.fromEntries(
    Object.keys(changes)
      .sort()
      .map((k) => [k, changes[k]!]),
  );
}

/** What makes two runs the same run (a treated run's key is what it was before controls existed). */
export function runKey(run: Pick<RecordBase, 'id' | 'seed' | 'days' | 'changes' | 'engine' | 'untreated'>): string {
  const key = [run.id, run.seed, run.days, sortedChanges(run.changes), run.engine];
  return JSON.stringify(run.untreated ? [...key, 'untreated'] : key);
}

export interface ExistingOutput {
  /** Successful runs by {@link runKey}. */
  readonly done: ReadonlyMap<string, Extract<SweepRecord, { ok: true }>>;
  /** Lines that were not JSON records (reported, then ignored). */
  readonly badLines: number;
  /** Bytes of a truncated last line that were cut off. */
  readonly repairedBytes: number;
}

export function readExisting(path: string): ExistingOutput {
  const done = new Map<string, Extract<SweepRecord, { ok: true }>>();
  if (!existsSync(path)) return { done, badLines: 0, repairedBytes: 0 };
  const bytes = readFileSync(path);
  let repairedBytes = 0;
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] !== 0x0a) {
    // A kill mid-write leaves a line without its newline: drop it, so the next append starts a fresh line.
    const lastNewline = bytes.lastIndexOf(0x0a);
    end = lastNewline + 1;
    repairedBytes = bytes.length - end;
    truncateSync(path, end);
  }
  let badLines = 0;
  for (const line of bytes.subarray(0, end).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as SweepRecord;
      if (record.ok) done.set(runKey(record), record);
    } catch {
      badLines++;
    }
  }
  return { done, badLines, repairedBytes };
}

/** Reads every record of one or more output files (shards), the last line of each run winning. */
export function readRecords(paths: readonly string[]): SweepRecord[] {
  const byKey = new Map<string, SweepRecord>();
  for (const path of paths) {
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        const record = JSON.parse(line) as SweepRecord;
        const key = runKey(record);
        if (record.ok || !byKey.get(key)?.ok) byKey.set(key, record);
      } catch {
        // A truncated line from a killed run: the resumed run writes it again.
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.index - b.index || a.seed - b.seed);
}

/** An append-only output: one `write` per record, so a kill leaves at most one partial line. */
export class OutputFile {
  private readonly fd: number;

  constructor(path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'a');
  }

  append(record: SweepRecord): void {
    writeSync(this.fd, `${JSON.stringify(record)}\n`);
  }

  close(): void {
    closeSync(this.fd);
  }
}
