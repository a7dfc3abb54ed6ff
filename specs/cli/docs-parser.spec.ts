import { expect, test } from '@playwright/test';
import { fixture } from '../unit/docs-parser-helpers';
import { runCli } from './run-cli';

test.describe("the parser's command line", () => {
  test('a page it cannot read is one line on stderr, file:line first, and exit code 2 (reportDocError)', () => {
    const missing = fixture('does-not-exist.md');
    const run = runCli('checker/parser/cli.ts', [missing]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${missing}:0: file not found\n`);
    expect(run.stdout).toBe('');
  });

  test('no page, or an option it does not have, is one line naming it and exit code 2', () => {
    const none = runCli('checker/parser/cli.ts', ['--json']);
    expect([none.status, none.stderr]).toEqual([
      2,
      'no page named; usage: npx tsx checker/parser/cli.ts <page.md> [--json]\n',
    ]);
    const unknown = runCli('checker/parser/cli.ts', ['docs/pages/NOTICE.md', '--jsn']);
    expect([unknown.status, unknown.stderr]).toEqual([
      2,
      '--jsn: not an option of this command; usage: npx tsx checker/parser/cli.ts <page.md> [--json]\n',
    ]);
  });

  test('the summary names each step as the page renders it, with paths, alternatives and examples', () => {
    const run = runCli('checker/parser/cli.ts', ['docs/pages/manage-your-partner-network-benefits.ko-kr.md']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const gtm = lines.slice(lines.indexOf('manage-go-to-market-offers (8 steps)') + 1, -1);
    expect(gtm.map((l) => /^ {2}(\S+)\. /.exec(l)?.[1])).toEqual(['1', '2', '3', '3a', '3b', '3c', '4', '5']);
    expect(gtm[0]).toContain('en-US: Benefits > Go-To-Market');
    expect(gtm[2]).toContain('ko-KR: {추가 / 업데이트 / 변경}');
    expect(gtm[6]).toContain('en-US: e.g. {Silver Core / Gold Core}');
  });
});
