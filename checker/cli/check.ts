// npm run docs:check -- [--doc <file|folder>]... [--locale en-US|ko-KR|all] [--out <dir>] [--procedure <anchor>] [--today YYYY-MM-DD]
//                       [--pins <file>] [--confirm <line>] [--confirm-all] [--force] [--changed <git-ref>]
//                       [--update-screenshots] [--screenshot-tolerance <0-1>] [--a11y fail|warn|off] [--seed <n>] [--pages <n>]
//                       [--fresh]
// Exit codes: 0 in sync, 1 drift (or a step, rule or sentence that could not be verified), 2 bad input; for a set of
// pages, the worst of its pages.
//
// Only light modules are imported up front: the options are checked first, and each heavier part (the page parser,
// then the product's page objects, then Playwright, axe, the sandbox and the reports) is loaded once the input it
// needs has passed, so --help or a refused option answers in a fraction of a second instead of after about one.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseOptions } from '../../harness/command-options';
import type { CheckBinding, Product } from '../binding';
import type { DocPage } from '../parser';
import { isCalendarDate } from '../../harness/settings/calendar-date';
import { changedLines, changedProcedures, ChangedRefError, describeChanged } from '../read/changed';
import { checkPages, reportSet, type PageRun, type SetPage } from './check-set';
import { docSetOf, DocSetError } from './doc-set';
import { mediaDirFor } from '../screens/settings';
import { screenArgs, screenOptionsOf } from './screen-options';
import type { ProductTarget } from './product-target';
import { refuse, usage, USAGE } from './bad-input';

/** The options confirming uses: the page and its pin file, and what checks the product when a sentence is at stake. */
const confirmOptions = ['doc', 'pins', 'confirm', 'confirm-all', 'force', 'today', 'seed', 'fresh'];

