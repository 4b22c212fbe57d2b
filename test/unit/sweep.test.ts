/**
 * `npm run sweep`: design files are checked against the schema (bad rows named, never dropped), shards split the
 * rows, the output resumes after a kill (a truncated last line included), and a 200-row design runs in two shards,
 * one killed half-way and resumed, with every row present once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designJsonl, parseDesign } from '../../scripts/sweep/design';
import { readExisting, readRecords, runKey } from '../../scripts/sweep/output';
import { inShard, parseShard } from '../../scripts/sweep/shard';
import { summarise, withDerived } from '../../scripts/sweep/summary';

const CLI = ['--import', 'tsx', 'scripts/sweep.ts'];
const CHEAP = ['--set', 'quality=low', '--set', 'block_width_um=600', '--jobs', '1'];

function sweep(...args: string[]) {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sweep design files', () => {
  it('reads CSV rows: seed, parameter columns (typed by the schema), optional days and id', () => {
    const design = parseDesign(
      '# comment\nid,seed,needle_length_mm,device,smoker,days\na,1,0.5,roller,true,7\nb,2,,,,\n',
      'csv',
      42,
    );
    expect(design.problems).toEqual([]);
    expect(design.rows).toEqual([
      { index: 0, id: 'a', seed: 1, days: 7, changes: { needle_length_mm: 0.5, device: 'roller', smoker: true } },
      { index: 1, id: 'b', seed: 2, days: 42, changes: {} },
    ]);
  });

  it('reads JSONL rows, nested or flat', () => {
    const text = '{"seed":1,"changes":{"sessions":3}}\n\n{"seed":2,"id":"x","days":1,"interval_days":"14"}\n';
    const design = parseDesign(text, 'jsonl', 42);
    expect(design.problems).toEqual([]);
    expect(design.rows.map((r) => [r.id, r.seed, r.days, r.changes])).toEqual([
      ['0', 1, 42, { sessions: 3 }],
      ['x', 2, 1, { interval_days: 14 }],
    ]);
  });

  it('reads the untreated control of a row (CSV and JSONL), checks its value and keeps it in the resume key', () => {
    const csv = parseDesign('id,seed,untreated,sessions\na,1,,3\na,1,true,3\nb,2,0,\nc,3,maybe,\n', 'csv', 7);
    expect(csv.rows.map((r) => [r.id, r.untreated])).toEqual([
      ['a', undefined],
      ['a', true],
      ['b', undefined],
    ]);
    expect(csv.problems).toEqual([
      { line: 5, column: 'untreated', message: 'untreated = "maybe" is not allowed: allowed true, false, 1 or 0' },
    ]);
    const jsonl = parseDesign(
      '{"seed":1,"untreated":true,"changes":{"sessions":2}}\n{"seed":1,"untreated":"x"}\n',
      'jsonl',
      7,
    );
    expect(jsonl.rows[0]).toMatchObject({ untreated: true, changes: { sessions: 2 } });
    expect(jsonl.problems).toMatchObject([{ line: 2, column: 'untreated' }]);
    expect(designJsonl([{ id: 'a', seed: 1, days: 7, changes: {}, untreated: true }])).toBe(
      '{"id":"a","seed":1,"days":7,"untreated":true,"changes":{}}\n',
    );
    const run = { id: 'a', seed: 1, days: 7, changes: {}, engine: 'e' };
    expect(runKey({ ...run, untreated: true })).not.toBe(runKey(run));
    expect(runKey(run)).toBe(JSON.stringify(['a', 1, 7, {}, 'e']));
  });

  it('runs an untreated row never needled, and records it as the control', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-control-'));
    writeFileSync(join(dir, 'pair.csv'), 'id,seed,days,untreated\npair,1,0.25,false\npair,1,0.25,true\n');
    const out = join(dir, 'out.jsonl');
    const r = sweep('--design', join(dir, 'pair.csv'), '--out', out, ...CHEAP);
    expect(r.code, r.stderr).toBe(0);
    const records = readRecords([out]);
    expect(records.map((rec) => [rec.untreated, rec.ok])).toEqual([
      [undefined, true],
      [true, true],
    ]);
    const sessions = records.map((rec) => (rec.ok ? rec.summary.metrics.sessions_done!.max : null));
    expect(sessions).toEqual([1, 0]);
  }, 60_000);

  it('names the line and column of every bad value and rejects the design', () => {
    const csv = parseDesign('seed,needle_length_mm,device\n1,3,pen\nx,0.5,laser\n', 'csv', 42);
    expect(csv.rows).toHaveLength(0);
    expect(csv.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'needle_length_mm'],
      [3, 'seed'],
      [3, 'device'],
    ]);
    expect(csv.problems[0]!.message).toMatch(/needle_length_mm = "3" is out of range: allowed 0.25–2.5 mm/);
    const header = parseDesign('seed,needle_lenght_mm\n1,0.5\n', 'csv', 42);
    expect(header.problems[0]).toMatchObject({ line: 1, column: 'needle_lenght_mm' });
    expect(header.problems[0]!.message).toMatch(/did you mean needle_length_mm/);
    const jsonl = parseDesign(
      '{"seed":1}\n{"seed":1,"changes":{"sessions":13}}\nnot json\n{"seed":1,"id":"0"}\n',
      'jsonl',
      42,
    );
    expect(jsonl.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'sessions'],
      [3, undefined],
      [4, 'id'],
    ]);
  });

  it('rejects a CLI design with problems: exit 2, every problem listed, nothing run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-bad-'));
    writeFileSync(join(dir, 'bad.csv'), 'seed,needle_length_mm\n1,0.5\n2,9\n3,-1\n');
    const r = sweep('--design', join(dir, 'bad.csv'), '--out', join(dir, 'out.jsonl'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad.csv line 3, column needle_length_mm: .*out of range/);
    expect(r.stderr).toMatch(/bad.csv line 4, column needle_length_mm/);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
    for (const [args, message] of [
      [['--design', 'x.txt'], /--design 'x.txt' must end in .csv/],
      [['--design', join(dir, 'bad.csv'), '--shard', '0/2'], /--shard 0\/2: .*k is 1-based/],
      [['--design', join(dir, 'bad.csv'), '--jobs', 'many'], /--jobs 'many' is not a number/],
      [['--bogus'], /unknown flag --bogus/],
    ] as const) {
      const bad = sweep(...args);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).toMatch(message);
    }
  }, 30_000);
});

describe('sweep shards', () => {
  it('takes k/n from --shard (1-based) or from a Slurm job array', () => {
    expect(parseShard('2/4', undefined, {})).toEqual({ k: 2, n: 4 });
    expect(parseShard(undefined, undefined, {})).toBeUndefined();
    expect(parseShard(undefined, '8', { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_MIN: '0' })).toEqual({ k: 1, n: 8 });
    expect(parseShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '3' })).toEqual({
      k: 3,
      n: 3,
    });
    expect(() => parseShard('3/2', undefined, {})).toThrow(/1 ≤ k ≤ n/);
    expect(() => parseShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: '1' })).toThrow(/--shard-count/);
    const rows = Array.from({ length: 10 }, (_, i) => i);
    const shards = [1, 2, 3].map((k) => rows.filter((i) => inShard(i, { k, n: 3 })));
    expect(shards).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
  });
});

describe('sweep summaries and output', () => {
  it('summarises each metric and derives the lineage and the myofibroblast share', () => {
    const s = summarise(
      withDerived({ t_h: [0, 1, 2], fibroblasts: [90, 60, 80], myofibroblasts: [10, 40, Number.NaN] }),
    );
    expect(s.metrics.fibroblast_lineage).toMatchObject({ first: 100, last: null, min: 100, max: 100, nonFinite: 1 });
    expect(s.metrics.myofibroblast_share).toMatchObject({ first: 0.1, max: 0.4, tMaxH: 1 });
    expect(s.metrics.fibroblasts).toMatchObject({ first: 90, last: 80, min: 60, max: 90, tMaxH: 0, nonFinite: 0 });
  });

  it('cuts a truncated last line before resuming', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-out-'));
    const path = join(dir, 'out.jsonl');
    const line = { id: 'a', index: 0, seed: 1, days: 1, changes: {}, engine: 'e', wallS: 1, ok: true, summary: {} };
    writeFileSync(path, `${JSON.stringify(line)}\n{"id":"b","ind`);
    const existing = readExisting(path);
    expect(existing.done.size).toBe(1);
    expect(existing.repairedBytes).toBeGreaterThan(0);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(line)}\n`);
    appendFileSync(path, `${JSON.stringify({ ...line, id: 'c' })}\n`);
    expect(readRecords([path]).map((r) => r.id)).toEqual(['a', 'c']);
  });
});

describe('npm run sweep end to end', () => {
  it('runs a 200-row design in two shards, resumes the shard killed half-way, and holds every row once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sweep-200-'));
    const design = join(dir, 'd200.csv');
    const lengths = [0.25, 0.5, 1, 1.5, 2, 2.5];
    const lines = ['id,seed,needle_length_mm,days'];
    for (let i = 0; i < 200; i++) lines.push(`r${i},${(i % 3) + 1},${lengths[i % 6]},0.1`);
    writeFileSync(design, `${lines.join('\n')}\n`);
    const out = (k: number) => join(dir, `d200.shard-${k}-of-2.jsonl`);
    const args = (k: number) => [...CLI, '--design', design, '--shard', `${k}/2`, ...CHEAP, '--out', out(k)];

    // Shard 1 is killed once it has written 30 lines; shard 2 runs alongside to the end.
    const killed = spawn(process.execPath, args(1), { stdio: 'ignore' });
    const other = spawn(process.execPath, args(2), { stdio: 'ignore' });
    const otherDone = new Promise<number | null>((resolve) => other.on('exit', resolve));
    const killedDone = new Promise<void>((resolve) => killed.on('exit', () => resolve()));
    for (;;) {
      const written = existsSync(out(1)) ? readFileSync(out(1), 'utf8').split('\n').length - 1 : 0;
      if (written >= 30 || killed.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    killed.kill('SIGKILL');
    await killedDone;
    expect(await otherDone).toBe(0);
    const before = readFileSync(out(1), 'utf8').split('\n').length - 1;
    expect(before).toBeGreaterThanOrEqual(30);
    expect(before).toBeLessThan(100);

    const resumed = sweep('--design', design, '--shard', '1/2', ...CHEAP, '--out', out(1));
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(new RegExp(`sweep: 100 run\\(s\\) \\(shard 1 of 2\\), ${before} already in`));

    const raw = [out(1), out(2)].flatMap((p) => readFileSync(p, 'utf8').trim().split('\n'));
    expect(raw).toHaveLength(200); // no duplicates: the resumed shard ran only what was missing
    const records = readRecords([out(1), out(2)]);
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 200 }, (_, i) => `r${i}`));
    expect(records.every((r) => r.ok)).toBe(true);
    const first = records[0]!;
    expect(first.engine).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(first.changes).toEqual({ block_width_um: 600, needle_length_mm: 0.25, quality: 'low' });
    if (first.ok) expect(first.summary.metrics.fibroblasts!.first).toBeGreaterThan(0);

    // Same seed and changes → the same summary, whichever shard or process ran it (r0 and r6 differ only by id).
    const r6 = records[6]!;
    if (first.ok && r6.ok) expect(r6.summary).toEqual(first.summary);
  }, 90_000);
});
