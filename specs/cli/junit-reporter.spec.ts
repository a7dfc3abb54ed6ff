import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { junitOptions } from '../../harness/settings/run-outputs';
import { validate } from '../unit/junit-validate';
import { playwrightCli } from './run-cli';

test.describe('JUnit XML for CI systems', () => {
  test("the suite's JUnit file, as the suite's reporters write it, is valid against the schema and keeps each test's seed", () => {
    // A run of its own, outside this checkout (its outputs must not touch the suite's): a passing test with output,
    // an attachment and the two annotations every suite test carries, a failing one, a flaky one and a skipped one.
    // Its files find @playwright/test through NODE_PATH. Playwright's file as written (raw.xml) is kept beside ours
    // to show what the schema reporter is for.
    const dir = mkdtempSync(join(tmpdir(), 'junit-run-'));
    const reporter = resolve('harness/reporters/junit-schema.ts');
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
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TEST_|PW_|PLAYWRIGHT_)/.test(k))),
      NODE_PATH: resolve('node_modules'),
    };
    const run = spawnSync(
      process.execPath,
      [playwrightCli, 'test', '-c', join(dir, 'junit.config.ts'), '--workers=1'],
      { encoding: 'utf8', env },
    );
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
    expect(passing.slice(0, passing.indexOf('</testcase>'))).toContain(
      '<system-out>\nfaker-seed: 42 (this test&apos;s)\ntoday: 2026-03-15\n</system-out>',
    );
    expect(xml).toContain('<system-out>\nskip: not on &lt;this&gt; page\n</system-out>\n<skipped>');
  });
});
