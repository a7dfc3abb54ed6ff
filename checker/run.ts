import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import pLimit, { type LimitFunction } from 'p-limit';
import { docsCheckPages, scaled } from '../harness/settings/timeouts';
import { alignProcedure, documentedLabels, stepSimilarity, stepStatements } from '../flows/documented';
import { unreported, type FlowDefinition } from '../flows/flow';
import type { Catalog } from '../pages';
import { ruleReader, type DocPage, type Label, type Procedure, type Rule, type Statement, type Step } from './parser';
import { parseAriaSnapshot, type AriaNode } from './read/aria';
import type { CheckBinding, Probe, Product, ProductSession, Verdict } from './binding';
import { documentedStepKey, newSeen, type Seen } from './record/facts';
import { checkLabels } from './read/labels';
import { checkLinks } from './read/links';
import type { CheckResult, Fix, LocaleResult, ProcedureResult, RuleResult, StepResult } from './model';
import { Recorder, type Capture, type Observation } from './record/observe';
import type { ProductRecords, ProcedureRecord, RecordedStep, RecordIdentity } from './record/product-record';
import { observationOf } from './record/step-log';
import type { Pins } from './read/pins';
import { checkSentences } from './read/sentences';
import { pruneWritten, scannerFor, screensSummary, stepScreens, type ScreenOptions } from './screens/step-screens';
import { productDictionary, terminologyWarnings } from './read/terminology';
import { writeWhole } from './write-whole';

export type StepRunner = <T>(title: string, body: () => Promise<T>) => Promise<T>;

export interface CheckOptions extends ScreenOptions {
  doc: DocPage;
  locales: readonly string[];
  browser: Browser;
  baseURL: string;
  seed: number;
  /** A fixed date for the product and its backend, so runs repeat exactly. */
  today: string;
  /** The page's confirmed sentences (its pin file); none: every normative sentence is unconfirmed. */
  pins: Pins | undefined;
  /** Where screenshots go; none are written without it. */
  outDir?: string;
  /** Only these procedure anchors (all when empty); rules and sentences are then not checked. */
  only?: readonly string[];
  /** Reports each verification as a step (test.step inside the suite). */
  step?: StepRunner;
  /** The page's flows, rules and probes (its binding), if any binding performs its procedures. */
  binding: CheckBinding | undefined;
  /** The product's languages and labels. */
  product: Product;
  /** Called on each browser context the check opens, before its page: a spec routes the served files through it. */
  prepareContext?: (context: BrowserContext) => Promise<void>;
  /**
   * The product's side of earlier runs, to reuse where this run sees the same product (browser, target, seed,
   * date, scans): a spec checking many edited copies of a page passes one. Not used with `prepareContext`.
   */
  records?: ProductRecords;
  /**
   * How many browser pages the check drives at once (each procedure and each screen a rule looks at opens one):
   * by default DOCS_CHECK_PAGES, else one per core this process may run on.
   */
  pages?: number;
}

const plain: StepRunner = (_title, body) => body();
/** The check's action and navigation timeout on the reference machine, times TIMEOUT_SCALE where it is used. */
const ACTION_TIMEOUT = 10_000;

/** Playwright's first line says what failed; its "waiting for" line names the control the product lacks. */
function whyStopped(error: Error): string {
  // eslint-disable-next-line no-control-regex -- Playwright colours its messages for terminals; reports want plain text.
  const lines = error.message.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const waiting = lines
    .find((l) => l.includes('waiting for '))
    ?.trim()
    .replace(/^-\s*/, '');
  return [lines[0] ?? '', waiting].filter(Boolean).join(' ');
}

function describeLabels(checks: ReturnType<typeof checkLabels>): string[] {
  return checks
    .filter((c) => !c.found)
    .map(
      (c) =>
        c.why ??
        (c.actual
          ? `the screen shows **${c.actual}** where the doc says **${c.expected}**`
          : `**${c.expected}** is not on screen`),
    );
}

/** The labels and paths of a step the product shows otherwise, each at the line of the sentence that names it. */
function labelFixes(checks: ReturnType<typeof checkLabels>, statements: readonly Statement[], locale: string): Fix[] {
  return checks.flatMap(({ fix }) => {
    const at = fix && statements.find((s) => (s.labels[locale] ?? []).some((l) => l.text === fix.documented));
    return fix && at ? [{ ...fix, locale, line: at.line }] : [];
  });
}