/** What the command needs of the project: the page it checks by default, its page bindings and its product. */
export interface DocsCheckSetup {
  /** The page, or the folder of pages, checked when --doc is not given. */
  defaultDoc: string;
  /** The page bindings and the product: loaded once the options have passed, as they load the flows. */
  wiring: () => Promise<{ bindings: readonly CheckBinding[]; product: Product }>;
  /**
   * Where the product's side of a run is saved for the next (checker/record/saved-records.ts), and what drives the
   * product: the files and folders under `root` whose contents name the saved records.
   */
  saved: { folder: string; root: string; sources: readonly string[] };
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
    return parseOptions({
      // Which options were given, not defaulted: confirming refuses the ones only a check uses.
      tokens: true,
      options: {
        doc: { type: 'string', multiple: true },
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
        // Browser pages driven at once; default DOCS_CHECK_PAGES, else one more than the cores.
        pages: { type: 'string' },
        // Drive every procedure again, whatever an earlier run saved (and save what it drives).
        fresh: { type: 'boolean', default: false },
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
  let files: string[];
  try {
    files = docSetOf(values.doc ?? [setup.defaultDoc]);
  } catch (e) {
    if (!(e instanceof DocSetError)) throw e;
    refuse(e.message);
  }
  // One page: the check as it always was, its reports in --out. A set: each page's in a folder of its own there.
  const single = files.length === 1;
  const screens = screenOptionsOf(values, files[0] ?? '', usage);
  const screensOf = (file: string) => ({
    ...screens,
    screenshots: { ...screens.screenshots, dir: mediaDirFor(relative(process.cwd(), file) || file) },
  });
  const confirming = values['confirm-all'] || !!values.confirm?.length;
  // Confirming writes the pin file and checks nothing else: an option of the check would be ignored without a word
  // (--procedure would not narrow what is confirmed, --out would stay as it was), so it is refused.
  const given = args.tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
  const unused = confirming ? given.find((name) => !confirmOptions.includes(name)) : undefined;
  if (unused)
    refuse(`--${unused} does not apply to --confirm or --confirm-all, which only write the pin file; leave it out`);
  // all: every language of the page and of the product, so a language either lacks is reported, not skipped.
  if (values.locale !== 'all' && !/^[a-z]{2,3}-[A-Z]{2}$/.test(values.locale))
    usage(`--locale must be all or a locale such as en-US or ko-KR, got "${values.locale}"`);
  if (values.force && !confirming) usage('--force only applies to --confirm or --confirm-all');
  // Empty, a path is the current folder: --out would write the reports into the checkout, --pins would write nowhere.
  if (values.out === '') usage("--out is empty (''): name a folder for the reports");
  if (values.pins === '') usage("--pins is empty (''): name the page's pin file");
  if (values.pins !== undefined && !single) usage(`--pins names the pin file of one page; --doc names ${files.length}`);
  // A pin file named and missing is a slip, not a page with nothing confirmed: only confirming creates one.
  if (values.pins !== undefined && !confirming && !existsSync(values.pins))
    refuse(`--pins ${values.pins}: no such file; a pin file is made by --confirm or --confirm-all`);
  if (
    values.pins !== undefined &&
    confirming &&
    !statSync(dirname(values.pins), { throwIfNoEntry: false })?.isDirectory()
  )
    refuse(`--pins ${values.pins}: no folder ${dirname(values.pins)} to write the pin file in`);
  // Refused now, not once the whole check has run and its reports have nowhere to go.
  let existing = resolve(values.out);
  while (!existsSync(existing)) existing = dirname(existing);
  if (!statSync(existing).isDirectory()) {
    const named = existing.startsWith(`${process.cwd()}${sep}`) ? relative(process.cwd(), existing) : existing;
    usage(`--out ${values.out}: ${named} is a file, not a folder for the reports`);
  }

  // The options read well: the page and its pins need the parser (remark, unified), and its rules its binding.
  // Typed, so the compiler knows reportDocError never returns.
  const parser: typeof import('../parser') = await import('../parser');
  const { pinsPathFor, PinsError, readPins } = await import('../read/pins');
  const { readBoundPage } = await import('./bound-page');
  // Hashed before anything is loaded from them (checker/cli/product-target.ts).
  const { hashProductSources, withProduct: startProduct } = await import('./product-target');
  const sources = hashProductSources(setup.saved);
  const { bindings, product } = await setup.wiring();
  const pages: SetPage[] = files.map((file): SetPage => {
    let doc: DocPage;
    let binding: CheckBinding | undefined;
    try {
      ({ doc, binding } = readBoundPage(file, bindings));
    } catch (e) {
      // Alone, a page the parser rejects is bad input; in a set it is that page's finding, and the others are checked.
      if (single || !parser.isDocError(e)) parser.reportDocError(e);
      return { file, rejected: e.message };
    }
    const pinsFile = values.pins ?? pinsPathFor(file);
    try {
      return {
        file,
        doc,
        binding,
        rules: parser.ruleReader(binding?.patterns ?? {}),
        pinsFile,
        pins: readPins(pinsFile),
      };
    } catch (e) {
      if (e instanceof PinsError) refuse(e.message);
      throw e;
    }
  });
  const read = pages.filter((p) => 'doc' in p);
  const rejected = pages.filter((p) => 'rejected' in p);
  // One language: the page's or the product's (the page may lack it, and that is reported). Any other is a slip such
  // as ko-KO, refused before the check runs and writes reports of a language nothing has.
  const languages = [...new Set([...read.flatMap((p) => p.doc.locales), ...product.locales()])];
  if (values.locale !== 'all' && !languages.includes(values.locale))
    refuse(
      `--locale ${values.locale}: no language of ${read.length === 1 ? read[0]?.doc.file : 'the pages'} or of the product; ` +
        `they have ${languages.join(', ')} (or all)`,
    );

  /** Starts what the check drives, runs `body` against it, and stops it (checker/cli/product-target.ts). */
  const withProduct = <T>(body: (target: ProductTarget) => Promise<T>): Promise<T> =>
    startProduct(
      {
        savedFolder: setup.saved.folder,
        sourcesHash: sources.hash,
        sourcesNow: sources.again,
        fresh: values.fresh,
        ...(values.today !== undefined && { today: values.today }),
        port: docsCheckPort,
      },
      body,
    );

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
    if (values.confirm?.length && read.length > 1)
      usage(`--confirm names a line of one page; --doc names ${read.length} pages: give that page alone`);
    const { confirmPage } = await import('./confirm-page');
    const options = {
      lines: values.confirm,
      all: values['confirm-all'],
      force: values.force,
      seed: screens.seed,
      product,
      withProduct,
      usage,
    };
    let worst = 0;
    for (const page of read) worst = Math.max(worst, await confirmPage(page, options));
    for (const page of rejected) process.stderr.write(`${page.rejected}\n`);
    process.exit(rejected.length ? 2 : worst);
  }

  // --procedure names procedures of any page of the set; a page with none of them is not checked this run.
  const anchors = read.flatMap((p) => p.doc.procedures.map((x) => x.id));
  const unknownProcedure = values.procedure?.find((p) => !anchors.includes(p));
  if (unknownProcedure !== undefined && read.length)
    usage(
      `--procedure "${unknownProcedure}" is not a procedure of ${read.map((p) => p.doc.file).join(' or ')}; ` +
        `its procedures: ${anchors.join(', ')}`,
    );
  if (values.changed !== undefined && values.procedure)
    usage('--changed and --procedure choose the procedures each their own way: give one of them');

  const runs: PageRun[] = [];
  /** What the set's summary says of each page not checked this run: why, and its exit. */
  const rows = new Map<string, string>(rejected.map((p) => [p.file, `exit 2 ${p.rejected} (not checked)`]));
  for (const page of read) {
    const { doc } = page;
    let only = values.procedure?.filter((p) => doc.procedures.some((x) => x.id === p));
    if (values.procedure && !only?.length) {
      rows.set(page.file, `exit 0 ${doc.file}: none of its procedures is named by --procedure; not checked`);
      continue;
    }
    if (values.changed !== undefined) {
      let scope: ReturnType<typeof changedProcedures>;
      try {
        scope = changedProcedures(doc, changedLines(page.file, values.changed));
      } catch (e) {
        if (!(e instanceof ChangedRefError)) throw e;
        refuse(e.message);
      }
      console.log(`${single ? '' : `${doc.file}: `}${describeChanged(values.changed, scope)}`);
      // No procedure of the page changed: a pull request that changes the page elsewhere has no step to drive.
      if (scope.changed.length === 0) {
        rows.set(page.file, `exit 0 ${doc.file}: no procedure changed since ${values.changed}; not checked`);
        continue;
      }
      only = scope.changed;
    }
    runs.push({ page, only });
  }
  if (runs.length === 0 && rejected.length === 0) process.exit(0);

  const { checkPool } = await import('../pool');
  const checked = runs.length
    ? await withProduct((target) =>
        checkPages(runs, target, {
          single,
          out: values.out,
          locale: values.locale,
          product,
          screens,
          screensOf,
          pool: checkPool(values.pages === undefined ? undefined : Number(values.pages)),
        }),
      )
    : [];
  if (single) {
    for (const line of checked[0]?.lines ?? []) console.log(line);
    process.exitCode = checked[0]?.exit ?? 0;
    return;
  }
  process.exitCode = await reportSet(pages, rows, checked, values.out);
}
