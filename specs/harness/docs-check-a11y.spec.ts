import { expect, test } from '../../fixtures';
import { exitCodeOf } from '../../checker/model';
import { toMarkdown } from '../../checker/reports/markdown';
import { toHtml } from '../../checker/reports/html';
import { documentedPage, documentedPins, runCheck, type CheckOptions } from '../../bindings/check';
import { productRecords } from './product-records';
import { injectIntoPages, rewordCatalog } from '../support/served-sandbox';
import { scaled } from '../../harness/settings/timeouts';
import { checkOptions } from './check-options';

const CANCEL = 'cancel-your-action-pack-subscription';
const TURN_OFF = 'turn-off-automatic-action-pack-subscription-renewal';

test.describe('Accessibility of the documented screens', { tag: '@product-record' }, () => {
  let options: (o: Partial<CheckOptions>) => CheckOptions;

  test.beforeEach(({ browser, baseURL, locale }) => {
    options = (o) =>
      checkOptions({ browser, baseURL, locale }, { doc: documentedPage(), pins: documentedPins(), a11y: 'warn', ...o });
  });

  test('every screen of every documented step passes axe (WCAG 2.1 A and AA), and --a11y fail exits 0', async () => {
    test.setTimeout(scaled(120_000));
    // The worker's record, made here with scans: the other specs' checks of the page read it without them.
    const result = await runCheck(options({ a11y: 'fail', records: productRecords }));
    const steps = result.results.flatMap((r) =>
      r.procedures.flatMap((p) => p.steps.map((s) => ({ ...s, procedure: p.id }))),
    );
    const found = steps.flatMap((s) => [
      ...(s.a11y?.violations ?? []).map(
        (v) => `${s.procedure} ${s.n}: ${v.rule} ${v.elements.map((e) => e.target).join(', ')}`,
      ),
      ...(s.a11y?.errors ?? []),
    ]);
    expect(found).toEqual([]);
    // Every documented step was performed and scanned: none passed for want of a screen.
    expect(
      steps.filter((s) => s.status !== 'ok' || !s.a11y || s.a11y.screens === 0).map((s) => `${s.procedure} ${s.n}`),
    ).toEqual([]);
    expect(result.summary.a11y).toEqual({ steps: result.summary.steps, violations: 0, errors: 0 });
    expect(exitCodeOf(result, { a11y: 'fail' })).toBe(0);
  });

  test('a button stripped of its name is reported at the step whose screen shows it, and --a11y fail exits 1', async ({
    labels,
  }) => {
    test.setTimeout(scaled(60_000));
    const rewrites = { count: 0 };
    // The Closed filter of the service requests list: a screen only the last step of Cancel passes through.
    const result = await runCheck(
      options({
        only: [CANCEL],
        prepareContext: (context) => rewordCatalog(context, 'closed', labels.requests.closed, '', rewrites),
      }),
    );
    expect(rewrites.count, 'the sandbox script no longer carries the catalog entry this spec empties').toBeGreaterThan(
      0,
    );
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    // The flow itself is untouched: every step is performed and in sync with the page.
    expect(steps.map((s) => [s.n, s.status])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [3, 'ok'],
      [4, 'ok'],
    ]);
    expect(steps.map((s) => [s.n, (s.a11y?.violations ?? []).map((v) => v.rule)])).toEqual([
      [1, []],
      [2, []],
      [3, []],
      [4, ['button-name']],
    ]);
    const [violation] = steps[3]?.a11y?.violations ?? [];
    expect(violation).toMatchObject({
      rule: 'button-name',
      path: '/partner/support/requests',
      helpUrl: expect.stringMatching(/^https:\/\/dequeuniversity\.com\/rules\/axe\/.+\/button-name/),
    });
    expect(violation?.elements).toEqual([
      { target: expect.any(String), html: expect.stringMatching(/^<button[^>]*aria-pressed="false"[^>]*><\/button>$/) },
    ]);
    // Reported at that step, in the writer's reports, with the rule, the element and how to fix it.
    expect(toMarkdown(result)).toContain(`- ♿ step 4: **button-name** (critical) on \`/partner/support/requests\``);
    expect(toHtml(result)).toContain(violation?.helpUrl.replace(/&/g, '&amp;'));
    // Findings warn by default; --a11y fail makes them fail the check.
    expect(exitCodeOf(result)).toBe(0);
    expect(exitCodeOf(result, { a11y: 'warn' })).toBe(0);
    expect(exitCodeOf(result, { a11y: 'fail' })).toBe(1);
  });

  test('an image without a text alternative on every page is reported at every step', async () => {
    test.setTimeout(scaled(60_000));
    const rewrites = { count: 0 };
    const result = await runCheck(
      options({
        only: [TURN_OFF],
        prepareContext: (context) => injectIntoPages(context, '<img src="/favicon.ico">', rewrites),
      }),
    );
    expect(rewrites.count).toBeGreaterThan(0);
    const steps = result.results[0]?.procedures[0]?.steps ?? [];
    expect(steps.map((s) => [s.n, s.status, (s.a11y?.violations ?? []).map((v) => v.rule)])).toEqual([
      [1, 'ok', ['image-alt']],
      [2, 'ok', ['image-alt']],
      [3, 'ok', ['image-alt']],
    ]);
    expect(exitCodeOf(result, { a11y: 'fail' })).toBe(1);
  });

  test('--a11y off scans nothing, and then cannot pass as --a11y fail', async () => {
    // Its own run, not the worker's record: a record made with scans would be read back without them.
    const result = await runCheck(options({ only: [TURN_OFF], a11y: 'off' }));
    expect(result.results[0]?.procedures[0]?.steps.map((s) => s.a11y)).toEqual([undefined, undefined, undefined]);
    expect(result.summary.a11y).toBeUndefined();
    expect(exitCodeOf(result)).toBe(0);
    expect(exitCodeOf(result, { a11y: 'fail' })).toBe(1);
  });
});