/** A session on the product prepared by the binding, for a flow or a probe, on the check's date and seed. */
async function openSession(
  o: CheckOptions,
  binding: CheckBinding,
  locale: string,
  labels: Catalog,
  start: { flow: FlowDefinition } | { probe: Probe },
): Promise<ProductSession<unknown>> {
  return binding.open(
    {
      browser: o.browser,
      baseURL: o.baseURL,
      seed: o.seed,
      today: o.today,
      locale,
      labels,
      ...(o.prepareContext && { prepareContext: o.prepareContext }),
    },
    start,
  );
}

function saveScreenshot(
  o: CheckOptions,
  procedure: string,
  name: string,
  observation: Observation,
): string | undefined {
  if (!o.outDir || !observation.screenshot) return undefined;
  const shot = join('screenshots', procedure, name);
  mkdirSync(dirname(join(o.outDir, shot)), { recursive: true });
  writeWhole(join(o.outDir, shot), observation.screenshot);
  return shot;
}

/** The documented labels of a step in one language: the names the page gives the controls it presses. */
function documentedNames(
  o: CheckOptions,
  procedure: Procedure,
  doc: Step | undefined,
  locale: string,
): { statements: Statement[]; expected: Label[]; names: string[] } {
  const statements = doc ? stepStatements(o.doc, procedure, doc) : [];
  const expected: Label[] = statements.flatMap((s) => s.labels[locale] ?? []);
  return { statements, expected, names: expected.flatMap((l) => [...l.path, l.text, ...(l.gloss ? [l.gloss] : [])]) };
}

/**
 * Drives one procedure's flow through the product, step after step until one fails, and logs what each step
 * showed. `namesOf` gives the labels the page names at a step when the record serves that page alone: then only
 * the screenshots its reading takes are taken.
 */
async function recordProcedure(
  o: CheckOptions,
  binding: CheckBinding,
  locale: string,
  labels: Catalog,
  flowDef: FlowDefinition,
  namesOf?: (stepId: string) => string[],
): Promise<ProcedureRecord> {
  const session = await openSession(o, binding, locale, labels, { flow: flowDef });
  const { page, flow: ctx, unhandled } = session;
  // A control that is not there fails its step in seconds, not at the end of a test-sized timeout.
  page.setDefaultTimeout(scaled(ACTION_TIMEOUT));
  const scanner = scannerFor(o, page, locale);
  const recorder = new Recorder(page, scanner && ((capture) => scanner.scan(capture)));
  const flow = flowDef.create(ctx, unreported);
  const steps: RecordedStep[] = [];
  let kept: unknown;
  try {
    await page.goto('/');
    for (const bound of flowDef.steps) {
      const { log, error } = await recorder.record(() => bound.perform(flow, ctx), namesOf?.(bound.id));
      const a11y = await scanner?.take();
      steps.push({ id: bound.id, log, ...(error && { error }), ...(a11y && { a11y }) });
      if (error) break;
    }
    kept = await session.keep(!steps.some((s) => s.error));
  } finally {
    recorder.dispose();
    await session.close();
  }
  return { steps, kept, unhandled: [...unhandled] };
}

