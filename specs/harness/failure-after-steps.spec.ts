import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { documentedPage } from '../../bindings/documented-page';
import { actionPackFlows } from '../../flows/action-pack';
import { benefitFlows } from '../../flows/benefits';
import { DocumentedSteps } from '../../flows/documented';
import { catalogFor } from '../../pages';
import { scaled } from '../../harness/settings/timeouts';

// A failure inside a flow step is reported under the documented step; one after the last step (an assertion on
// what the procedure did) names the procedure and the step it followed. A child Playwright run fails on purpose
// after, inside and before the flow steps of Turn off, and after a sub-step of Manage software benefits, a step of
// the second page (failure-after-steps/failing-tests.fixture.ts); this spec reads how its report names each failure.
const config = 'specs/harness/failure-after-steps/playwright.config.ts';
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');

interface JsonResult {
  status: string;
  annotations: { type: string; description?: string }[];
}
interface JsonSuite {
  specs: { title: string; tests: { results: JsonResult[] }[] }[];
  suites?: JsonSuite[];
}
const resultsOf = (suites: JsonSuite[]): [string, JsonResult | undefined][] =>
  suites.flatMap((s) => [
    ...s.specs.map((spec): [string, JsonResult | undefined] => [spec.title, spec.tests[0]?.results[0]]),
    ...resultsOf(s.suites ?? []),
  ]);

test('a failure after the last flow step names the procedure and the step it followed, one inside a step that step', async ({
  baseURL,
  locale,
}, testInfo) => {
  testInfo.setTimeout(scaled(120_000));
  const out = testInfo.outputPath('child');
  // Nothing of this worker's own run may leak into the child's: it is a runner of its own.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('TEST_') && !k.startsWith('PW_')),
  );
  const exit = await promisify(execFile)(
    process.execPath,
    [cli, 'test', '--config', config, `--project=${testInfo.project.name}`],
    { env: { ...env, BASE_URL: baseURL, FAILURE_OUT: out, FORCE_COLOR: '0' } },
  ).then(
    () => 0,
    (error: { code?: number }) => error.code,
  );
  expect(exit, 'the child run fails (its tests fail on purpose)').toBe(1);

  const language = locale ?? 'en-US';
  const steps = new DocumentedSteps(documentedPage(), actionPackFlows, language, catalogFor(language));
  const benefitSteps = new DocumentedSteps(documentedPage('benefits'), benefitFlows, language, catalogFor(language));
  const named = (stepId: string, of = steps) => {
    const { title, location } = of.describe(stepId);
    return { title, where: `${relative(process.cwd(), location?.file ?? '')}:${location?.line}` };
  };
  const procedure = steps.procedureOf('turn-off.open-subscription');
  const followed = named('turn-off.open-subscription');
  const failedIn = named('turn-off.open-offers');
  const software = benefitSteps.procedureOf('software.get-keys');
  const keys = named('software.get-keys', benefitSteps);
  // Get keys is the page's sub-step a of step 3, in every language.
  expect(keys.title).toContain(' · 3a. ');
  expect(keys.where).toMatch(/^docs\/pages\/manage-your-partner-network-benefits\.ko-kr\.md:\d+$/);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { suites: JsonSuite[] };
  expect(
    resultsOf(report.suites).map(([title, result]) => [
      title,
      result?.status,
      result?.annotations.filter((a) => a.type === 'documented-step').map((a) => a.description),
    ]),
  ).toEqual([
    [
      'fails on purpose after the last flow step',
      'failed',
      [
        `failed after the procedure "${procedure}", whose step ${followed.title.slice(procedure.length + 3)} (${followed.where}) was the test's last flow step`,
      ],
    ],
    ['fails on purpose before any flow step', 'failed', []],
    [
      'fails on purpose after the last Benefits flow step',
      'failed',
      [
        `failed after the procedure "${software}", whose step ${keys.title.slice(software.length + 3)} (${keys.where}) was the test's last flow step`,
      ],
    ],
    ['fails on purpose inside a flow step', 'failed', [`failed in ${failedIn.title} (${failedIn.where})`]],
  ]);
});
