import { readFileSync } from 'node:fs';
import { expect, test } from '../../fixtures';
import type { CheckResult } from '../../checker/model';
import { bareTranslation, englishOnly, translatedOnly } from '../../checker/parser/page-forms';
import { documentedPage, documentedPagePath, documentedPins, runCheck, type CheckOptions } from '../../bindings/check';
import { parseDoc } from '../../bindings/action-pack/parse';
import { actionPackFlows } from '../../flows/action-pack';
import { productRecords } from './product-records';
import { scaled } from '../../harness/settings/timeouts';
import { checkOptions } from './check-options';

/** Per project locale, the forms of the page published without the other language, made from the bilingual source. */
const formsIn: Record<string, { name: string; make: (source: string) => string }[]> = {
  'ko-KR': [
    { name: 'translated-only', make: translatedOnly },
    { name: 'bare-translation', make: bareTranslation },
  ],
  'en-US': [{ name: 'plain-english', make: englishOnly }],
};
const source = () => readFileSync(documentedPagePath, 'utf8');

/**
 * The page's procedures and their numbered steps, read from the markdown itself, not the parser: each heading's
 * anchor and the lines under it that start with a step number.
 */
function proceduresInMarkdown(text: string): { anchor: string; steps: number }[] {
  const out: { anchor: string; steps: number }[] = [];
  for (const line of text.split('\n')) {
    const anchor = /^#+ <a name="([^"]+)">/.exec(line)?.[1];
    if (anchor !== undefined) out.push({ anchor, steps: 0 });
    const last = out[out.length - 1];
    if (last && /^\d+\. /.test(line)) last.steps++;
  }
  return out.filter((p) => p.steps > 0);
}

/** Each procedure's steps with their verdict and the flow step each was performed as, in page order. */
const stepVerdicts = (result: CheckResult) =>
  result.results.flatMap((r) =>
    r.procedures.map((p) => [p.id, p.steps.map((s) => [s.n, s.status, s.stepId ?? null, s.message])]),
  );
const ruleVerdicts = (result: CheckResult) =>
  result.results.flatMap((r) => r.rules.map((x) => [x.id, x.status, x.message]));
const sentenceVerdicts = (result: CheckResult) =>
  result.results.flatMap((r) => r.sentences.map((x) => [x.sentence, x.status]));

// As in docs-check.spec.ts: the first run in a worker drives the product, every other form reads its record.
// Three whole-page checks in one test: its timeout scales with the machine (TIMEOUT_SCALE) as every other one does.
test.describe.configure({ timeout: scaled(180_000), mode: 'default' });

test.describe('Every published form of the page', { tag: '@product-record' }, () => {
  test('each form without the other language gives every procedure, step, rule and sentence the verdict of the bilingual page, which is in sync', async ({
    browser,
    baseURL,
    locale,
  }) => {
    const language = locale ?? 'en-US';
    const check = (name: string, doc: CheckOptions['doc']) =>
      runCheck(
        checkOptions(
          { browser, baseURL, locale: language },
          { doc, pins: documentedPins(), outDir: test.info().outputPath(name), records: productRecords },
        ),
      );

    const bilingual = await test.step('the bilingual page', () => check('bilingual', documentedPage()));

    // The reference first: were it broken, a form broken the same way would agree with it.
    const flowSteps = new Map(actionPackFlows.map((f) => [f.anchor, f.steps.map((s) => s.id)]));
    expect(stepVerdicts(bilingual)).toEqual(
      proceduresInMarkdown(source()).map(({ anchor, steps }) => [
        anchor,
        Array.from({ length: steps }, (_, i) => [i + 1, 'ok', flowSteps.get(anchor)?.[i] ?? null, '']),
      ]),
    );
    expect(ruleVerdicts(bilingual).filter(([, status]) => status !== 'ok')).toEqual([]);
    expect(sentenceVerdicts(bilingual).filter(([, status]) => status !== 'ok')).toEqual([]);
    expect(bilingual.summary.rules.ok).toBeGreaterThan(0);
    expect(bilingual.summary.sentences.ok).toBeGreaterThan(0);

    const forms = formsIn[language] ?? [];
    expect(forms.length).toBeGreaterThan(0);
    for (const { name, make } of forms) {
      await test.step(`the ${name} form`, async () => {
        const text = make(source());
        const result = await check(name, parseDoc(text, `${name}.md`));
        expect(result.results.map((r) => r.locale)).toEqual([language]);
        expect.soft(stepVerdicts(result), `${name}: steps`).toEqual(stepVerdicts(bilingual));
        expect.soft(ruleVerdicts(result), `${name}: rules`).toEqual(ruleVerdicts(bilingual));
        expect.soft(sentenceVerdicts(result), `${name}: sentences`).toEqual(sentenceVerdicts(bilingual));
      });
    }
  });
});
