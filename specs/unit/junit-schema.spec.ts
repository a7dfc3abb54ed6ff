import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { toJunit } from '../../docs/check/junit';
import type { CheckResult } from '../../docs/check/model';
import { junitOptions } from '../../fixtures/run-outputs';
import { playwrightCli } from './run-cli';

// The JUnit schema Jenkins' xUnit plugin validates against (the Ant/Surefire format), vendored in schemas/.
const schema = 'schemas/junit-10.xsd';

/** xmllint's verdict on `file` against the schema: its exit code and its error lines. */
function validate(file: string): { status: number | null; errors: string[] } {
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is missing: run npm run setup (Debian's libxml2-utils): ${run.error.message}`);
  return { status: run.status, errors: run.stderr.split('\n').filter((l) => l.includes('error')) };
}

const doc = 'docs/pages/page.ko-kr.md';
const result: CheckResult = {
  doc,
  results: [
    {
      locale: 'ko-KR',
      procedures: [
        {
          id: 'subscribe-to-microsoft-action-pack', title: 'Microsoft Action Pack 구독', line: 40,
          steps: [
            { n: 1, status: 'ok', expected: ['구독'], actual: ['구독'], line: 44, message: 'ok', text: '**구독**을 선택합니다.' },
            { n: 2, status: 'drift', expected: ['Purchase'], actual: ['Buy'], line: 46, message: 'the screen shows **Buy** where the doc says **Purchase**\nsecond line', screenshot: 'screenshots/s/2.png' },
            { n: 3, status: 'unverified', expected: [], actual: [], line: null, message: 'no binding for <step> & "3"\u001b[31m' },
          ],
        },
      ],
      rules: [
        { id: 'charged-immediately', status: 'ok', line: 50, message: 'ok', sentence: 'Your credit card will be charged immediately.' },
        { id: 'charged-immediately', status: 'drift', line: 90, message: 'the product charges later' },
      ],
      sentences: [
        { line: 50, status: 'ok', sentence: 'Your credit card will be charged immediately.', message: 'confirmed' },
        { line: 91, status: 'unverified', sentence: "You can't turn it back on.", message: 'not confirmed against the product' },
      ],
      warnings: [],
    },
  ],
  summary: { steps: 3, ok: 1, drift: 1, unverified: 1, rules: { ok: 1, drift: 1, unverified: 0 }, sentences: { ok: 1, drift: 0, unverified: 1 } },
};

test.describe('JUnit XML for CI systems', () => {
  test("the docs check's JUnit is valid against the JUnit schema, one case per step, rule occurrence and sentence", () => {
    const file = test.info().outputPath('docs-drift.junit.xml');
    mkdirSync(test.info().outputPath(), { recursive: true });
    writeFileSync(file, toJunit(result));
    expect(validate(file)).toEqual({ status: 0, errors: [] });

    const xml = readFileSync(file, 'utf8');
    const names = [...xml.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      `Microsoft Action Pack 구독 · step 1 · ${doc}:44`,
      `Microsoft Action Pack 구독 · step 2 · ${doc}:46`,
      `Microsoft Action Pack 구독 · step 3 · ${doc}`,
      `rule charged-immediately · ${doc}:50`,
      `rule charged-immediately · ${doc}:90`,
      `sentence · ${doc}:50`,
      `sentence · ${doc}:91`,
    ]);
    expect(xml).toContain(`<testsuites name="docs:check ${doc}" tests="7" failures="2" errors="2">`);
    // Drift is a failure with the message on one line; what could not be checked is an error; markup is escaped.
    expect(xml).toContain('<failure type="drift" message="the screen shows **Buy** where the doc says **Purchase** second line">');
    expect(xml).toContain('<error type="unverified" message="no binding for &lt;step&gt; &amp; &quot;3&quot;[31m">');
  });

  test("the suite's JUnit file, as the suite's reporters write it, is valid against the schema and keeps each test's seed", () => {
    // A run of its own, outside this checkout (its outputs must not touch the suite's): a passing test with output,
    // an attachment and the two annotations every suite test carries, a failing one, a flaky one and a skipped one.
    // Its files find @playwright/test through NODE_PATH. Playwright's file as written (raw.xml) is kept beside ours
    // to show what the schema reporter is for.
    const dir = mkdtempSync(join(tmpdir(), 'junit-run-'));
    const reporter = resolve('fixtures/junit-schema-reporter.ts');
    writeFileSync(
      join(dir, 'junit.config.ts'),
      `export default { testDir: '.', outputDir: 'results', retries: 1, reporter: [` +
        `['junit', { outputFile: 'raw.xml', ...${JSON.stringify(junitOptions)} }], ` +
        `['junit', { outputFile: 'junit.xml', ...${JSON.stringify(junitOptions)} }], ` +
        `[${JSON.stringify(reporter)}, { outputFile: 'junit.xml' }]], projects: [{ name: 'e2e-ko-KR' }] };\n`,
    );
    writeFileSync(
      join(dir, 'sample.spec.ts'),
      [
        "import { expect, test } from '@playwright/test';",
        "test('passes with output', async () => {",
        "  test.info().annotations.push({ type: 'faker-seed', description: '42 (this test\\'s)' }, { type: 'today', description: '2026-03-15' });",
        "  console.log('구독 <ok> & done'); await test.info().attach('note', { body: 'x' });",
        '});',
        "test('fails', () => { expect('Buy', 'the label <on screen>').toBe('Purchase'); });",
        "test('fails once, then passes', () => { expect(test.info().retry).toBe(1); });",
        "test('is skipped', () => { test.skip(true, 'not on <this> page'); });",
      ].join('\n'),
    );
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_|PLAYWRIGHT_)/.test(k))), NODE_PATH: resolve('node_modules') };
    const run = spawnSync(process.execPath, [playwrightCli, 'test', '-c', join(dir, 'junit.config.ts'), '--workers=1'], { encoding: 'utf8', env });
    expect(run.status, run.stdout + run.stderr).toBe(1);

    // Playwright writes id and skipped on <testsuites>, and each test's annotations as <properties> in its
    // <testcase>; the schema allows neither, so a reader that validates (Jenkins' xUnit) would refuse raw.xml.
    const raw = validate(join(dir, 'raw.xml'));
    expect(raw.status).toBe(3);
    expect([...new Set(raw.errors.map((e) => e.slice(e.indexOf(': element ') + 2)))]).toEqual([
      "element testsuites: Schemas validity error : Element 'testsuites', attribute 'id': The attribute 'id' is not allowed.",
      "element testsuites: Schemas validity error : Element 'testsuites', attribute 'skipped': The attribute 'skipped' is not allowed.",
      "element properties: Schemas validity error : Element 'properties': This element is not expected.",
    ]);

    const file = join(dir, 'junit.xml');
    expect(validate(file)).toEqual({ status: 0, errors: [] });
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('<testsuites name="" tests="4" failures="1" errors="0"');
    expect(xml).toContain('<testcase name="[e2e-ko-KR] fails" classname="sample.spec.ts"');
    expect(xml).toContain('<![CDATA[구독 <ok> & done');
    // The seed and date that replay the test, and a skip's reason, stay in its own test case.
    const passing = xml.slice(xml.indexOf('<testcase name="[e2e-ko-KR] passes with output"'));
    expect(passing.slice(0, passing.indexOf('</testcase>'))).toContain("<system-out>\nfaker-seed: 42 (this test&apos;s)\ntoday: 2026-03-15\n</system-out>");
    expect(xml).toContain('<system-out>\nskip: not on &lt;this&gt; page\n</system-out>\n<skipped>');
  });
});
