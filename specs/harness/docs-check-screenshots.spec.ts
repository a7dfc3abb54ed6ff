import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../../fixtures';
import { exitCodeOf } from '../../checker/model';
import { toMarkdown } from '../../checker/reports/markdown';
import { toHtml } from '../../checker/reports/html';
import { documentedPage, documentedPagePath, documentedPins, runCheck, type CheckOptions } from '../../bindings/check';
import { parseDoc } from '../../bindings/action-pack/parse';
import { productRecords } from './product-records';
import { rewordCatalog } from '../support/served-sandbox';
import { scaled } from '../../harness/settings/timeouts';
import { checkOptions } from './check-options';
import { screenshotHashes } from './screenshot-hashes';
import { maskedPixels } from '../support/masked-pixels';

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
/** The subscribe flow's steps, in the order the page documents them. */
const STEPS = ['open-offers', 'agree-terms', 'continue-to-payment', 'add-way-to-pay', 'enter-payment', 'buy', 'close'];

test.describe('Screenshots of the documented steps, kept against baselines', { tag: '@product-record' }, () => {
  let options: (o: Partial<CheckOptions>) => CheckOptions;
  let media: string;

  test.beforeEach(({ browser, baseURL, locale }) => {
    media = test.info().outputPath('media');
    options = (o) =>
      checkOptions(
        { browser, baseURL, locale },
        {
          doc: documentedPage(),
          pins: documentedPins(),
          only: [SUBSCRIBE],
          screenshots: { dir: media, tolerance: 0.0001, update: false },
          ...o,
        },
      );
  });

  const update = () => ({ screenshots: { dir: media, tolerance: 0.0001, update: true } });
  const statuses = (result: Awaited<ReturnType<typeof runCheck>>) =>
    result.results[0]?.procedures[0]?.steps.map((s) => [s.n, s.baseline?.status]);

  test('two updates in a row write the same bytes, the card fields painted over, and the next run finds every screen the same', async ({
    locale,
  }) => {
    test.setTimeout(scaled(90_000));
    // Three runs of the product, none reading another's record: the same bytes must come from the product itself.
    // The first run's screenshots kept apart, so that a failure leaves both versions of a screen to compare.
    const first = await runCheck(options({ ...update(), outDir: test.info().outputPath('first-run') }));
    expect(statuses(first)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, 'updated']));
    const written = screenshotHashes(media);
    // Each named for the flow step it shows, so a page that renumbers its steps keeps its images.
    expect(Object.keys(written).sort()).toEqual(STEPS.map((step) => join(SUBSCRIBE, `${step}-${locale}.png`)).sort());
    // The card number and security code fields painted over where they are on screen (step 5): a product may show
    // the whole number there, and no scan reads an image. Both fields: more than two of the sandbox's narrowest
    // text fields (260 by 28 pixels), one being about 272 by 36. None elsewhere.
    const masked = (step: string) => maskedPixels(readFileSync(join(media, SUBSCRIBE, `${step}-${locale}.png`)));
    expect(STEPS.map((step) => [step, masked(step) > 2 * 260 * 28, masked(step) === 0])).toEqual(
      STEPS.map((step) => [step, step === 'enter-payment', step !== 'enter-payment']),
    );
    await runCheck(options(update()));
    expect(screenshotHashes(media)).toEqual(written);
    const next = await runCheck(options({}));
    expect(next.results[0]?.procedures[0]?.steps.map((s) => [s.n, s.baseline?.status, s.baseline?.ratio])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [n, 'same', 0]),
    );
    expect(next.summary.screenshots).toEqual({ same: 7, changed: 0, missing: 0, updated: 0 });
    expect(next.run).toMatchObject({ seed: 1, today: '2026-03-15', screenshotTolerance: 0.0001 });
  });

  test('a product change on one screen is a warning at that step only, with the baseline, the new screen and the difference', async ({
    labels,
  }) => {
    test.setTimeout(scaled(90_000));
    // The baselines as the unchanged product shows them (the worker's record of it); then the changed product,
    // given the same records: a run that changes the product through its own routes must drive it afresh.
    await runCheck(options({ ...update(), records: productRecords }));
    const rewrites = { count: 0 };
    // The partner's membership level: on the overview only, which the subscribe procedure shows at step 1.
    const reword = (context: BrowserContext) =>
      rewordCatalog(
        context,
        'levelNetwork',
        labels.membership.levelNetwork,
        `${labels.membership.levelNetwork} (Standard)`,
        rewrites,
      );
    const result = await runCheck(options({ prepareContext: reword, records: productRecords }));
    expect(rewrites.count, 'the sandbox script no longer carries the catalog entry this spec rewords').toBeGreaterThan(
      0,
    );
    expect(statuses(result)).toEqual([[1, 'changed'], ...[2, 3, 4, 5, 6, 7].map((n) => [n, 'same'])]);
    const step = result.results[0]?.procedures[0]?.steps[0];
    expect(step?.baseline?.ratio).toBeGreaterThan(0.0001);
    const out = test.info().outputPath('docs-check');
    for (const image of [step?.screenshot, step?.baseline?.baselineCopy, step?.baseline?.diff])
      expect(image && existsSync(join(out, image)), image).toBe(true);
    // Not drift: the page still reads true; the writer's image is what is out of date.
    expect(step?.status).toBe('ok');
    expect(exitCodeOf(result)).toBe(0);
    expect(toMarkdown(result)).toContain('- 🖼️ step 1 (warning): the screen differs from its baseline');
    const html = toHtml(result);
    for (const caption of ['baseline', 'now', 'difference (red)'])
      expect(html).toContain(`<figcaption>${caption}</figcaption>`);
  });

  test('a page whose steps are reordered compares each step with the screen of its own flow step: no warning', async () => {
    await runCheck(options({ ...update(), records: productRecords }));
    // Steps 4 and 5 swapped, each keeping its number: the product still does them in its own order.
    const source = readFileSync(documentedPagePath, 'utf8');
    const [four, five] = [/^4\. .*Add a way to pay.*$/m, /^5\. .*Enter your payment.*$/m].map(
      (re) => re.exec(source)?.[0],
    );
    expect([four, five].every(Boolean), 'steps 4 and 5 of Subscribe as the page writes them').toBe(true);
    const swapped = source
      .replace(four ?? '', '\u0000')
      .replace(five ?? '', `5. ${four?.slice(3) ?? ''}`)
      .replace('\u0000', `4. ${five?.slice(3) ?? ''}`);
    const result = await runCheck(options({ doc: parseDoc(swapped, documentedPagePath), records: productRecords }));
    expect(result.summary.screenshots).toMatchObject({ changed: 0, missing: 0 });
  });

  test('with no baselines yet, every step notes it and the check still passes', async () => {
    const result = await runCheck(options({ records: productRecords }));
    expect(statuses(result)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, 'missing']));
    expect(exitCodeOf(result)).toBe(0);
    expect(toMarkdown(result)).toContain('7 without a baseline');
  });
});
