import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseOptions } from '../../harness/command-options';
import { optionsSentToNpm } from '../../harness/options-sent-to-npm';

/** What npm 11 exports to every script it runs, whatever it is given: its own settings, a few of them empty. */
const npmDefaults = {
  npm_command: 'run',
  npm_config_cache: '/root/.npm',
  npm_config_prefix: '/usr',
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_userconfig: '/root/.npmrc',
  npm_config_loglevel: 'silent',
  npm_config_audit: '',
  npm_config_yes: '',
  npm_lifecycle_event: 'docs:check',
  npm_lifecycle_script: 'tsx bindings/cli/docs-check.ts',
};
const names = ['doc', 'out', 'seed', 'fresh', 'confirm-all'];
const entry = 'bindings/cli/docs-check.ts';

test.describe('an option given to npm run without -- is named, not dropped', () => {
  test('a flag npm took (npm run docs:check --fresh) is one line saying where it belongs', () => {
    expect(optionsSentToNpm(names, { ...npmDefaults, npm_config_fresh: 'true' }, entry)).toBe(
      '--fresh went to npm, not to the command: put it after --, as in npm run docs:check -- --fresh',
    );
  });

  test("an option's value and a dashed name are given back as npm spelt them (lower case, dashes as underscores)", () => {
    expect(
      optionsSentToNpm(names, { ...npmDefaults, npm_config_seed: '3', npm_config_confirm_all: 'true' }, entry),
    ).toBe(
      '--seed=3 --confirm-all went to npm, not to the command: put them after --, as in npm run docs:check -- --seed=3 --confirm-all',
    );
    expect(optionsSentToNpm(names, { ...npmDefaults, npm_config_out: 'my reports' }, entry)).toBe(
      "--out='my reports' went to npm, not to the command: put it after --, as in npm run docs:check -- --out='my reports'",
    );
  });

  test("npm's own settings are no option of the command, whatever their names", () => {
    expect(optionsSentToNpm(names, npmDefaults, entry)).toBeUndefined();
    // Its empty ones are false (npm_config_yes=), as is --no-fresh: never an option the command reads.
    expect(
      optionsSentToNpm([...names, 'yes', 'audit'], { ...npmDefaults, npm_config_fresh: '' }, entry),
    ).toBeUndefined();
    // A name npm has a setting by: --force without -- is npm's own, and so is force=true in ~/.npmrc.
    expect(optionsSentToNpm([...names, 'force'], { ...npmDefaults, npm_config_force: 'true' }, entry)).toBeUndefined();
  });

  test('a command npm did not start is left alone, whatever npm_config_ variables it inherits', () => {
    const { npm_lifecycle_event: _, ...inherited } = npmDefaults;
    expect(optionsSentToNpm(names, { ...inherited, npm_config_fresh: 'true' }, entry)).toBeUndefined();
    // Started inside another script's run (npm test's, a spec's child): that run's variables are not this command's.
    const insideTest = { ...npmDefaults, npm_lifecycle_event: 'test', npm_lifecycle_script: 'bash scripts/test.sh' };
    expect(optionsSentToNpm(names, { ...insideTest, npm_config_fresh: 'true' }, entry)).toBeUndefined();
  });

  test('parseOptions refuses an option npm took before reading the arguments npm passed on (--from x: x alone)', () => {
    const options = { from: { type: 'string', multiple: true }, out: { type: 'string' } } as const;
    // npm's script names this very process's file, as `tsx bindings/cli/docs-coverage.ts` would.
    const script = `tsx ${relative(process.cwd(), process.argv[1] ?? '')}`;
    const env = {
      ...npmDefaults,
      npm_lifecycle_event: 'docs:coverage',
      npm_lifecycle_script: script,
      npm_config_from: 'true',
    };
    expect(() => parseOptions({ args: ['x'], options }, env)).toThrow(
      new TypeError('--from went to npm, not to the command: put it after --, as in npm run docs:coverage -- --from'),
    );
    expect(parseOptions({ args: ['--from', 'x'], options }, npmDefaults).values).toEqual({ from: ['x'] });
  });
});