/** Reads one procedure of the page against the record of its flow: each documented step, at its line. */
async function readProcedure(
  o: CheckOptions,
  locale: string,
  labels: Catalog,
  procedure: Procedure,
  flowDef: FlowDefinition,
  record: ProcedureRecord,
  facts: Seen,
): Promise<StepResult[]> {
  const step = o.step ?? plain;
  const pairs = alignProcedure(o.doc, procedure, flowDef, locale, labels);
  const results: StepResult[] = [];
  let broken: string | undefined;
  for (const { doc, bound } of pairs) {
    const { statements, expected, names } = documentedNames(o, procedure, doc, locale);
    const base = {
      n: doc?.n ?? 0,
      line: doc?.line ?? null,
      text: doc?.text[locale],
      expected: expected.map((l) => l.text),
      ...(bound && { stepId: bound.id }),
      ...(!doc && { undocumented: true as const }),
    };
    const performed = bound && record.steps.find((s) => s.id === bound.id);
    await step(
      `${locale} · ${procedure.id} · ${doc ? `step ${doc.n}` : `${bound?.id ?? ''} (not documented)`}`,
      async () => {
        if (broken || (bound && !performed)) {
          results.push({
            ...base,
            status: 'unverified',
            actual: [],
            message: `not reached: ${broken ?? 'an earlier step could not be performed'}`,
          });
          return;
        }
        if (!bound || !performed) {
          results.push({
            ...base,
            status: 'drift',
            actual: [],
            message: 'the page documents a step that the product flow does not have here',
          });
          return;
        }
        const observation = observationOf(performed.log, names);
        const { error } = performed;
        // A step that failed showed the rules nothing: they report it unverified rather than judge a half-done screen.
        if (!error) facts.observed.set(bound.id, observation);
        if (doc) facts.performedAs.set(documentedStepKey(procedure.id, doc.n), bound.id);
        const shot = saveScreenshot(
          o,
          procedure.id,
          doc ? `${doc.n}-${locale}.png` : `${bound.id.split('.').pop() ?? bound.id}-lost-${locale}.png`,
          observation,
        );
        const withShot = {
          ...(shot
            ? { screenshot: shot, ...(observation.outlined !== undefined && { outlined: observation.outlined }) }
            : {}),
          ...stepScreens(o, procedure.id, doc?.n, locale, observation, shot, performed.a11y),
        };
        if (error) {
          broken = `${doc ? `step ${doc.n}` : bound.id} could not be performed`;
          results.push({
            ...base,
            status: 'drift',
            actual: [],
            ...withShot,
            message: `the product flow stopped here: ${whyStopped(error)}`,
          });
          return;
        }
        if (!doc) {
          const n = results.length + 1;
          results.push({
            ...base,
            n,
            status: 'drift',
            actual: [],
            ...withShot,
            message: `the page no longer documents this step (${bound.id}: ${bound.about}), which the product still requires`,
          });
          return;
        }
        const checks = checkLabels(expected, observation, bound.labels(labels));
        const links = checkLinks(statements, locale, observation, labels.app.externalHint);
        const problems = [...describeLabels(checks), ...links.problems];
        const fixes = [...labelFixes(checks, statements, locale), ...links.fixes];
        results.push({
          ...base,
          expected: checks.map((c) => c.expected),
          actual: checks.map((c) => c.actual ?? null),
          status: problems.length > 0 ? 'drift' : 'ok',
          ...withShot,
          message: problems.join('; '),
          ...(fixes.length > 0 && { fixes }),
        });
      },
    );
  }
  markMoves(pairs, results, stepSimilarity(o.doc, procedure, locale, labels));
  if (record.unhandled.length > 0)
    results.push({
      n: 0,
      status: 'drift',
      expected: [],
      actual: [],
      line: procedure.line,
      message: `the product made API requests the mocked backend does not know: ${record.unhandled.join(', ')}`,
    });
  return results;
}

/** The record of a procedure's flow: kept across runs that see the same product, else made for this page alone. */
function procedureRecord(
  o: CheckOptions,
  limit: LimitFunction,
  binding: CheckBinding,
  locale: string,
  labels: Catalog,
  procedure: Procedure,
  flowDef: FlowDefinition,
): Promise<ProcedureRecord> {
  const records = sharedRecords(o);
  if (records)
    return records.procedure(identity(o), locale, `${binding.name} ${flowDef.anchor}`, () =>
      limit(() => recordProcedure(o, binding, locale, labels, flowDef)),
    );
  const pairs = alignProcedure(o.doc, procedure, flowDef, locale, labels);
  const namesOf = (stepId: string) =>
    documentedNames(o, procedure, pairs.find((p) => p.bound?.id === stepId)?.doc, locale).names;
  return limit(() => recordProcedure(o, binding, locale, labels, flowDef, namesOf));
}

/** A run that changes the product through routes of its own sees its own product: it shares no record. */
const sharedRecords = (o: CheckOptions) => (o.prepareContext ? undefined : o.records);
const identity = (o: CheckOptions): RecordIdentity => ({
  browser: o.browser,
  baseURL: o.baseURL,
  seed: o.seed,
  today: o.today,
  scans: !!o.a11y && o.a11y !== 'off',
});

/**
 * A step the page documents at one place and the product requires at another is one move, not a loss and a
 * gain: both results say so, each at the page's line for it.
 */
function markMoves(
  pairs: ReturnType<typeof alignProcedure>,
  results: StepResult[],
  similarity: ReturnType<typeof stepSimilarity>,
): void {
  pairs.forEach((pair, i) => {
    const { bound } = pair;
    if (!bound || pair.doc) return;
    const j = pairs.findIndex((other) => other.doc && !other.bound && similarity(other.doc, bound) >= 0.3);
    const moved = pairs[j]?.doc;
    const lost = results[i];
    const gained = results[j];
    if (!moved || !lost || !gained || gained.status !== 'drift' || lost.status !== 'drift') return;
    const where = pairs
      .slice(0, i)
      .reverse()
      .find((p) => p.doc)?.doc;
    lost.line = moved.line;
    lost.message = `the page documents this step (${bound.id}) as step ${moved.n}, but the product requires it ${where ? `right after step ${where.n}` : 'first'}`;
    gained.message = `out of order: the product performs this step ${where ? `right after step ${where.n}` : 'first'}, not here`;
  });
}

