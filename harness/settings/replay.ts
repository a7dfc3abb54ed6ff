import { defaultToday } from './config';

// The runner validated FAKER_SEED and TODAY and set both (harness/settings/settings.ts); workers inherit them.

/** The run's seed, from which each test derives its own. */
export function runSeed(): number {
  return Number(process.env.FAKER_SEED ?? 0);
}

/** The date a test runs on unless its spec sets one. */
export function runToday(): string {
  return process.env.TODAY || defaultToday;
}

/** The command that runs the same tests again on the same data and date. */
export function replayCommand(): string {
  return `FAKER_SEED=${runSeed()} TODAY=${runToday()} npm test`;
}
