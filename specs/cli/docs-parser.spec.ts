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
});
