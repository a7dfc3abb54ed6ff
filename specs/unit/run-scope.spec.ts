import { expect, test } from '@playwright/test';
import { runScope } from '../../harness/settings/run-scope';

const browserProjects = ['e2e-en-US', 'e2e-ko-KR'];
const cli = (...args: string[]) => ['/usr/bin/node', 'playwright', 'test', ...args];

test.describe('the run scope, decided once by the runner', () => {
  test('the runner decides from its command line; its later loads and its workers reuse that decision', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(runScope(browserProjects, env, cli('--project=unit'))).toEqual({ starts: true, browser: false });
    // A worker's command line names no project: it must not decide again (it would ask for a browser).
    expect(runScope(browserProjects, env, ['/usr/bin/node', 'workerProcessEntry.js'])).toEqual({
      starts: false,
      browser: false,
    });
  });

  test('a decision left by an unrelated process is not inherited', () => {
    const env: NodeJS.ProcessEnv = { PARTNER_HARNESS_RUN: '1:no-browser' };
    expect(runScope(browserProjects, env, cli('--project=e2e-*'))).toEqual({ starts: true, browser: true });
  });
});
