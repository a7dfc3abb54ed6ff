import { existsSync } from 'node:fs';
import { readJsonFile } from '../json-file';

/** Where the durations that balance the shards are kept, committed; `npm run shards:weigh` refreshes them. */
export const SHARD_WEIGHTS_FILE = 'specs/shard-weights.json';

/** How long each test took in a run, in milliseconds, by its key (testKey). */
export type Durations = Record<string, number>;

/** What a run writes beside its JUnit file (harness/reporters/durations.ts): a merge of shards has no wall time. */
export interface RunDurations {
  wallMs?: number;
  workers?: number;
  durations: Durations;
}

export interface ShardWeights {
  /** What the figures are and how to refresh them, for whoever opens the file. */
  about: string;
  /**
   * What a test costs beyond its own duration, in worker-ms: the runner's dispatch, a context closed, the reports.
   * Without it a shard of many short tests runs longer than its durations say.
   */
  perTestMs: number;
  durations: Durations;
}

/** A test by its project, file and titles, as every run and a merge of shards name it: `e2e-ko-KR › docs-check.spec.ts › … › title`. */
export function testKey(titlePath: readonly string[]): string {
  // titlePath() begins with the root suite's empty title.
  return titlePath.filter((t, i) => i > 0 || t !== '').join(' › ');
}

export class ShardWeightsError extends Error {
  override name = 'ShardWeightsError';
}

/** The committed durations; undefined when there is no file (every test then weighs the same, as Playwright shards). */
export function readShardWeights(file = SHARD_WEIGHTS_FILE): ShardWeights | undefined {
  if (!existsSync(file)) return undefined;
  const data = readJsonFile(file, (line) => {
    throw new ShardWeightsError(`${line}; refresh it with npm run shards:weigh`);
  });
  const durations = (data as { durations?: unknown } | null)?.durations;
  const bad =
    durations && typeof durations === 'object'
      ? Object.entries(durations).find(([, ms]) => typeof ms !== 'number' || !(ms >= 0))
      : undefined;
  if (!durations || typeof durations !== 'object' || Array.isArray(durations) || bad) {
    const which = bad ? `; "${bad[0]}" has ${JSON.stringify(bad[1])}` : '';
    throw new ShardWeightsError(
      `${file}: "durations" must map each test to its milliseconds${which}; refresh it with npm run shards:weigh`,
    );
  }
  const perTestMs = (data as { perTestMs?: unknown }).perTestMs ?? 0;
  if (typeof perTestMs !== 'number' || !(perTestMs >= 0))
    throw new ShardWeightsError(
      `${file}: "perTestMs" must be a number of milliseconds, not ${JSON.stringify(perTestMs)}; refresh it with npm run shards:weigh`,
    );
  return { about: String((data as { about?: unknown }).about ?? ''), perTestMs, durations: durations as Durations };
}

/** Tests that run together in one worker, in order (a serial or default-mode describe or file), weighed as one. */
export interface TestGroup<T> {
  tests: T[];
  keys: string[];
}

/**
 * Splits the groups into `total` shards of about equal time: the longest group first, each to the shard with the
 * least time so far (ties to the lower shard), so every shard computes the same split from the same suite. A test
 * the durations do not know (a new one) weighs the median of those they know. Each test also weighs `perTestMs`.
 */
export function balanceShards<T>(
  groups: readonly TestGroup<T>[],
  durations: Durations,
  total: number,
  perTestMs = 0,
): { shards: TestGroup<T>[][]; times: number[] } {
  const known = Object.values(durations).sort((a, b) => a - b);
  const fallback = known.length ? (known[Math.floor((known.length - 1) / 2)] ?? 0) : 1;
  const weighed = groups.map((group) => ({
    group,
    ms: group.keys.reduce((sum, key) => sum + (durations[key] ?? fallback) + perTestMs, 0),
    first: group.keys[0] ?? '',
  }));
  weighed.sort((a, b) => b.ms - a.ms || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const shards: TestGroup<T>[][] = Array.from({ length: total }, () => []);
  const times: number[] = Array.from({ length: total }, () => 0);
  for (const { group, ms } of weighed) {
    const least = times.indexOf(Math.min(...times));
    shards[least]?.push(group);
    times[least] = (times[least] ?? 0) + ms;
  }
  return { shards, times };
}
