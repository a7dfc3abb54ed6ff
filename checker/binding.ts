import type { Page } from '@playwright/test';
import type { Scenario } from '../mocks/store';
import type { FlowContext, FlowDefinition } from '../flows/flow';
import type { Catalog } from '../pages';
import type { Rule } from './parser';
import type { Facts } from './record/facts';
import type { Capture, Observation } from './record/observe';

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

/** Verifies one rule, at one of its statements, against what the flows and probes saw. */
export type RuleCheck = (facts: Facts, ctx: RuleContext) => Verdict;

/** A look at one screen outside the procedures (the overview as a member, Offers as a non-member). */
export interface Probe {
  id: string;
  scenario: Scenario;
  path: string;
  ready: (page: Page, labels: Catalog) => Promise<void>;
}

/**
 * Everything the check needs to know about one documentation page: its flows, how to verify each rule
 * it states, and the extra screens the rules need. The engine (run.ts) knows none of it.
 */
export interface CheckBinding {
  /** The page's file name pattern, for choosing a binding for a page. */
  name: string;
  flows: readonly FlowDefinition[];
  rules: Record<string, RuleCheck>;
  probes: readonly Probe[];
  /** Runs after a flow completed, on its page, and records what it found in `facts.after`. */
  afterFlow?: Record<string, (ctx: FlowContext, facts: Facts) => Promise<void>>;
}

export type { Capture };
