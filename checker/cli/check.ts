// npm run docs:check -- [--doc <file>] [--locale en-US|ko-KR|all] [--out <dir>] [--procedure <anchor>] [--today YYYY-MM-DD]
//                       [--pins <file>] [--confirm <line>] [--confirm-all] [--force] [--changed <git-ref>]
//                       [--update-screenshots] [--screenshot-tolerance <0-1>] [--a11y fail|warn|off] [--seed <n>] [--pages <n>]
// Exit codes: 0 in sync, 1 drift (or a step, rule or sentence that could not be verified), 2 bad input.
//
// Only light modules are imported up front: the options are checked first, and each heavier part (the page parser,
// then the product's page objects, then Playwright, axe, the sandbox and the reports) is loaded once the input it
// needs has passed, so --help or a refused option answers in a fraction of a second instead of after about one.
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import type { CheckBinding, Product } from '../binding';
import { isCalendarDate } from '../../harness/settings/calendar-date';
import { changedLines, changedProcedures, ChangedRefError, describeChanged } from '../read/changed';
import { screenArgs, screenOptionsOf } from './screen-options';

const USAGE =
  'usage: npm run docs:check -- [--doc <file>] [--locale en-US|ko-KR|all] [--out <dir>] [--procedure <anchor>] ' +
  '[--today YYYY-MM-DD] [--pins <file>] [--confirm <line>] [--confirm-all] [--force] [--changed <git-ref>] ' +
  '[--update-screenshots] [--screenshot-tolerance <0-1>] [--a11y fail|warn|off] [--seed <n>] [--pages <n>]';

