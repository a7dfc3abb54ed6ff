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

/** What a step's method does, inside its report step: the page objects' actions, with the spec's arguments. */
type Act = (ctx: FlowContext, ...args: never[]) => Promise<void>;

/**
 * One documented step of a flow, written once: its stable id (`subscribe.agree-terms`), its words, its labels and
 * what it does. Its key in the flow's `steps` is the method a spec calls; the docs check performs it as the page
 * documents it. It knows the product's screens through the page objects, never the page's wording or numbering:
 * those come from the parsed page at run time.
 */
export interface StepEntry {
  id: string;
  /** What the step does, in a few distinctive English words: aligns the page's English text with it. */
  about: string;
  /** The product's labels this step shows, in a locale: aligns a page in any language with it. */
  labels: (l: Catalog) => string[];
  act: Act;
  /**
   * Performs the step with what the documentation implies (a new test card where it asks for payment details),
   * through the flow's methods (`this`, the flow); without one, the step's own method with no arguments.
   */
  perform?: (ctx: FlowContext) => Promise<void>;
}

/**
 * Another way of doing a documented step (Buy pressed twice) or the rest of it (following the request the step
 * submits): a method of its own, reported as that step with what it does differently.
 */
export interface VariantEntry {
  /** The documented step's id. */
  id: string;
  detail: string;
  act: Act;
}

type Entry = StepEntry | VariantEntry;
type MethodOf<E> = E extends { act: (ctx: FlowContext, ...args: infer A) => Promise<void> }
  ? (...args: A) => Promise<void>
  : never;

/**
 * A flow as specs call it: one method per entry of its definition's `steps`, each run under its step id, and the
 * procedure's anchor, which also tells a flow from another in the types (the coverage's spec index reads it there).
 */
export type FlowOf<S, A extends string = string> = { readonly [K in keyof S]: MethodOf<S[K]> } & { readonly anchor: A };

/** A flow of any page, as a page's flows are listed together. */
export type Flow = { readonly anchor: string };

/** One documented step of a flow, for aligning the page with it and for performing it as the page documents it. */
export interface FlowStep<F extends Flow = Flow> {
  id: string;
  about: string;
  labels: (l: Catalog) => string[];
  // Method syntax on purpose: a page's flows of different types are listed together as FlowDefinition<Flow>.
  perform(flow: F, ctx: FlowContext): Promise<void>;
}

/** The names of a flow's methods: each performs one step (or a variant of it) under its step id. */
export type FlowMethod<F extends Flow> = Exclude<keyof F, 'anchor'> & string;

export interface FlowDefinition<F extends Flow = Flow> {
  /** The anchor of the procedure's heading, which the page keeps in every locale. */
  anchor: string;
  /** The account a run of the whole procedure starts from, so that every documented step is possible. */
  scenario: Scenario;
  subscription?: SubscriberOptions;
  create: (ctx: FlowContext, reporter: FlowReporter) => F;
  /** The documented steps, in the order the procedure takes them. */
  steps: FlowStep<F>[];
  /** Each method and the step id it reports: the registry tools read (which step a call in a spec drives). */
  methods: Record<FlowMethod<F>, string>;
}

const isStep = (entry: Entry): entry is StepEntry => 'about' in entry;

/**
 * A flow from its entries: the methods specs call, the documented steps in the order written, and the registry of
 * which method reports which step. A variant names a step of the same flow, or the flow is refused as it loads.
 */
export function defineFlow<A extends string, S extends Record<string, Entry>>(definition: {
  anchor: A;
  scenario: Scenario;
  subscription?: SubscriberOptions;
  // `this` in an entry's perform is the flow: a perform calls the flow's methods, as a spec does.
  steps: S & ThisType<FlowOf<S, A>>;
}): FlowDefinition<FlowOf<S, A>> {
  type F = FlowOf<S, A>;
  const { anchor, scenario, subscription } = definition;
  const entries = Object.entries(definition.steps) as [FlowMethod<F>, Entry][];
  const ids = new Set(entries.flatMap(([, e]) => (isStep(e) ? [e.id] : [])));
  for (const [name, entry] of entries) {
    if (!ids.has(entry.id))
      throw new Error(`flow ${anchor}: ${name} is a variant of ${entry.id}, which is no step of it`);
    if (name === 'anchor') throw new Error(`flow ${anchor}: no step may be named anchor, the flow's own property`);
  }
  const create = (ctx: FlowContext, reporter: FlowReporter): F => {
    const methods = entries.map(([name, entry]) => {
      const detail = isStep(entry) ? undefined : entry.detail;
      const act = entry.act as (ctx: FlowContext, ...args: unknown[]) => Promise<void>;
      return [name, (...args: unknown[]) => reporter(entry.id, () => act(ctx, ...args), detail)];
    });
    return Object.freeze({ ...Object.fromEntries(methods), anchor }) as F;
  };
  const steps = entries.flatMap(([name, entry]): FlowStep<F>[] => {
    if (!isStep(entry)) return [];
    const { id, about, labels, perform } = entry;
    return [
      {
        id,
        about,
        labels,
        perform: (flow, ctx) => (perform ? perform.call(flow, ctx) : (flow[name] as () => Promise<void>)()),
      },
    ];
  });
  const methods = Object.fromEntries(entries.map(([name, entry]) => [name, entry.id])) as Record<FlowMethod<F>, string>;
  return { anchor, scenario, ...(subscription && { subscription }), create, steps, methods };
}

/** Passes every step straight through: for runs that report steps themselves. */
export const unreported: FlowReporter = (_id, body) => body();
