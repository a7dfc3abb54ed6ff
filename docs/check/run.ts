import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { callApi } from '../../fixtures/backend';
import { openSession } from '../../fixtures/session';
import { Store, seedScenario, type Scenario, type SubscriberOptions } from '../../mocks/store';
import { catalogFor, createPages, productLocales, type Catalog } from '../../pages';
import type { DocPage, Label, Procedure, Step } from '../parser';
import { align, labelSimilarity, textSimilarity } from './align';
import { namesOf, parseAriaSnapshot } from './aria';
import { bindingFor, type BoundStep, type ProcedureBinding } from './bindings';
import { stepKey, type Facts } from './facts';
import { checkLabels } from './labels';
import type { CheckResult, LocaleResult, ProcedureResult, RuleResult, StepResult } from './model';
import { installObserver, Recorder } from './observe';
import { ruleChecks } from './rules';
import { productDictionary, terminologyWarnings } from './terminology';

export type StepRunner = <T>(title: string, body: () => Promise<T>) => Promise<T>;

export interface CheckOptions {
  doc: DocPage;
  locales: readonly string[];
  browser: Browser;
  baseURL: string;
  seed: number;
  /** A fixed date for the product and its backend, so runs repeat exactly. */
  today: string;
  /** Where screenshots go; none are written without it. */
  outDir?: string;
  /** Only these procedure anchors (all when empty). */
  only?: readonly string[];
  /** Reports each verification as a step (test.step inside the suite). */
  step?: StepRunner;
}

const plain: StepRunner = (_title, body) => body();

function expectedLabels(procedure: Procedure, step: Step, locale: string): Label[] {
  const own = step.labels[locale] ?? [];
  const last = procedure.steps[procedure.steps.length - 1];
  if (step !== last) return own;
  // Text after the last step inside its list item (Cancel's status check) is part of that step.
  const after = procedure.paragraphs.filter((p) => p.line > step.line).flatMap((p) => p.labels[locale] ?? []);
  return [...own, ...after];
}

