import { resolve } from 'node:path';
import type { DocPage, Label, Procedure, Statement, Step } from '../checker/parser';
import type { Catalog } from '../pages';
import { align, labelSimilarity, type Pair } from './align';
import type { FlowDefinition, FlowStep } from './flow';

const ENGLISH = 'en-US';
const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKC')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );

/** Share of the flow step's words that the page's sentence uses. */
function aboutSimilarity(text: string, about: string): number {
  const said = words(text);
  const want = words(about);
  if (want.size === 0) return 0;
  let found = 0;
  for (const w of want) if (said.has(w)) found++;
  return found / want.size;
}

/**
 * The sentences of one documented step: its whole list item, with what follows its first paragraph (Cancel's
 * status check). The check verifies a step against all of them, so the alignment reads the same.
 */
export function stepStatements(doc: DocPage, procedure: Procedure, step: Step): Statement[] {
  return doc.statements.filter((s) => s.procedure === procedure.id && s.step === step.n);
}

/** The labels a step of the page names, a label kept with its gloss counting as whichever the product shows. */
export function documentedLabels(named: readonly Label[], product: readonly string[]): string[] {
  return named.flatMap((l) => (l.path.length > 1 ? l.path : [l.gloss && product.includes(l.gloss) ? l.gloss : l.text]));
}

/**
 * How much a step of the page is like a step of the flow: by its English text when the page has one, and by
 * the labels it names in `locale` against the product's labels in that locale. Both are read from the step's
 * whole list item, as the flow step covers it: a page without English aligns by the labels alone, and a step
 * whose follow-up paragraph names half its controls must not look like half a step.
 */
export function stepSimilarity(doc: DocPage, procedure: Procedure, locale: string, labels: Catalog) {
  const hasEnglish = doc.locales.includes(ENGLISH);
  const items = new Map(
    procedure.steps.map((step) => {
      const statements = stepStatements(doc, procedure, step);
      return [
        step,
        {
          named: statements.flatMap((s) => s.labels[locale] ?? []),
          english: statements.map((s) => s.text[ENGLISH] ?? '').join(' '),
        },
      ];
    }),
  );
  return (step: Step, flow: FlowStep) => {
    const item = items.get(step) ?? { named: [], english: '' };
    const product = flow.labels(labels);
    const byLabels = labelSimilarity(documentedLabels(item.named, product), product);
    if (hasEnglish) return 0.6 * aboutSimilarity(item.english, flow.about) + 0.4 * byLabels;
    return byLabels;
  };
}

/** Pairs the page's steps of one procedure with the flow's steps by content, in order. */
export function alignProcedure(
  doc: DocPage,
  procedure: Procedure,
  flow: FlowDefinition,
  locale: string,
  labels: Catalog,
): Pair<Step, FlowStep>[] {
  return align(procedure.steps, flow.steps, stepSimilarity(doc, procedure, locale, labels));
}

export interface DocumentedStep {
  /** e.g. "Subscribe to Microsoft Action Pack · 3. Select Next to add payment details." */
  title: string;
  /** Where the page documents it, for Playwright's step location: the report and a failure point at page.md:line. */
  location?: { file: string; line: number; column: number };
}

/**
 * The page's name and place for each flow step, aligned at run time: a page that gains, loses or reorders
 * steps still names each flow step after the documented step it is, or says the page no longer documents it.
 */
export class DocumentedSteps {
  private readonly byId = new Map<string, DocumentedStep>();
  private readonly procedures = new Map<string, string>();

  constructor(doc: DocPage, flows: readonly FlowDefinition[], locale: string, labels: Catalog) {
    const language = doc.locales.includes(locale) ? locale : ENGLISH;
    const file = resolve(doc.file);
    for (const flow of flows) {
      const procedure = doc.procedures.find((p) => p.id === flow.anchor);
      // A section that says what to do in prose, with no numbered step (the Benefits page's cancellation), is
      // still where the page documents the flow: its steps are named after the section, at its heading.
      const section = procedure ? undefined : doc.sections.find((s) => s.id === flow.anchor);
      const titled = procedure ?? section;
      const heading = titled?.title[language] ?? titled?.title[ENGLISH] ?? flow.anchor;
      const pairs = procedure ? alignProcedure(doc, procedure, flow, language, labels) : [];
      for (const step of flow.steps) {
        this.procedures.set(step.id, heading);
        const documented = pairs.find((p) => p.bound === step)?.doc;
        this.byId.set(
          step.id,
          documented
            ? {
                // The number as the page shows it ('3a'; a list restarted after a note shows '3' twice).
                title: `${heading} · ${documented.shown}. ${documented.text[language] ?? documented.text[ENGLISH] ?? ''}`,
                location: { file, line: documented.line, column: 1 },
              }
            : section
              ? {
                  title: `${heading} · ${step.id} (in prose: the section numbers no step)`,
                  location: { file, line: section.line, column: 1 },
                }
              : { title: `${heading} · ${step.id} (not documented on ${doc.file})` },
        );
      }
    }
  }

  /** The procedure a flow step belongs to, by its heading in the page's language. */
  procedureOf(stepId: string): string {
    return this.procedures.get(stepId) ?? `${stepId} (no such flow step)`;
  }

  describe(stepId: string, detail?: string): DocumentedStep {
    const found = this.byId.get(stepId) ?? { title: `${stepId} (no such flow step)` };
    return detail ? { ...found, title: `${found.title} (${detail})` } : found;
  }
}
