import { InvalidArgumentError } from 'commander';

/** One part of a run split across CI jobs: part `index` (from 1) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Reads `--shard i/n` (1 <= i <= n). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 10_000) {
    throw new InvalidArgumentError('Use i/n with 1 <= i <= n, e.g. 2/4 for the second of four parts.');
  }
  return { index, count };
}

/**
 * Shard `index` of `count` of a sorted list: consecutive runs of nearly equal length, so every
 * item is in exactly one shard and the shards together are the whole list, in order. The
 * split depends only on the list, never on the machine or the time.
 */
export function shardOf<T>(sorted: readonly T[], shard: Shard): T[] {
  const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const end = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(start, end);
}
