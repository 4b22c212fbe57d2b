/**
 * Shards: which rows of a design this process runs, so a scheduler can spread one design over many machines.
 *
 * Shard k of n (k is 1-based) runs the rows whose 0-based index i has i % n == k − 1. k and n come from
 * `--shard k/n`, or from a Slurm job array: k = SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1 (so `--array=0-9`
 * and `--array=1-10` both give shards 1–10) and n from `--shard-count` or SLURM_ARRAY_TASK_COUNT.
 */
import { UsageError } from '../lib/args';

export interface Shard {
  /** 1-based. */
  readonly k: number;
  readonly n: number;
}

const MAX_SHARDS = 100_000;

export function parseShard(
  shardFlag: string | undefined,
  shardCountFlag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Shard | undefined {
  if (shardFlag !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(shardFlag);
    if (!match) throw new UsageError(`--shard '${shardFlag}' must look like k/n with 1 ≤ k ≤ n (e.g. --shard 2/8)`);
    return checked(Number(match[1]), Number(match[2]), `--shard ${shardFlag}`);
  }
  const taskId = env.SLURM_ARRAY_TASK_ID;
  const countText = shardCountFlag ?? env.SLURM_ARRAY_TASK_COUNT;
  if (shardCountFlag !== undefined && taskId === undefined) {
    throw new UsageError('--shard-count needs SLURM_ARRAY_TASK_ID in the environment (or use --shard k/n)');
  }
  if (taskId === undefined) return undefined;
  if (countText === undefined) {
    throw new UsageError('SLURM_ARRAY_TASK_ID is set but the shard count is not: give --shard-count n');
  }
  const id = integer(taskId, 'SLURM_ARRAY_TASK_ID');
  const min = env.SLURM_ARRAY_TASK_MIN === undefined ? 1 : integer(env.SLURM_ARRAY_TASK_MIN, 'SLURM_ARRAY_TASK_MIN');
  const n = integer(countText, shardCountFlag !== undefined ? '--shard-count' : 'SLURM_ARRAY_TASK_COUNT');
  return checked(id - min + 1, n, `SLURM_ARRAY_TASK_ID ${taskId} (min ${min}) of ${n}`);
}

function integer(text: string, name: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${name} '${text}' is not a whole number`);
  return Number(text);
}

function checked(k: number, n: number, given: string): Shard {
  if (n < 1 || n > MAX_SHARDS || k < 1 || k > n) {
    throw new UsageError(`${given}: shard k of n needs 1 ≤ k ≤ n ≤ ${MAX_SHARDS} (k is 1-based)`);
  }
  return { k, n };
}

export function inShard(index: number, shard: Shard | undefined): boolean {
  return shard === undefined || index % shard.n === shard.k - 1;
}

/** File-name suffix for a shard's output, e.g. `.shard-2-of-8`. */
export function shardSuffix(shard: Shard | undefined): string {
  return shard === undefined ? '' : `.shard-${shard.k}-of-${shard.n}`;
}
