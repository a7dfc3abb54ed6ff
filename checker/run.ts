// A check in one pass, per language: record (drive each procedure's flow, look at the probes' screens) → read (align
// each procedure once, read its steps' screens; run the rule checks) → judge (ok, drift, unverified) → the result,
// which checker/reports/ turns into each report format. docs/guides/checker.md draws it.
import { firstLine } from '../harness/error-code';
import { allEnded } from './all-ended';
import { judgeRules } from './judge/rules';
import { judgeSteps } from './judge/steps';
import { summarize } from './judge/summary';
import { titleOf, unverifiedLocale, unverifiedSteps } from './judge/unverified';
import type { CheckResult, LocaleResult, ProcedureResult } from './model';
import { plainSteps, type CheckOptions } from './options';
import { checkPool, type CheckPool } from './pool';
import { ruleReader, type Procedure, type Rule } from './parser';
import { alignProcedure, documentedNames } from './read/alignment';
import { newEvidence, type Evidence } from './read/evidence';
import { checkPageLinks } from './read/page-links';
import { runRule } from './read/rules';
import { checkSentences } from './read/sentences';
import { readSteps, type Reading } from './read/steps';
import { productDictionary, terminologyWarnings } from './read/terminology';
import { recordProbe, recordProcedure, type Recording } from './record/procedure';
import { pruneWritten } from './screens/step-screens';

export type { CheckOptions, StepRunner } from './options';

/** One procedure: its flow recorded, its steps read against the record and judged, at the page's lines. */
async function checkProcedure(
  o: CheckOptions,
  rec: Recording,
  reading: Reading,
  procedure: Procedure,
  evidence: Evidence,
  kept: Map<string, unknown>,
): Promise<ProcedureResult> {
  const { locale } = reading;
  const base = { id: procedure.id, title: titleOf(procedure, locale), line: procedure.line };
  const flow = rec.binding.flows.find((f) => f.anchor === procedure.id);
  if (!flow)
    return {
      ...base,
      steps: unverifiedSteps(o.doc, procedure, locale, `no flow performs this procedure (${rec.binding.name})`),
    };
  try {
    const alignment = alignProcedure(o.doc, procedure, flow, locale, reading.labels);
    const namesOf = (stepId: string) =>
      documentedNames(o.doc, procedure, alignment.pairs.find((p) => p.bound?.id === stepId)?.doc, locale).names;
    const record = await reading.step(`${locale} · ${procedure.id} · the product`, () =>
      recordProcedure(rec, flow, namesOf),
    );
    kept.set(flow.anchor, record.kept);
    const readings = await readSteps(reading, alignment, record, evidence);
    return { ...base, steps: judgeSteps(readings, alignment, locale, record.unhandled) };
  } catch (error) {
    // A procedure the check could not even start (the target down, the browser gone) is reported, not thrown,
    // so the other procedures' findings still reach the writer.
    const why = firstLine(error);
    return {
      ...base,
      steps: unverifiedSteps(o.doc, procedure, locale, `the check could not run this procedure: ${why}`),
    };
  }
}

async function checkLocale(o: CheckOptions, pool: CheckPool, locale: string): Promise<LocaleResult> {
  const { doc, binding, product } = o;
  const procedures = doc.procedures.filter((p) => !o.only?.length || o.only.includes(p.id));
  if (!doc.locales.includes(locale)) return unverifiedLocale(doc, procedures, locale, `the page has no ${locale} text`);
  if (!product.locales().includes(locale))
    return unverifiedLocale(doc, procedures, locale, `the product has no ${locale} user interface`);
  if (!binding)
    return unverifiedLocale(
      doc,
      procedures,
      locale,
      'no flows are bound to any procedure of this page (bindings/index.ts)',
    );
  const labels = product.labels(locale);
  const { browser, baseURL, seed, today, prepareContext } = o;
  // A run that changes the product through routes of its own sees its own product: it shares no record.
  const scans = !!o.a11y && o.a11y !== 'off';
  const shared = o.records &&
    !prepareContext &&
    typeof baseURL === 'string' && { records: o.records, who: { browser, baseURL, seed, today, scans } };
  const browserName = `${browser.browserType().name()} ${browser.version()}`;
  const saved = o.saved && !prepareContext && { records: o.saved, who: { browser: browserName, seed, today, scans } };
  const rec: Recording = {
    binding,
    target: { browser, seed, today, locale, labels, ...(prepareContext && { prepareContext }) },
    baseURL: typeof baseURL === 'string' ? () => Promise.resolve(baseURL) : baseURL,
    screens: o,
    pool,
    ...(shared && { shared }),
    ...(saved && { saved }),
  };
  const reading: Reading = {
    doc,
    locale,
    labels,
    screens: o,
    step: o.step ?? plainSteps,
    ...(binding.positions && { positions: binding.positions }),
    ...(product.pathOf && { pathOf: (address: URL) => product.pathOf?.(address) ?? address.pathname }),
  };
  const evidence = newEvidence();
  const kept = new Map<string, unknown>();
  const runs = procedures.map((procedure) => checkProcedure(o, rec, reading, procedure, evidence, kept));
  // Rules and sentences need every flow and screen; a run of some procedures only checks their steps.
  const probes = o.only?.length
    ? []
    : binding.probes.map(async (p) => {
        try {
          evidence.probes.set(p.id, await recordProbe(rec, p));
        } catch (error) {
          // The rules that needed this screen are reported unverified; this line says why.
          const why = firstLine(error);
          process.stderr.write(`docs check: ${doc.file}: ${locale} ${p.path} could not be looked at: ${why}\n`);
        }
      });
  // The probes end too before a procedure's fault is thrown: they drive browser pages the command would close.
  const checked = allEnded(runs);
  await allEnded<unknown>([checked, allEnded(probes)]);
  const results = await checked;
  const warnings = terminologyWarnings(doc, locale, productDictionary(product.labels('en-US'), labels));
  if (o.only?.length) return { locale, procedures: results, rules: [], sentences: [], warnings };
  const facts = binding.facts(evidence, kept);
  const verdictOf = (rule: Rule) => runRule({ binding, facts, evidence, locale, labels, today }, rule);
  return {
    locale,
    procedures: results,
    rules: judgeRules(doc, binding, locale, verdictOf),
    sentences: checkSentences(doc, o.pins, locale, verdictOf, ruleReader(binding.patterns)),
    warnings,
  };
}

export async function runCheck(o: CheckOptions): Promise<CheckResult> {
  // Locales are independent runs on their own contexts, and so are the procedures and screens of each: they run
  // side by side, about one page per core (harness/settings/timeouts.ts). Many more, and a loaded machine answers
  // each page so slowly that its navigations run out of time (8 at once on one core: page.goto over 10 s).
  const pool = o.pool ?? checkPool();
  // A language whose check throws (a binding's fault, not a procedure's: those are reported) lets the others end first.
  const results = await allEnded(o.locales.map((locale) => checkLocale(o, pool, locale)));
  pruneWritten(o, results);
  // Links to the set's other pages are the page's, not a language's; a run of some procedures checks their steps only.
  return summarize(o, results, o.only?.length ? undefined : checkPageLinks(o.doc));
}
