import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { githubCalls, gitlabCalls, scriptCall } from '../../scripts/ci-templates';

// GitHub's annotations on the page's lines are GitHub's alone: GitLab shows the docs check's JUnit file instead.
const githubOnly: Record<string, string[]> = { docs: ['docs:annotate'] };

test.describe('the CI templates run the same npm scripts', () => {
  test('an npm script call is read with the names of the options it passes', () => {
    expect(
      [
        'npm run test:browser -- --shard="$CI_NODE_INDEX/$CI_NODE_TOTAL"',
        'npm run lint:ci',
        'npm test',
        'npm run report:merge -- shards/*',
        'npx playwright test',
        'npm ci',
      ].map(scriptCall),
    ).toEqual(['test:browser --shard', 'lint:ci', 'test', 'report:merge', undefined, undefined]);
  });

  test('each GitHub job runs the npm scripts of the GitLab job of its name, in the same order, and nothing else', () => {
    const gitlab = gitlabCalls();
    const github = githubCalls();
    expect(Object.keys(github.jobs).sort()).toEqual(Object.keys(gitlab.jobs).sort());
    const githubWithoutItsOwn = Object.fromEntries(
      Object.entries(github.jobs).map(([job, calls]) => [job, calls.filter((c) => !githubOnly[job]?.includes(c))]),
    );
    expect(githubWithoutItsOwn).toEqual(gitlab.jobs);
    // A GitHub-only script that GitHub no longer runs is a stale exception.
    for (const [job, scripts] of Object.entries(githubOnly))
      expect(github.jobs[job]).toEqual(expect.arrayContaining(scripts));
  });

  test('every job runs the project through npm scripts, and every script it names exists', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const template of [gitlabCalls(), githubCalls()]) {
      expect(template.direct).toEqual([]);
      const named = Object.values(template.jobs)
        .flat()
        .map((call) => call.split(' ')[0] ?? '');
      expect(named.filter((name) => !(name in scripts))).toEqual([]);
    }
  });

  test('the jobs run type-check, lint, the template lint, the specs without a browser, every browser spec in shards, the merge and the docs check', () => {
    expect(gitlabCalls().jobs).toEqual({
      static: ['setup', 'typecheck', 'lint', 'lint:ci', 'test:unit', 'test:cli'],
      browser: ['setup', 'test:browser --shard'],
      report: ['setup', 'report:merge'],
      docs: ['setup', 'docs:check'],
    });
  });
});
