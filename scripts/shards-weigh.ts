// npm run shards:weigh -- [<durations.json> ...]
// Keeps the durations of the last run as the shards' weights (specs/shard-weights.json, committed), so that
// `--shard=i/n` splits the tests by time (harness/reporters/timed-shards.ts). Every run writes its durations beside its
// JUnit file: reports/durations.json (the default here) for a whole run or `npm run report:merge`, and
// <shard folder>/reports/durations.json for one shard (name every shard's; several runs' files average out a loaded
// machine). Exit codes: 0 written, 2 bad input.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  readShardWeights,
  SHARD_WEIGHTS_FILE,
  ShardWeightsError,
  type Durations,
  type RunDurations,
  type ShardWeights,
} from '../harness/reporters/shard-weights';
import { readJsonFile } from '../harness/json-file';

const USAGE =
  'usage: npm run shards:weigh -- [<durations.json> ...]   (default reports/durations.json, written by the last run)';

function badInput(message: string): never {
  process.stderr.write(`shards:weigh: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const files = process.argv.slice(2);
if (files.some((f) => f.startsWith('-')))
  badInput(`${files.find((f) => f.startsWith('-'))}: not an option of this command`);
// One run named twice would count twice in every mean.
const twice = files.find((f, i) => files.findIndex((g) => resolve(g) === resolve(f)) !== i);
if (twice !== undefined) badInput(`${twice}: named twice; name each run's file once`);
// A test named by several files (runs of the same shard, or runs on another day) weighs the mean of its durations:
// a loaded machine then counts for less.
const runs: Record<string, number[]> = {};
// What tests cost beyond their durations, over the runs that give their wall time: wall × workers − Σ durations.
let beyond = 0;
let counted = 0;
for (const file of files.length ? files : ['reports/durations.json']) {
  if (!existsSync(file))
    badInput(
      `${file}: no such file; a run writes it beside its JUnit file (npm run e2e, npm test, or npm run report:merge for shards)`,
    );
  const data = readJsonFile(file, badInput);
  const run = (data && typeof data === 'object' ? data : {}) as Partial<RunDurations>;
  const entries =
    run.durations && typeof run.durations === 'object' && !Array.isArray(run.durations)
      ? Object.entries(run.durations)
      : [];
  const bad = entries.find(([, ms]) => typeof ms !== 'number' || !(ms >= 0));
  if (!entries.length || bad)
    badInput(
      `${file}: not a run's durations ("durations": a test's title path to its milliseconds)${bad ? `; "${bad[0]}" has ${JSON.stringify(bad[1])}` : ''}`,
    );
  for (const [key, ms] of entries) (runs[key] ??= []).push(ms as number);
  if (typeof run.wallMs === 'number' && typeof run.workers === 'number') {
    beyond += run.wallMs * run.workers - entries.reduce((sum, [, ms]) => sum + (ms as number), 0);
    counted += entries.length;
  }
}
const durations: Durations = Object.fromEntries(
  Object.entries(runs).map(([key, ms]) => [key, Math.round(ms.reduce((a, b) => a + b, 0) / ms.length)]),
);
// A merged file (`npm run report:merge`) has no one wall time: the cost beyond the durations is then the one the
// weights already hold, not 0, which would split by durations alone. Weights that cannot be read are being replaced.
let saved: number | undefined;
if (!counted) {
  try {
    saved = readShardWeights()?.perTestMs;
  } catch (e) {
    if (!(e instanceof ShardWeightsError)) throw e;
  }
}
const perTestMs = counted ? Math.max(0, Math.round(beyond / counted)) : (saved ?? 0);

const weights: ShardWeights = {
  about:
    'How long each test took in a run, in ms, and what each test costs beyond that: ' +
    '--shard=i/n gives each shard about the same time (harness/reporters/timed-shards.ts). ' +
    'Refresh after a run with npm run shards:weigh (see docs/guides/scaling-and-ci.md, Shards by time).',
  perTestMs,
  durations: Object.fromEntries(Object.entries(durations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
};
mkdirSync(dirname(SHARD_WEIGHTS_FILE), { recursive: true });
writeFileSync(SHARD_WEIGHTS_FILE, `${JSON.stringify(weights, null, 1)}\n`);
const total = Object.values(durations).reduce((a, b) => a + b, 0);
const from = (files.length ? files : ['reports/durations.json']).join(', ');
console.log(
  `shards:weigh: ${SHARD_WEIGHTS_FILE}: ${Object.keys(durations).length} tests, ` +
    `${(total / 1000).toFixed(1)} s and ${perTestMs} ms more each` +
    `${saved === undefined ? '' : ` (kept: no file gives a run's wall time and workers)`}, from ${from}`,
);
