import { expect, test } from '@playwright/test';
import { readPlaywrightArgs } from '../../harness/settings/playwright-args';
import { installedTestOptions, parseTestHelp } from '../../harness/settings/playwright-test-options';

const projects = ['harness-en-US', 'harness-ko-KR', 'e2e-en-US', 'e2e-ko-KR', 'cli', 'unit'];
function installed() {
  const options = installedTestOptions();
  if (!options) throw new Error("the installed Playwright's test --help could not be read");
  return options;
}
const problem = (...args: string[]) => readPlaywrightArgs(args, installed(), projects).problem;

test.describe("Playwright's arguments, read as Playwright reads them", () => {
  test("the installed Playwright's options are read from its help, with their values and choices", () => {
    const options = installed();
    expect(options).toEqual(
      expect.arrayContaining([
        { long: '--workers', short: 'j', value: 'required', placeholder: 'workers' },
        { long: '--project', value: 'variadic', placeholder: 'project-name' },
        { long: '--only-changed', value: 'optional', placeholder: 'ref' },
        { short: 'x', value: 'none' },
        { long: '--last-failed', value: 'none' },
      ]),
    );
    const trace = options.find((o) => o.long === '--trace');
    expect(trace?.choices).toEqual(expect.arrayContaining(['on', 'off', 'retain-on-failure']));
    // A preset is not one more choice.
    expect(options.find((o) => o.long === '--debug')?.choices).toEqual(['inspector', 'cli']);
  });

  test('a help text wrapped over lines gives each option its whole description', () => {
    const help = [
      'Usage: npx playwright test [options]',
      '',
      'Options:',
      '  --trace <mode>        Force tracing mode (choices: "on",',
      '                        "off")',
      '  -u, --update [mode]  Update (choices: "all", "none", preset:',
      '                      "all")',
      '',
      'Group of their own:',
      '  -x                    Stop after the first failure',
      '',
      'Arguments:',
      '  --not-an-option     after the options',
    ].join('\n');
    expect(parseTestHelp(help)).toEqual([
      { long: '--trace', value: 'required', placeholder: 'mode', choices: ['on', 'off'] },
      { long: '--update', short: 'u', value: 'optional', placeholder: 'mode', choices: ['all', 'none'] },
      { short: 'x', value: 'none' },
    ]);
  });

  test('what Playwright takes passes: values inline or after, several projects, short options together, filters', () => {
    for (const args of [
      [],
      ['--project=e2e-*', '--workers', '50%', '--shard=2/4', 'subscribe'],
      ['--project', 'e2e-en-US', 'unit', '-j2', '--grep', '-not-an-option-but-a-pattern'],
      ['-xj', '1', '--only-changed', '--last-failed', '--trace=retain-on-failure'],
      ['--only-changed', 'main', '--repeat-each=3', '--', '--not-an-option'],
      // One project with `=`: what follows is a test filter, as the wrappers put their projects first.
      ['--project=e2e-*', 'subscribe.spec.ts'],
      // A negative number is a value or a filter: no option is a digit.
      ['--shuffle', '-5', '-1'],
      // Another config file: its projects are its own, grouped short options or not.
      ['-xc', 'playwright.merge.config.ts', '--project=theirs'],
      ['--config=playwright.merge.config.ts', '--project', 'theirs'],
    ])
      expect(problem(...args), args.join(' ')).toBeUndefined();
  });

  test('an unknown option is named, with the one meant when it is a slip', () => {
    expect(problem('--bogus')).toBe(
      '--bogus is not an option of playwright test; `npx playwright test --help` lists them',
    );
    expect(problem('--workrs=2')).toBe(
      '--workrs is not an option of playwright test (did you mean --workers?); `npx playwright test --help` lists them',
    );
    expect(problem('-xq')).toMatch(/^-q is not an option of playwright test/);
  });

  test('a bad value is named with what the option takes', () => {
    expect(problem('--workers=abc')).toBe(
      '--workers must be a number of workers from 1, or a percentage of the cores such as 50%, got "abc"',
    );
    expect(problem('-j0')).toMatch(/^-j must be a number of workers from 1/);
    expect(problem('--shard', '5/2')).toMatch(/^--shard must be "current\/all", 1-based.*got "5\/2"$/);
    expect(problem('--shard=1')).toMatch(/^--shard must be "current\/all"/);
    expect(problem('--timeout=abc')).toBe('--timeout must be a whole number, got "abc"');
    expect(problem('--repeat-each', '2x')).toBe('--repeat-each must be a whole number, got "2x"');
    expect(problem('--trace=always')).toMatch(/^--trace must be one of "on", "off", .*got "always"$/);
    expect(problem('--headed=1')).toBe('--headed takes no value, got "--headed=1"');
    expect(problem('--timeout')).toBe('--timeout needs a value (<timeout>)');
  });

  test('a project name or pattern that selects no project is refused with the projects there are', () => {
    expect(problem('--project', 'e2e-en-US', 'e2e-fr-FR')).toBe(
      '--project "e2e-fr-FR" names no project; the projects are "harness-en-US", "harness-ko-KR", "e2e-en-US", "e2e-ko-KR", "cli", "unit"',
    );
    expect(problem('--project=E2E-*')).toBeUndefined();
    // As Playwright: a pattern that selects nothing beside one that does is let be, alone it is refused.
    expect(problem('--project=e2e-*', '--project=zz-*')).toBeUndefined();
    expect(problem('--project=zz-*')).toBe(
      '--project "zz-*" selects no project; the projects are "harness-en-US", "harness-ko-KR", "e2e-en-US", "e2e-ko-KR", "cli", "unit"',
    );
    // The suite's config names its projects, which --browser cannot be used with.
    expect(problem('--browser=firefox')).toMatch(/^--browser cannot be used: the suite's config defines its projects/);
    // Projects not known (another config file): any name passes.
    expect(readPlaywrightArgs(['--project=other'], installed(), []).problem).toBeUndefined();
  });
});
