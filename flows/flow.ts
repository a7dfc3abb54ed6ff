import type { Page } from '@playwright/test';
import type { Scenario, Store, SubscriberOptions } from '../mocks/store';
import type { Catalog, Pages } from '../pages';

/** What a flow drives: the page objects of one page in one locale, and the backend's store behind them. */
export interface FlowContext {
  page: Page;
  pages: Pages;
  store: Store;
  labels: Catalog;
}

/**
 * Runs one flow step under its report name. The suite names it after the documented step the page aligns
 * with it (title, number and the page's file:line); the docs check reports steps itself and passes the body through.
 */
export type FlowReporter = <T>(stepId: string, body: () => Promise<T>, detail?: string) => Promise<T>;

/**
 * A documented procedure as the product performs it: one method per step, each under a stable id
 * (`subscribe.agree-terms`). It knows the product's screens through the page objects, never the page's
 * wording or numbering: those come from the parsed page at run time.
 */
export abstract class Flow {
  constructor(
    protected readonly ctx: FlowContext,
    private readonly reporter: FlowReporter,
  ) {}

  protected get pages(): Pages {
    return this.ctx.pages;
  }

  protected step<T>(stepId: string, body: () => Promise<T>, detail?: string): Promise<T> {
    return this.reporter(stepId, body, detail);
  }
}

/** One step of a flow, for aligning the page with it and for performing it as the page documents it. */
export interface FlowStep<F extends Flow = Flow> {
  id: string;
  /** What the step does, in a few distinctive English words: aligns the page's English text with it. */
  about: string;
  /** The product's labels this step shows, in a locale: aligns a page in any language with it. */
  labels: (l: Catalog) => string[];
  /** Performs the step with what the documentation implies (a new test card where it asks for payment details). */
  // Method syntax on purpose: a page's flows of different types are listed together as FlowDefinition<Flow>.
  perform(flow: F, ctx: FlowContext): Promise<void>;
}

/** The names of a flow's public methods: each performs one step (or a variant of it) under its step id. */
export type FlowMethod<F extends Flow> = {
  [K in keyof F]: F[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof F] &
  string;

export interface FlowDefinition<F extends Flow = Flow> {
  /** The anchor of the procedure's heading, which the page keeps in every locale. */
  anchor: string;
  /** The account a run of the whole procedure starts from, so that every documented step is possible. */
  scenario: Scenario;
  subscription?: SubscriberOptions;
  create: (ctx: FlowContext, reporter: FlowReporter) => F;
  steps: FlowStep<F>[];
  /**
   * Each public method and the step id it reports, so tools (the coverage's spec index) know which step a call in a
   * spec drives without running it. The type lists every public method, so a new one cannot be left out; a unit
   * spec checks each id against the one the method reports.
   */
  methods: Record<FlowMethod<F>, string>;
}

/** Keeps the flow's own type for its steps while a page's flows are listed together. */
export function defineFlow<F extends Flow>(definition: FlowDefinition<F>): FlowDefinition<F> {
  return definition;
}

/** Passes every step straight through: for runs that report steps themselves. */
export const unreported: FlowReporter = (_id, body) => body();
