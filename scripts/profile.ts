// `npm run profile [-- --cold] [--project=…] [--grep=…] [--workers=…] [--repeat-each=…] [--shard=…]`: runs
// `npm test` once and breaks its wall time down (set-up, type-check, lint, the sandbox build and start, worker
// start-up, per-test fixtures, page loads, the actions, the docs-check specs, the reporters) into a markdown table,
// from Playwright's own step timings (a reporter, scripts/profile/profile-reporter.ts) and marks each phase leaves
// (scripts/profile/marks.ts). Bad arguments: one line and exit 2, before the run (scripts/profile/profile-args.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProfileArgsError, profileArgs } from './profile/profile-args';
import type { ProfileData } from './profile/profile-reporter';
import { profileTable } from './profile/table';
import { buildCacheVariable } from './sandbox-build';

const root = fileURLToPath(new URL('..', import.meta.url));
let cold: boolean;
let passOn: string[];
try {
  ({ cold, passOn } = profileArgs(process.argv.slice(2), process.env));
} catch (error) {
  if (!(error instanceof ProfileArgsError)) throw error;
  process.stderr.write(`profile: ${error.message}\n`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'profile-'));
// Cold: an empty build cache of its own, so the shared one, which another run may be serving from, stays as it is.
const env = {
  ...process.env,
  PROFILE_MARKS: join(dir, 'marks.jsonl'),
  PROFILE_TESTS: join(dir, 'tests.json'),
  ...(cold && { [buildCacheVariable]: join(dir, 'sandbox-build') }),
};

const imports = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/profile/import-times.ts')], {
  cwd: root,
  encoding: 'utf8',
});
const started = Date.now();
const run = spawnSync('bash', [join(root, 'scripts/test.sh'), ...passOn], {
  cwd: root,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const ended = Date.now();
if (cold) rmSync(join(dir, 'sandbox-build'), { recursive: true, force: true });

// A run stopped before its tests (a type error, a lint finding) has no tests to break down: say so, not a stack trace.
if (!existsSync(env.PROFILE_TESTS)) {
  process.stderr.write(`profile: npm test exited ${run.status} before its tests ran (above): nothing to break down\n`);
  process.exit(run.status || 1);
}
const marks = readFileSync(env.PROFILE_MARKS, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { name: string; t: number });
const data = JSON.parse(readFileSync(env.PROFILE_TESTS, 'utf8')) as ProfileData;
const importTimes =
  imports.status === 0 ? (JSON.parse(imports.stdout) as { total: number; times: Record<string, number> }) : undefined;
process.stdout.write(
  `\n${profileTable({ started, ended, marks, data, importTimes, cores: (await import('node:os')).availableParallelism() })}\n`,
);
process.stdout.write(`\nnpm test exited ${run.status}; the raw figures are in ${dir}\n`);
process.exit(run.status ?? 1);