function usage(message: string): never {
  process.stderr.write(`docs:check: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** What the command needs of the project: the page it checks by default, its page bindings and its product. */
export interface DocsCheckSetup {
  /** The page checked when --doc is not given. */
  defaultDoc: string;
  /** The page bindings and the product: loaded once the options have passed, as they load the flows. */
  wiring: () => Promise<{ bindings: readonly CheckBinding[]; product: Product }>;
}

/** `npm run docs:check`: exits the process with the check's exit code. */
export async function docsCheck(setup: DocsCheckSetup): Promise<void> {
  // Asked for, the usage is the answer: printed to stdout, exit 0.
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }

  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      options: {
        doc: { type: 'string', default: setup.defaultDoc },
        locale: { type: 'string', default: 'all' },
        out: { type: 'string', default: 'reports/docs-check' },
        procedure: { type: 'string', multiple: true },
        // Default: the TODAY setting, the same fixed date the suite runs on.
        today: { type: 'string' },
        pins: { type: 'string' },
        confirm: { type: 'string', multiple: true },
        'confirm-all': { type: 'boolean', default: false },
        // Confirms a sentence even though the product still enforces a rule it no longer states or contradicts.
        force: { type: 'boolean', default: false },
        // Only the procedures whose lines changed in the page since this commit (a pull request's base).
        changed: { type: 'string' },
        // Browser pages driven at once; default DOCS_CHECK_PAGES, else one per core.
        pages: { type: 'string' },
        ...screenArgs,
      },
    });
  }
  try {
    args = parse();
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const { values } = args;
  if (values.today !== undefined && !isCalendarDate(values.today))
    usage(`--today must be a real calendar date as YYYY-MM-DD, got "${values.today}"`);
  if (values.pages !== undefined && !/^[1-9]\d{0,2}$/.test(values.pages))
    usage(`--pages must be a whole number of browser pages from 1 to 999, got "${values.pages}"`);
  const screens = screenOptionsOf(values, values.doc, usage);
  const confirming = values['confirm-all'] || !!values.confirm?.length;
  if (values.force && !confirming) usage('--force only applies to --confirm or --confirm-all');

  // The options read well: the page and its pins need the parser (remark, unified), and its rules its binding.
  // Typed, so the compiler knows reportDocError never returns.
  const parser: typeof import('../parser') = await import('../parser');
  const { pinnedStatements, pinsPathFor, PinsError, readPins, writePins } = await import('../read/pins');
  const { bindingFor } = await import('../binding');
  const { bindings, product } = await setup.wiring();
  let doc: ReturnType<typeof parser.parseDocFile>;
  let binding: CheckBinding | undefined;
  try {
    // Which binding performs the page is known from its procedures; its rules are then read with the binding's words.
    doc = parser.parseDocFile(values.doc);
    binding = bindingFor(doc, bindings);
    if (binding) doc = parser.parseDocFile(values.doc, { rules: binding.patterns });
  } catch (e) {
    parser.reportDocError(e);
  }
  const rules = parser.ruleReader(binding?.patterns ?? {});
  const pinsFile = values.pins ?? pinsPathFor(values.doc);
  let pins: ReturnType<typeof readPins>;
  try {
    pins = readPins(pinsFile);
  } catch (e) {
    if (e instanceof PinsError) usage(e.message);
    throw e;
  }

  /**
   * Starts what the check drives (the sandbox, unless BASE_URL names a target, and a browser), runs `body`, and
   * stops them. Loaded only here: Playwright, the flows and the sandbox are the heavy part of the command.
   */
  async function withProduct<T>(
    body: (target: { browser: Browser; baseURL: string; today: string }) => Promise<T>,
  ): Promise<T> {
    const [{ loadSettings }, { openBrowser }, { startSandboxOrExit }] = await Promise.all([
      import('../../harness/settings/settings'),
      import('../../harness/session/remote-browser'),
      import('../../scripts/sandbox-server'),
    ]);
    const settings = loadSettings();
    // A sandbox of its own, on a free port unless SANDBOX_PORT names one: checks side by side, or beside the suite, never meet.
    const sandbox = settings.config.BASE_URL
      ? undefined
      : await startSandboxOrExit('docs:check', () => docsCheckPort(settings.config));
    // A browser server's (BROWSER_WS_ENDPOINT, PW_TEST_CONNECT_WS_ENDPOINT), or one launched here.
    const browser = await openBrowser(settings.browser);
    try {
      return await body({
        browser,
        baseURL: settings.config.BASE_URL ?? sandbox?.url ?? '',
        today: values.today ?? settings.today,
      });
    } finally {
      await browser.close();
      sandbox?.stop();
    }
  }

  // A SANDBOX_PORT whose port (+ 20) is taken is bad input too: refused before Playwright, axe and the flows load.
  const [{ ConfigError, readConfig }, { ownSandboxPort, refuseTakenPort }] = await Promise.all([
    import('../../harness/settings/config'),
    import('../../scripts/sandbox-server'),
    import('dotenv/config'),
  ]);
  const docsCheckPort = (config: ReturnType<typeof readConfig>) =>
    config.BASE_URL ? undefined : ownSandboxPort(config, 20, "the docs check's");
  try {
    await refuseTakenPort('docs:check', () => docsCheckPort(readConfig()));
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }

  // Re-confirming is a writer's command: it records the page's sentences as they read now. A sentence that no longer
  // states a rule it stated when confirmed, or that contradicts one, is first checked against the product: while the
  // product still enforces that rule, the confirmation would bury the difference, and it is refused (--force: a
  // writer drops the statement on purpose). Any other confirmation checks nothing and takes a moment.
  if (confirming) {
    const lines = values.confirm?.map((l) =>
      /^\d+$/.test(l) ? Number(l) : usage(`--confirm takes a line number of ${doc.file}, got "${l}"`),
    );
    const pinnedLines = new Set(doc.locales.flatMap((l) => pinnedStatements(doc, l, rules).map((s) => s.line)));
    const unknown = lines?.filter((l) => !pinnedLines.has(l)) ?? [];
    if (unknown.length)
      usage(
        `${doc.file}:${unknown[0]}: no normative sentence on that line; lines with one: ${[...pinnedLines].sort((a, b) => a - b).join(', ')}`,
      );
    const { confirmChecked } = await import('../read/confirm-checked');
    const outcome = await confirmChecked(doc, pins, values['confirm-all'] ? undefined : lines, {
      force: values.force,
      rules,
      check: async (stakes) => {
        console.log(
          `docs:check: checking the product before confirming: ${stakes
            .map(
              (s) =>
                `${s.locale} line ${s.line} ${s.kind === 'contradicts' ? 'contradicts' : 'no longer states'} ${s.id}`,
            )
            .join('; ')}`,
        );
        const { runCheck } = await import('../run');
        return withProduct(({ browser, baseURL, today }) =>
          runCheck({
            doc,
            locales: [...new Set(stakes.map((s) => s.locale))],
            browser,
            baseURL,
            today,
            seed: screens.seed,
            pins,
            binding,
            product,
          }),
        );
      },
    });
    if (!('pins' in outcome)) {
      for (const line of outcome.refused) process.stderr.write(`docs:check: ${line}\n`);
      process.stderr.write(
        'docs:check: nothing confirmed; bring the page in line with the product, or confirm on purpose with --force\n',
      );
      process.exit(1);
    }
    const { pins: next, confirmed } = outcome;
    writePins(pinsFile, next);
    console.log(
      `docs:check: confirmed ${confirmed} sentence(s) of ${doc.file} in ${doc.locales.join(', ')}; pins in ${pinsFile}`,
    );
    process.exit(0);
  }

  const anchors = doc.procedures.map((p) => p.id);
  const unknownProcedure = values.procedure?.find((p) => !anchors.includes(p));
  if (unknownProcedure !== undefined)
    usage(`--procedure "${unknownProcedure}" is not a procedure of ${doc.file}; its procedures: ${anchors.join(', ')}`);
  let only = values.procedure;
  if (values.changed !== undefined) {
    if (values.procedure) usage('--changed and --procedure choose the procedures each their own way: give one of them');
    let scope: ReturnType<typeof changedProcedures>;
    try {
      scope = changedProcedures(doc, changedLines(values.doc, values.changed));
    } catch (e) {
      if (!(e instanceof ChangedRefError)) throw e;
      process.stderr.write(`docs:check: ${e.message}\n`);
      process.exit(2);
    }
    console.log(describeChanged(values.changed, scope));
    // No procedure of the page changed: a pull request that changes the page elsewhere has no step to drive.
    if (scope.changed.length === 0) process.exit(0);
    only = scope.changed;
  }
  // all: every language of the page and of the product, so a language either lacks is reported, not skipped.
  const locales = values.locale === 'all' ? [...new Set([...doc.locales, ...product.locales()])] : [values.locale];
  if (!locales.every((l) => /^[a-z]{2,3}-[A-Z]{2}$/.test(l)))
    usage(`--locale must be all or a locale such as en-US or ko-KR, got "${values.locale}"`);

  // The input is good: now the check itself (Playwright, axe, the flows, the sandbox and the reports).
  const [{ exitCodeOf }, { writeReports }, { toTerminal }, { runCheck }] = await Promise.all([
    import('../model'),
    import('../reports/write'),
    import('../reports/terminal'),
    import('../run'),
  ]);
  await withProduct(async ({ browser, baseURL, today }) => {
    const started = performance.now();
    const result = await runCheck({
      doc,
      locales,
      browser,
      baseURL,
      today,
      outDir: values.out,
      only,
      pins,
      binding,
      product,
      ...screens,
      ...(values.pages !== undefined && { pages: Number(values.pages) }),
    });
    writeReports(result, values.out, { doc, flows: binding?.flows ?? [], product });
    const seconds = (performance.now() - started) / 1000;
    const run = { file: doc.file, locales, a11y: screens.a11y, seconds, out: values.out };
    for (const line of toTerminal(result, run)) console.log(line);
    process.exitCode = exitCodeOf(result, { a11y: screens.a11y });
  });
}
