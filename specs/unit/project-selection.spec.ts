import { expect, test } from '@playwright/test';
import { runsAnyOf, selectedProjects, selects, sharedOutWorkers } from '../../harness/settings/project-selection';

const browserProjects = ['e2e-en-US', 'e2e-ko-KR'];
const cli = (...args: string[]) => ['/usr/bin/node', 'node_modules/.bin/playwright', 'test', ...args];

test.describe('which projects a playwright test command line selects', () => {
  test('none named: every project runs, the browser ones included', () => {
    expect(selectedProjects(cli())).toBeUndefined();
    expect(runsAnyOf(cli('specs/unit/store.spec.ts', '--workers=1'), browserProjects)).toBe(true);
  });

  test('the unit project alone opens no browser, in either way of writing it', () => {
    expect(runsAnyOf(cli('--project=unit'), browserProjects)).toBe(false);
    expect(runsAnyOf(cli('--project', 'unit', '--workers=2'), browserProjects)).toBe(false);
    expect(runsAnyOf(cli('--project=unit', 'specs/unit/config.spec.ts'), browserProjects)).toBe(false);
  });

  test('a browser project, by name, by wildcard or beside unit, opens one', () => {
    expect(runsAnyOf(cli('--project=e2e-ko-KR'), browserProjects)).toBe(true);
    expect(runsAnyOf(cli('--project=e2e-*'), browserProjects)).toBe(true);
    expect(runsAnyOf(cli('--project', 'unit', 'e2e-en-US'), browserProjects)).toBe(true);
    expect(runsAnyOf(cli('--project=unit', '--project=E2E-EN-US'), browserProjects)).toBe(true);
  });

  test('names and wildcards match as Playwright matches them: whole name, any case', () => {
    expect(selectedProjects(cli('--project', 'unit', 'e2e-en-US', '--grep', 'x'))).toEqual(['unit', 'e2e-en-US']);
    expect(selects('e2e-*', 'e2e-ko-KR')).toBe(true);
    expect(selects('*ko*', 'e2e-ko-KR')).toBe(true);
    expect(selects('e2e', 'e2e-ko-KR')).toBe(false);
    expect(selects('e2e-en-us', 'e2e-en-US')).toBe(true);
    expect(selects('e2e.en.US', 'e2e-en-US')).toBe(false);
  });

  test('projects that share a per-worker cost share the workers out when several run, and only then', () => {
    const harness = ['harness-en-US', 'harness-ko-KR'];
    expect(sharedOutWorkers(cli(), harness, 2, false)).toBe(1);
    expect(sharedOutWorkers(cli('--project=harness-*', '--project=e2e-*'), harness, 2, false)).toBe(1);
    expect(sharedOutWorkers(cli(), harness, 8, false)).toBe(4);
    expect(sharedOutWorkers(cli(), harness, 1, false)).toBe(1);
    // One language alone keeps every worker; so does a shard.
    expect(sharedOutWorkers(cli('--project=harness-ko-KR'), harness, 2, false)).toBeUndefined();
    expect(sharedOutWorkers(cli('--project=e2e-*'), harness, 2, false)).toBeUndefined();
    expect(sharedOutWorkers(cli('--shard=1/4'), harness, 2, true)).toBeUndefined();
  });
});
