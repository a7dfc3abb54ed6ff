// npm run docs:check -- --doc <file> [--locale en-US|ko-KR|all] [--out <dir>] [--procedure <anchor>]
// Exit codes: 0 in sync, 1 drift (or a step that could not be verified), 2 bad input.
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../fixtures/browser';
import { isCalendarDate } from '../../fixtures/calendar-date';
import { loadSettings } from '../../fixtures/settings';
import { startSandboxOrExit } from '../../scripts/sandbox-server';
import { documentedPagePath } from '../documented-page';
import { parseDocFile, reportDocError } from '../parser';
import { productLocales } from '../../pages';
import { exitCodeOf } from './model';
import { writeReports } from './report';
import { runCheck } from './run';

function usage(message: string): never {
  process.stderr.write(`docs:check: ${message}\nusage: npm run docs:check -- --doc <file> [--locale en-US|ko-KR|all] [--out <dir>] [--procedure <anchor>]\n`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      doc: { type: 'string', default: documentedPagePath },
      locale: { type: 'string', default: 'all' },
      out: { type: 'string', default: 'reports/docs-check' },
      procedure: { type: 'string', multiple: true },
      // Default: the TODAY setting, the same fixed date the suite runs on.
      today: { type: 'string' },
    },
  });
}
try {
  args = parse();
} catch (e) {
  usage(e instanceof Error ? e.message : String(e));
}
const { values } = args;
if (values.today !== undefined && !isCalendarDate(values.today)) usage(`--today must be a calendar date as YYYY-MM-DD, got "${values.today}"`);

let doc: ReturnType<typeof parseDocFile>;
try {
  doc = parseDocFile(values.doc);
} catch (e) {
  reportDocError(e);
}
// all: every language of the page and of the product, so a language either lacks is reported, not skipped.
const locales = values.locale === 'all' ? [...new Set([...doc.locales, ...productLocales()])] : [values.locale];
if (!locales.every((l) => /^[a-z]{2,3}-[A-Z]{2}$/.test(l))) usage(`--locale must be all or a locale such as en-US or ko-KR, got "${values.locale}"`);

const settings = loadSettings();
const sandbox = settings.config.BASE_URL ? undefined : await startSandboxOrExit(settings.config.SANDBOX_PORT + 20);
const browser = await chromium.launch({ executablePath: settings.browser.executablePath, args: chromiumArgs });
try {
  const started = performance.now();
  const result = await runCheck({
    doc, locales, browser, baseURL: settings.config.BASE_URL ?? sandbox?.url ?? '', seed: settings.seed, today: values.today ?? settings.today, outDir: values.out, only: values.procedure,
  });
  writeReports(result, values.out);
  const s = result.summary;
  for (const r of result.results) for (const w of r.warnings) console.log(`WARNING ${r.locale} terminology: ${w}`);
  for (const r of result.results)
    for (const p of r.procedures)
      for (const st of p.steps.filter((x) => x.status !== 'ok')) console.log(`${st.status.toUpperCase()} ${r.locale} ${p.id} step ${st.n} (${doc.file}:${st.line ?? '?'}): ${st.message}`);
  for (const r of result.results) for (const rule of r.rules.filter((x) => x.status !== 'ok')) console.log(`${rule.status.toUpperCase()} ${r.locale} rule ${rule.id} (${doc.file}:${rule.line ?? '?'}): ${rule.message}`);
  console.log(`docs:check ${locales.join(', ')}: ${s.steps} steps, ${s.ok} ok, ${s.drift} drift, ${s.unverified} unverified; rules ${s.rules.ok} ok, ${s.rules.drift} drift, ${s.rules.unverified} unverified (${((performance.now() - started) / 1000).toFixed(1)} s). Reports in ${values.out}/docs-drift.{md,json,html}`);
  process.exitCode = exitCodeOf(result);
} finally {
  await browser.close();
  sandbox?.stop();
}