async function lookAt(
  o: CheckOptions,
  binding: CheckBinding,
  locale: string,
  labels: Catalog,
  p: Probe,
): Promise<Capture> {
  const { page, unhandled, close } = await openSession(o, binding, locale, labels, { probe: p });
  try {
    await page.goto(p.path);
    await p.ready(page, labels);
    const text = await page.locator('body').ariaSnapshot();
    // A screen reached only with requests the guard blocked is no fact for the rules, as it would fail a test.
    if (unhandled.length > 0) throw new Error(`requests blocked by the network guard: ${unhandled.join(', ')}`);
    return { nodes: parseAriaSnapshot(text), text, url: page.url() };
  } finally {
    await close();
  }
}

async function probe(
  o: CheckOptions,
  limit: LimitFunction,
  binding: CheckBinding,
  locale: string,
  labels: Catalog,
  p: Probe,
  facts: Seen,
): Promise<void> {
  const records = sharedRecords(o);
  const look = () => limit(() => lookAt(o, binding, locale, labels, p));
  facts.probes.set(
    p.id,
    await (records ? records.probe(identity(o), locale, `${binding.name} ${p.id}`, look) : look()),
  );
}

/** One rule's check at one statement of it: against the flow of the statement's procedure and the step it stands in. */
function ruleVerdict(
  o: CheckOptions,
  binding: CheckBinding,
  locale: string,
  labels: Catalog,
  facts: unknown,
  seen: Seen,
  rule: Rule,
): Verdict & { stepId?: string } {
  const sentence = rule.sentence[locale];
  if (sentence === undefined) return { status: 'unverified', message: `the page has no ${locale} text for this rule` };
  const check = binding.rules[rule.id];
  if (!check) return { status: 'unverified', message: `no check verifies the rule "${rule.id}" for this page` };
  const flow =
    rule.procedure !== undefined && binding.flows.some((f) => f.anchor === rule.procedure) ? rule.procedure : undefined;
  const stepId = flow && rule.step !== undefined ? seen.performedAs.get(documentedStepKey(flow, rule.step)) : undefined;
  const atStep = stepId ? seen.observed.get(stepId) : undefined;
  const verdict = check(facts, {
    labels,
    rule,
    locale,
    sentence,
    today: o.today,
    ...(flow ? { flow } : {}),
    ...(stepId ? { stepId } : {}),
    ...(atStep ? { atStep } : {}),
  });
  return { ...verdict, ...(stepId && { stepId }) };
}

/** Each statement of a rule, at its own line, against the flow of its own procedure and the step it stands in. */
function checkRules(
  o: CheckOptions,
  binding: CheckBinding,
  locale: string,
  labels: Catalog,
  facts: unknown,
  seen: Seen,
): RuleResult[] {
  const results: RuleResult[] = [];
  for (const rule of [...o.doc.rules, ...o.doc.repeats].sort((a, b) => a.line - b.line)) {
    const sentence = rule.sentence[locale];
    results.push({
      id: rule.id,
      line: rule.line,
      ...(sentence !== undefined ? { sentence } : {}),
      ...ruleVerdict(o, binding, locale, labels, facts, seen, rule),
    });
  }
  const stated = new Set([...o.doc.rules, ...o.doc.repeats].map((r) => r.id));
  for (const id of Object.keys(binding.rules).filter((id) => !stated.has(id)))
    results.push({
      id,
      status: 'drift',
      line: null,
      message: 'the page no longer states this rule; the product still applies it',
    });
  return results;
}

/** Each step of a procedure the run could not verify, with the labels it would have checked (its whole list item's). */
const unverifiedSteps = (doc: DocPage, procedure: Procedure, locale: string, message: string): StepResult[] =>
  procedure.steps.map((s) => ({
    n: s.n,
    status: 'unverified',
    actual: [],
    line: s.line,
    message,
    expected: documentedLabels(
      stepStatements(doc, procedure, s).flatMap((x) => x.labels[locale] ?? []),
      [],
    ),
  }));

