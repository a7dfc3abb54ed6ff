import { readFileSync } from 'node:fs';
import { expect, test } from '../../fixtures';
import { actionPackBinding } from '../../bindings/action-pack';
import { parseDoc } from '../../bindings/action-pack/parse';
import { documentedPage, documentedPagePath, documentedPins, runCheck, type CheckOptions } from '../../bindings/check';
import type { CheckResult } from '../../checker/model';
import { SavedRecords } from '../../checker/record/saved-records';
import { scaled } from '../../harness/settings/timeouts';
import { scanReports } from '../../scripts/report-scan/scan';
import { checkOptions } from './check-options';
import { screenshotHashes } from './screenshot-hashes';

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
/** A new wording of Subscribe now, per language. */
const renamed: Record<string, string> = { 'en-US': 'Subscribe today', 'ko-KR': '지금 가입' };

/** Everything a check concluded, step by step, rule by rule, sentence by sentence, with its accessibility findings. */
const verdicts = (result: CheckResult) =>
  result.results.flatMap((r) => [
    ...r.procedures.flatMap((p) =>
      p.steps.map((s) => `${r.locale} ${p.id} ${s.n} ${s.status} ${s.message ?? ''} ${JSON.stringify(s.a11y ?? null)}`),
    ),
    ...r.rules.map((x) => `${r.locale} rule ${x.id} ${x.status} ${x.message ?? ''}`),
    ...r.sentences.map((x) => `${r.locale} sentence ${x.line} ${x.status} ${x.message ?? ''}`),
  ]);

test.describe.configure({ timeout: scaled(90_000) });

test.describe('A check run again on the same sources reads the product from the records the last run saved', () => {
  test('every procedure and screen read back: the same verdicts, screenshots and findings as driving the product, and no card number saved', async ({
    browser,
    baseURL,
    locale,
    labels,
  }) => {
    const folder = test.info().outputPath('saved');
    const run = (saved: SavedRecords | undefined, out: string, o: Partial<CheckOptions> = {}) =>
      runCheck(
        checkOptions(
          { browser, baseURL, locale },
          {
            doc: documentedPage(),
            pins: documentedPins(),
            outDir: test.info().outputPath(out),
            ...(saved && { saved }),
            ...o,
          },
        ),
      );

    const first = new SavedRecords(folder, 'sources');
    const driven = await run(first, 'driven');
    first.save();
    expect(first.reused).toBe(0);
    const second = new SavedRecords(folder, 'sources');
    const read = await run(second, 'read');
    // Each procedure of the page and each screen its rules look at, in the one language of the run.
    expect(second.reused).toBe(documentedPage().procedures.length + actionPackBinding.probes.length);
    expect(verdicts(read)).toEqual(verdicts(driven));
    expect(verdicts(read).filter((v) => !/ ok /.test(v))).toEqual([]);
    const shots = screenshotHashes(test.info().outputPath('driven'));
    expect(Object.keys(shots).length).toBeGreaterThan(0);
    expect(screenshotHashes(test.info().outputPath('read'))).toEqual(shots);

    const scan = scanReports([folder]);
    expect(scan.files).toBeGreaterThan(0);
    expect(scan.findings).toEqual([]);

    // A writer's edit: a renamed button. The drift read from the saved record is the one driving the product finds.
    const copy = parseDoc(
      readFileSync(documentedPagePath, 'utf8').replace(
        `**${labels.offers.subscribeNow}**`,
        `**${renamed[locale ?? 'en-US']}**`,
      ),
      'changed.md',
    );
    const third = new SavedRecords(folder, 'sources');
    const edited = await run(third, 'edited', { doc: copy, only: [SUBSCRIBE] });
    expect(third.reused).toBe(1);
    expect(verdicts(edited).filter((v) => !/ ok /.test(v))).toEqual([
      expect.stringContaining(
        `${SUBSCRIBE} 1 drift the screen shows **${labels.offers.subscribeNow}** where the doc says **${renamed[locale ?? 'en-US']}**`,
      ),
    ]);
  });
});
