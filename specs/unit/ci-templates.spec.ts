import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, stringify } from 'yaml';
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

  test('the jobs run type-check, lint, template lint, specs without a browser, browser shards, the merge and the docs check, each staging its uploads', () => {
    expect(gitlabCalls().jobs).toEqual({
      static: ['setup', 'typecheck', 'lint', 'lint:ci', 'test:unit', 'test:cli'],
      browser: ['setup', 'test:browser --shard', 'artifacts:stage'],
      report: ['setup', 'report:merge', 'artifacts:stage'],
      docs: ['setup', 'docs:check', 'artifacts:stage'],
    });
  });

  test("a command's kept outcome is read as a call only just before the staging and the exit that use it", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-templates-'));
    try {
      const file = join(dir, '.gitlab-ci.yml');
      const job = (script: string[]) => ({ stage: 'test', script });
      const staged = ['export JOB_STATUS=', 'npm run docs:check || JOB_STATUS=$?'];
      const ends = ['npm run artifacts:stage -- upload x || JOB_STATUS=${JOB_STATUS:-1}', 'exit ${JOB_STATUS:-0}'];
      writeFileSync(
        file,
        stringify({
          docs: job([...staged, ...ends]),
          // A failure hidden where no exit uses it: the line is no call, and so a command outside npm scripts.
          static: job(['npm run typecheck || JOB_STATUS=$?', 'npm run lint']),
          early: job(['npm run typecheck -- --pretty || JOB_STATUS=$?', 'npm run lint', ...ends]),
        }),
      );
      const calls = gitlabCalls(file);
      expect(calls.jobs).toEqual({
        docs: ['docs:check', 'artifacts:stage'],
        static: ['lint'],
        early: ['lint', 'artifacts:stage'],
      });
      expect(calls.direct).toEqual([
        'static: npm run typecheck || JOB_STATUS=$?',
        'early: npm run typecheck -- --pretty || JOB_STATUS=$?',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // A failed run's outputs are uploaded too: only the staged copy, without the files holding a card number, may be.
  test("every upload is of the staged copy (upload/), staged whatever the tests' outcome", () => {
    const gitlab = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<
      string,
      { script?: string[]; artifacts?: { paths?: string[]; reports?: { junit?: string } } }
    >;
    const gitlabUploads = Object.entries(gitlab).flatMap(([name, job]) =>
      job?.artifacts ? [{ name, script: job.script ?? [], artifacts: job.artifacts }] : [],
    );
    expect(gitlabUploads.map((u) => u.name)).toEqual(['browser', 'report', 'docs']);
    for (const { name, script, artifacts } of gitlabUploads) {
      const paths = [...(artifacts.paths ?? []), artifacts.reports?.junit ?? 'upload/'];
      expect(
        paths.filter((p) => !p.startsWith('upload/') || p.split('/').includes('..')),
        name,
      ).toEqual([]);
      // The job's last four lines: its outcome emptied; its command, the outcome kept; the staging; the exit with it.
      const [reset, command, staging, end] = script.slice(-4);
      expect(reset, name).toBe('export JOB_STATUS=');
      expect(command, name).toMatch(/^npm run [\w:]+( -- .*)? \|\| JOB_STATUS=\$\?$/);
      expect(staging, name).toMatch(/^npm run artifacts:stage -- upload .* \|\| JOB_STATUS=\$\{JOB_STATUS:-1\}$/);
      expect(end, name).toBe('exit ${JOB_STATUS:-0}');
    }

    type Step = { uses?: string; run?: string; if?: string; with?: { path?: string } };
    const github = parse(readFileSync('.github/workflows/e2e.yml', 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    let uploads = 0;
    for (const [name, job] of Object.entries(github.jobs)) {
      job.steps.forEach((step, i) => {
        if (!step.uses?.startsWith('actions/upload-artifact@')) return;
        uploads++;
        expect(
          step.with?.path?.split('\n').filter((p) => p && (!p.startsWith('upload/') || p.split('/').includes('..'))),
          name,
        ).toEqual([]);
        const staging = job.steps.slice(0, i).find((s) => s.run?.startsWith('npm run artifacts:stage -- upload '));
        expect(staging?.if, `${name}: the staging step runs after a failure`).toBe('${{ !cancelled() }}');
      });
    }
    expect(uploads).toBe(3);
  });
});