async function checkLocale(o: CheckOptions, limit: LimitFunction, locale: string): Promise<LocaleResult> {
  const procedures = o.doc.procedures.filter((p) => !o.only?.length || o.only.includes(p.id));
  const { binding, product } = o;
  const titleOf = (p: Procedure) => p.title[locale] ?? p.title['en-US'] ?? p.id;
  const unverifiedAll = (message: string): LocaleResult => ({
    locale,
    procedures: procedures.map((p) => ({
      id: p.id,
      title: titleOf(p),
      line: p.line,
      steps: unverifiedSteps(o.doc, p, locale, message),
    })),
    rules: o.doc.rules.map((r) => ({ id: r.id, status: 'unverified', line: r.line, message })),
    sentences: [],
    warnings: [],
  });
  if (!o.doc.locales.includes(locale)) return unverifiedAll(`the page has no ${locale} text`);
  if (!product.locales().includes(locale)) return unverifiedAll(`the product has no ${locale} user interface`);
  if (!binding) return unverifiedAll('no flows are bound to any procedure of this page (bindings/index.ts)');
  const labels = product.labels(locale);
  const seen = newSeen();
  const kept = new Map<string, unknown>();
  const step = o.step ?? plain;
  const runs = procedures.map(async (procedure): Promise<ProcedureResult> => {
    const base = { id: procedure.id, title: titleOf(procedure), line: procedure.line };
    const flow = binding.flows.find((f) => f.anchor === procedure.id);
    if (!flow)
      return {
        ...base,
        steps: unverifiedSteps(o.doc, procedure, locale, `no flow performs this procedure (${binding.name})`),
      };
    try {
      const record = await step(`${locale} · ${procedure.id} · the product`, () =>
        procedureRecord(o, limit, binding, locale, labels, procedure, flow),
      );
      kept.set(flow.anchor, record.kept);
      return { ...base, steps: await readProcedure(o, locale, labels, procedure, flow, record, seen) };
    } catch (error) {
      // A procedure the check could not even start (the target down, the browser gone) is reported, not thrown,
      // so the other procedures' findings still reach the writer.
      return {
        ...base,
        steps: unverifiedSteps(
          o.doc,
          procedure,
          locale,
          `the check could not run this procedure: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`,
        ),
      };
    }
  });
  const probes = o.only?.length
    ? []
    : binding.probes.map((p) =>
        probe(o, limit, binding, locale, labels, p, seen).catch((error: unknown) => {
          // The rules that needed this screen are reported unverified; this line says why.
          process.stderr.write(
            `docs check: ${locale} ${p.path} could not be looked at: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}\n`,
          );
        }),
      );
  const [results] = await Promise.all([Promise.all(runs), Promise.all(probes)]);
  const warnings = terminologyWarnings(o.doc, locale, productDictionary(product.labels('en-US'), labels));
  const facts = binding.facts(seen, kept);
  // Rules and sentences need every flow and screen; a run of some procedures only checks their steps.
  const rules = o.only?.length ? [] : checkRules(o, binding, locale, labels, facts, seen);
  const sentences = o.only?.length
    ? []
    : checkSentences(
        o.doc,
        o.pins,
        locale,
        (rule) => ruleVerdict(o, binding, locale, labels, facts, seen, rule),
        ruleReader(binding.patterns),
      );
  return { locale, procedures: results, rules, sentences, warnings };
}

export async function runCheck(o: CheckOptions): Promise<CheckResult> {
  // Locales are independent runs on their own contexts, and so are the procedures and screens of each: they run
  // side by side, as many pages at once as the machine has cores. More than that, a loaded machine answers each
  // page so slowly that its navigations run out of time (8 at once on one core: page.goto over 10 s).
  const limit = pLimit(o.pages ?? docsCheckPages());
  const results: LocaleResult[] = await Promise.all(o.locales.map((locale) => checkLocale(o, limit, locale)));
  const steps = results.flatMap((r) => r.procedures.flatMap((p) => p.steps));
  const rules = results.flatMap((r) => r.rules);
  const sentences = results.flatMap((r) => r.sentences);
  pruneWritten(o, results);
  const count = <T extends { status: string }>(xs: T[], s: string) => xs.filter((x) => x.status === s).length;
  const tally = <T extends { status: string }>(xs: T[]) => ({
    ok: count(xs, 'ok'),
    drift: count(xs, 'drift'),
    unverified: count(xs, 'unverified'),
  });
  return {
    doc: o.doc.file,
    run: {
      seed: o.seed,
      today: o.today,
      a11y: o.a11y ?? 'off',
      ...(o.screenshots ? { screenshotTolerance: o.screenshots.tolerance } : {}),
    },
    results,
    summary: {
      steps: steps.length,
      ...tally(steps),
      rules: tally(rules),
      sentences: tally(sentences),
      ...screensSummary(results),
    },
  };
}

export type { AriaNode };