// URL characters only: a translation may glue a particle to the address ("…/partner/support로").
const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[\w\-.~:/?#@!$&'*+,;=%]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));

function describeMissing(checks: ReturnType<typeof checkLabels>): string {
  return checks
    .filter((c) => !c.found)
    .map((c) => (c.actual ? `the screen shows **${c.actual}** where the doc says **${c.expected}**` : `**${c.expected}** is not on screen`))
    .join('; ');
}

/** A fresh account for one run, on the check's fixed date so the browser and the backend agree on today. */
function newStore(o: CheckOptions, scenario: Scenario, subscription?: SubscriberOptions): Store {
  const store = new Store(o.seed);
  store.fixDate(o.today);
  return seedScenario(store, scenario, subscription);
}

async function openContext(o: CheckOptions, locale: string, store: Store) {
  // The same session a test gets (fixtures/session.ts): service workers blocked, backend and guard, one clock.
  const session = await openSession(o.browser, { baseURL: o.baseURL, locale, timezoneId: 'UTC', store, today: o.today });
  return {
    context: session.context,
    page: session.page,
    unhandled: session.strays,
    close: async () => {
      await session.close();
      // As in a test, an uncaught error in the page fails the run: what the screens showed cannot be trusted.
      if (session.pageErrors.length > 0) throw new Error(`uncaught error(s) in the page: ${session.pageErrors.map((e) => e.message).join('; ')}`);
    },
  };
}

function similarity(locale: string, labels: Catalog, hasEnglish: boolean) {
  return (doc: Step, bound: BoundStep) => {
    const product = bound.productLabels(labels);
    // A label and its gloss are one label: whichever the product shows.
    const documented = (doc.labels[locale] ?? []).flatMap((l) => (l.path.length > 1 ? l.path : [l.gloss && product.includes(l.gloss) ? l.gloss : l.text]));
    const byLabels = labelSimilarity(documented, product);
    if (hasEnglish) return 0.6 * textSimilarity(doc.text['en-US'] ?? '', bound.reference) + 0.4 * byLabels;
    // Without English the labels are all there is; the step's number breaks ties and carries a renamed label.
    return 0.7 * byLabels + (doc.n === bound.n ? 0.3 : 0);
  };
}

async function runProcedure(o: CheckOptions, locale: string, labels: Catalog, procedure: Procedure, binding: ProcedureBinding, facts: Facts): Promise<StepResult[]> {
  const step = o.step ?? plain;
  const store = newStore(o, binding.scenario, binding.subscription);
  facts.stores.set(binding.key, store);
  const { page, unhandled, close } = await openContext(o, locale, store);
  const recorder = new Recorder(page);
  const release = installObserver(page.locator('body'));
  const ctx = { page, pages: createPages(page, labels), store, labels };
  const pairs = align(procedure.steps, binding.steps, similarity(locale, labels, o.doc.locales.includes('en-US')));
  const results: StepResult[] = [];
  let broken: string | undefined;
  try {
    await page.goto('/');
    for (const { doc, bound } of pairs) {
      const expected = doc ? expectedLabels(procedure, doc, locale) : [];
      const base = { n: doc?.n ?? bound?.n ?? 0, line: doc?.line ?? null, text: doc?.text[locale], expected: expected.map((l) => l.text) };
      const title = `${locale} · ${procedure.id} · step ${base.n}`;
      await step(title, async () => {
        if (broken) {
          results.push({ ...base, status: 'unverified', actual: [], message: `not reached: ${broken}` });
          return;
        }
        if (!bound) {
          results.push({ ...base, status: 'drift', actual: [], message: 'the page documents a step that the product flow does not have here' });
          return;
        }
        const { observation, error } = await recorder.observe(() => bound.run(ctx), expected.flatMap((l) => [...l.path, l.text, ...(l.gloss ? [l.gloss] : [])]));
        facts.steps.set(stepKey(binding.key, bound.n), observation);
        // A step the page lost keeps the product's number, which the page now gives the step after it.
        const name = doc ? `${base.n}-${locale}.png` : `${bound.n}-lost-${locale}.png`;
        const shot = o.outDir && observation.screenshot ? join('screenshots', procedure.id, name) : undefined;
        if (shot && o.outDir && observation.screenshot) {
          mkdirSync(dirname(join(o.outDir, shot)), { recursive: true });
          writeFileSync(join(o.outDir, shot), observation.screenshot);
        }
        if (error) {
          broken = `step ${base.n} could not be performed`;
          results.push({ ...base, status: 'drift', actual: [], screenshot: shot, message: `the product flow stopped here: ${error.message.split('\n')[0] ?? ''}` });
          return;
        }
        if (!doc) {
          results.push({ ...base, n: bound.n, status: 'drift', actual: [], screenshot: shot, message: `the page no longer documents this step ("${bound.reference}"), which the product still requires` });
          return;
        }
        const checks = checkLabels(expected, [...namesOf(observation.nodes), ...namesOf(observation.acted)], observation.acted);
        const paths = observation.urls.map((u) => new URL(u).pathname);
        const missingUrls = urlsIn(doc.text[locale] ?? '').filter((u) => !paths.includes(new URL(u).pathname));
        const missing = describeMissing(checks);
        const drift = missing || missingUrls.length > 0;
        results.push({
          ...base,
          expected: checks.map((c) => c.expected),
          actual: checks.map((c) => c.actual ?? null),
          status: drift ? 'drift' : 'ok',
          screenshot: shot,
          message: [missing, ...missingUrls.map((u) => `the step does not reach ${new URL(u).pathname} (${u})`)].filter(Boolean).join('; '),
        });
      });
    }
    if (binding.key === 'turnOff' && !broken) facts.turnBackOnStatus = await turnBackOn(page, store);
  } finally {
    release();
    await close();
  }
  if (unhandled.length > 0)
    results.push({ n: 0, status: 'drift', expected: [], actual: [], line: procedure.line, message: `the product made API requests the mocked backend does not know: ${unhandled.join(', ')}` });
  return results;
}

/** Asks the backend, as the page would, to switch automatic renewal back on. */
async function turnBackOn(page: Page, store: Store): Promise<number> {
  return (await callApi(page, 'PATCH', `/api/subscriptions/${store.activeSubscription()?.id ?? ''}`, { autoRenew: true })).status;
}

async function look(o: CheckOptions, locale: string, scenario: 'member-without-payment-method' | 'non-member', path: string, ready: (page: Page) => Promise<void>) {
  const store = newStore(o, scenario);
  try {
    const { page, unhandled, close } = await openContext(o, locale, store);
    try {
      await page.goto(path);
      await ready(page);
      const snapshot = await page.locator('body').ariaSnapshot();
      // A screen reached only with requests the guard blocked is no fact for the rules, as it would fail a test.
      if (unhandled.length > 0) throw new Error(`requests blocked by the network guard: ${unhandled.join(', ')}`);
      return { nodes: parseAriaSnapshot(snapshot), text: snapshot };
    } finally {
      await close();
    }
  } catch (error) {
    // The rules that needed this screen are reported unverified; this line says why.
    process.stderr.write(`docs check: ${locale} ${path} could not be looked at: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}\n`);
    throw error;
  }
}

function normalize(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function checkRules(o: CheckOptions, locale: string, labels: Catalog, facts: Facts): RuleResult[] {
  // Rules need every flow and screen; a run of some procedures only checks their steps.
  if (o.only?.length) return [];
  const results: RuleResult[] = [];
  for (const rule of o.doc.rules) {
    const check = ruleChecks[rule.id];
    const sentence = rule.sentence[locale];
    const base = { id: rule.id, line: rule.line, sentence };
    if (sentence === undefined) results.push({ ...base, status: 'unverified', message: `the page has no ${locale} text for this rule` });
    else if (check.pinned[locale] === undefined) results.push({ ...base, status: 'unverified', message: `no ${locale} wording of this rule has been confirmed against the product yet (docs/check/rules.ts)` });
    else if (normalize(check.pinned[locale]) !== normalize(sentence))
      results.push({ ...base, status: 'drift', message: `the sentence changed: it was "${check.pinned[locale]}", it is now "${sentence}"; re-confirm the rule against the product and update its pin in docs/check/rules.ts` });
    else {
      const verdict = check.verify(facts, { labels, rule, locale, today: o.today });
      results.push({ ...base, ...verdict });
    }
  }
  const stated = new Set(o.doc.rules.map((r) => r.id));
  for (const id of Object.keys(ruleChecks).filter((id) => !stated.has(id as never)))
      results.push({ id, status: 'drift', line: null, message: 'the page no longer states this rule; the product still applies it' });
  return results;
}

async function checkLocale(o: CheckOptions, locale: string): Promise<LocaleResult> {
  const procedures = o.doc.procedures.filter((p) => !o.only?.length || o.only.includes(p.id));
  const unverifiedAll = (message: string): LocaleResult => ({
    locale,
    procedures: procedures.map((p) => ({
      id: p.id, title: p.title[locale] ?? p.title['en-US'] ?? p.id, line: p.line,
      steps: p.steps.map((s) => ({ n: s.n, status: 'unverified', expected: (s.labels[locale] ?? []).map((l) => l.text), actual: [], line: s.line, message })),
    })),
    rules: o.doc.rules.map((r) => ({ id: r.id, status: 'unverified', line: r.line, message })),
    warnings: [],
  });
  if (!o.doc.locales.includes(locale)) return unverifiedAll(`the page has no ${locale} text`);
  if (!productLocales().includes(locale)) return unverifiedAll(`the product has no ${locale} user interface`);
  const labels = catalogFor(locale);
  const facts: Facts = { steps: new Map(), stores: new Map() };
  const runs = procedures.map(async (procedure): Promise<ProcedureResult> => {
    const title = procedure.title[locale] ?? procedure.id;
    const binding = bindingFor(procedure.id);
    if (!binding)
      return {
        id: procedure.id, title, line: procedure.line,
        steps: procedure.steps.map((s) => ({ n: s.n, status: 'unverified', expected: (s.labels[locale] ?? []).map((l) => l.text), actual: [], line: s.line, message: 'no page-object method is bound to this procedure (docs/check/bindings.ts)' })),
      };
    try {
      return { id: procedure.id, title, line: procedure.line, steps: await runProcedure(o, locale, labels, procedure, binding, facts) };
    } catch (error) {
      // A procedure the check could not even start (the target down, the browser gone) is reported, not thrown,
      // so the other procedures' findings still reach the writer.
      const message = `the check could not run this procedure: ${(error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''}`;
      return { id: procedure.id, title, line: procedure.line, steps: procedure.steps.map((s) => ({ n: s.n, status: 'unverified', expected: (s.labels[locale] ?? []).map((l) => l.text), actual: [], line: s.line, message })) };
    }
  });
  const looks = o.only?.length
    ? []
    : [
        look(o, locale, 'member-without-payment-method', '/partnership', (p) => p.getByRole('heading', { level: 1, name: labels.membership.heading }).waitFor()).then((v) => (facts.membership = v), () => undefined),
        look(o, locale, 'non-member', '/partnership/offers', (p) => p.getByRole('button', { name: labels.offers.subscribeNow }).waitFor()).then((v) => (facts.nonMemberOffers = v), () => undefined),
      ];
  const [results] = await Promise.all([Promise.all(runs), Promise.all(looks)]);
  const warnings = terminologyWarnings(o.doc, locale, productDictionary(catalogFor('en-US'), labels));
  return { locale, procedures: results, rules: checkRules(o, locale, labels, facts), warnings };
}

export async function runCheck(o: CheckOptions): Promise<CheckResult> {
  // Locales are independent runs on their own contexts; side by side they finish in about the time of one.
  const results: LocaleResult[] = await Promise.all(o.locales.map((locale) => checkLocale(o, locale)));
  const steps = results.flatMap((r) => r.procedures.flatMap((p) => p.steps));
  const rules = results.flatMap((r) => r.rules);
  const count = <T extends { status: string }>(xs: T[], s: string) => xs.filter((x) => x.status === s).length;
  return {
    doc: o.doc.file,
    results,
    summary: {
      steps: steps.length, ok: count(steps, 'ok'), drift: count(steps, 'drift'), unverified: count(steps, 'unverified'),
      rules: { ok: count(rules, 'ok'), drift: count(rules, 'drift'), unverified: count(rules, 'unverified') },
    },
  };
}
