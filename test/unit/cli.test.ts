/** The simulate CLI as a user runs it: JSON contract, determinism across processes, and exit code 2 on bad input. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PARAM_IDS } from '../../workers/model/params';

function simulate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run simulate', () => {
  it('prints the metrics contract as one JSON object, identical for the same seed in two processes', () => {
    const args = ['--days', '1', '--seed', '4', '--set', 'block_width_um=600', '--set', 'quality=low', '--json'];
    const a = simulate(...args);
    expect(a.code).toBe(0);
    const out = JSON.parse(a.stdout) as {
      version: number;
      seed: number;
      params: Record<string, unknown>;
      series: Record<string, unknown[]>;
    };
    expect(out.version).toBe(1);
    expect(out.seed).toBe(4);
    expect(Object.keys(out.params).sort()).toEqual([...PARAM_IDS].sort());
    expect(out.params.block_width_um).toBe(600);
    expect(out.series.t_h).toEqual(Array.from({ length: 25 }, (_, i) => i));
    for (const series of Object.values(out.series)) expect(series).toHaveLength(25);
    expect(out.series.phase![0]).toBe('hemostasis'); // t = 0: right after the needling
    expect(simulate(...args).stdout).toBe(a.stdout);
  }, 60_000);

  it('runs the untreated control of the same block and seed: never needled, marked untreated in the contract', () => {
    const args = ['--days', '1', '--seed', '4', '--set', 'block_width_um=600', '--set', 'quality=low', '--json'];
    const control = simulate(...args, '--untreated');
    expect(control.code).toBe(0);
    const out = JSON.parse(control.stdout) as { untreated?: boolean; series: Record<string, unknown[]> };
    expect(out.untreated).toBe(true);
    expect(new Set(out.series.sessions_done)).toEqual(new Set([0]));
    expect(new Set(out.series.channels_per_mm2)).toEqual(new Set([0]));
    expect(out.series.phase![0]).toBe('baseline');
    const treated = JSON.parse(simulate(...args).stdout) as { untreated?: boolean; series: Record<string, unknown[]> };
    expect(treated.untreated).toBeUndefined();
    expect(treated.series.sessions_done![0]).toBe(1);
  }, 60_000);

  it.each([
    [['--untreated=yes'], /--untreated takes no value/],
    [['--untreated', '--untreated'], /--untreated was given more than once/],
    [['--days', 'x'], /--days 'x' is not a number: allowed a number in 0–400/],
    [['--days', '500'], /--days 500 is out of range: allowed a number in 0–400/],
    [['--seed', '1.5'], /--seed 1.5 is out of range: allowed an integer in 0–4294967295/],
    [['--preset', 'nope'], /--preset 'nope' is unknown: allowed reference, /],
    [['--set', 'needle_length_mm=3'], /needle_length_mm = "3" is out of range: allowed 0.25–2.5 mm/],
    [['--set', 'device=laser'], /device/],
    [['--set', 'smoker=maybe'], /smoker/],
    [
      ['--set', 'condition=acne-rolling'],
      /condition = "acne-rolling" is not modelled yet: allowed one of normal, melasma/,
    ],
    [['--set', 'nonsense'], /--set 'nonsense' must look like id=value/],
    [['--frobnicate'], /unknown flag --frobnicate/],
  ])(
    'rejects %j with exit code 2 and one line naming the flag',
    (args, message) => {
      const r = simulate(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    },
    30_000,
  );
});
