import { expect, test } from '@playwright/test';
import { runsAnyOf, selectedProjects, selects } from '../../harness/settings/project-selection';

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
});
