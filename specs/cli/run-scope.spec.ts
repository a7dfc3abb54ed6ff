import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { runScope } from '../../harness/settings/run-scope';

const browserProjects = ['e2e-en-US', 'e2e-ko-KR'];
const cli = (...args: string[]) => ['/usr/bin/node', 'playwright', 'test', ...args];

// A child process of its own: what is tested is the decision crossing from a process to its child.
test.describe('the run scope, decided once by the runner', () => {
  test("a worker, the runner's child, takes the runner's decision though its command line names no project", () => {
    // This test process plays the runner: without the decision its own runner left for it.
    const env: NodeJS.ProcessEnv = { ...process.env, PARTNER_HARNESS_RUN: undefined };
    expect(runScope(browserProjects, env, cli('--project=unit'))).toEqual({ starts: true, browser: false });
    const worker = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { runScope } from './harness/settings/run-scope.ts'; console.log(JSON.stringify(runScope(${JSON.stringify(browserProjects)})));`,
      ],
      { env, encoding: 'utf8' },
    );
    expect(JSON.parse(worker.stdout)).toEqual({ starts: false, browser: false });
  });
});
