import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { FlowContext, FlowDefinition } from '../flows/flow';
import type { Catalog } from '../pages';
import type { DocPage, Rule, RuleBook } from './parser';
import type { Evidence } from './read/evidence';
import type { Observation } from './read/observation';
import type { PositionBook } from './read/positions';
import type { Capture } from './record/recorder';

export interface Verdict {
  status: 'ok' | 'drift' | 'unverified';
  message: string;
}

/** Where one statement of a rule stands, and what the product did there. */
export interface RuleContext {
  labels: Catalog;
  /** This occurrence: its line, its sentence per language, its procedure and step. */
  rule: Rule;
  locale: string;
  /** The sentence in the checked language. */
  sentence: string;
  today: string;
  /** The flow of the procedure that states it, if a procedure does. */
  flow?: string;
  /** The flow step the stating step was performed as, and what it showed. */
  stepId?: string;
  atStep?: Observation;
}

/**
 * Verifies one rule, at one of its statements, against the binding's facts. Written as a method so that a registry
 * of bindings, each with facts of its own type, is one list: the engine hands each check its own binding's facts.
 */
export type RuleCheck<F> = { check(facts: F, ctx: RuleContext): Verdict }['check'];

/** A look at one screen outside the procedures (the overview as a member, Offers as a non-member). */
export interface Probe {
  id: string;
  path: string;
  ready: (page: Page, labels: Catalog) => Promise<void>;
}

/** What the product under test offers every page: its languages and its labels in each. */
export interface Product {
  locales(): readonly string[];
  labels(locale: string): Catalog;
  /** The path the product serves a documented Partner Center address at, when it is not the address's own path. */
  pathOf?(address: URL): string;
}

/** What makes one browser session of the check: the target, the run's seed and date, the language. */
export interface SessionTarget {
  browser: Browser;
  baseURL: string;
  seed: number;
  today: string;
  locale: string;
  labels: Catalog;
  /** Called on the session's browser context before its page (a spec routes the served files through it). */
  prepareContext?: (context: BrowserContext) => Promise<void>;
}

/** One browser session on a freshly prepared product, opened by the binding for one flow or one probe. */
export interface ProductSession<K> {
  page: Page;
  /** What a flow drives there: the page objects, and the product's state behind them. */
  flow: FlowContext;
  /** Requests the product's backend did not know, as they come. */
  unhandled: readonly string[];
  /**
   * The fields whose content no image may show (card data): every screenshot the check takes paints them over. A
   * product may show a whole card number in a field, and no scan of the reports can read an image.
   */
  masked: readonly Locator[];
  /**
   * What the run leaves for the rules, read once the flow stopped: `completed` when it performed every step. Plain
   * data (no store, no class instance): the command saves it with the record for its next run.
   */
  keep(completed: boolean): Promise<K>;
  /** Closes the session; throws when the page had an uncaught error, as it would fail a test. */
  close(): Promise<void>;
}

/**
 * Everything the check needs to know about one documentation page: its flows, its rules (how the page words them,
 * and how to verify each), the extra screens the rules need, and how to prepare the product for each run. `F`: the
 * facts its rules read; `K`: what one procedure's run keeps for them. The engine knows none of it.
 */
export interface CheckBinding<F = unknown, K = unknown, P extends Probe = Probe> {
  /** The page's file name pattern, for choosing a binding for a page. */
  name: string;
  flows: readonly FlowDefinition[];
  /** How the page states each of its rules, per language: the parser reads the page's rules with it. */
  patterns: RuleBook;
  /** How the page names controls by their place ("the down arrow at the far right of the row"), per language. */
  positions?: PositionBook;
  rules: Readonly<Record<string, RuleCheck<F>>>;
  probes: readonly P[];
  /** Opens a session on the product, prepared for a flow (its account) or a probe (the screen's). */
  open(target: SessionTarget, start: { flow: FlowDefinition } | { probe: P }): Promise<ProductSession<K>>;
  /** The rules' facts of one language: what its flows and probes showed, and what each procedure's run kept. */
  facts(seen: Evidence, kept: ReadonlyMap<string, K>): F;
}

/** The binding whose flows perform most of the page's procedures. */
export function bindingFor<B extends CheckBinding>(doc: DocPage, bindings: readonly B[]): B | undefined {
  const anchors = new Set(doc.procedures.map((p) => p.id));
  const scored = bindings
    .map((b) => ({ b, n: b.flows.filter((f) => anchors.has(f.anchor)).length }))
    .filter((x) => x.n > 0);
  return scored.sort((x, y) => y.n - x.n)[0]?.b;
}

export type { Capture };
