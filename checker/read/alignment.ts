import { align, type Pair } from '../../flows/align';
import { stepSimilarity, stepStatements } from '../../flows/documented';
import type { FlowDefinition, FlowStep } from '../../flows/flow';
import type { Catalog } from '../../pages';
import type { DocPage, Label, Procedure, Statement, Step } from '../parser';
import { namesOfLabel } from './label-checks';
import { refersElsewhere } from './links';

/** One procedure of the page paired with its flow in one language: made once, read by every phase after. */
export interface Alignment {
  procedure: Procedure;
  flow: FlowDefinition;
  /** The page's steps and the flow's, paired by content in order; a step either side lacks has no partner. */
  pairs: Pair<Step, FlowStep>[];
  /** How much a step of the page is like a step of the flow (0 to 1): the measure the pairs were made by. */
  similarity: (step: Step, flowStep: FlowStep) => number;
}

export function alignProcedure(
  doc: DocPage,
  procedure: Procedure,
  flow: FlowDefinition,
  locale: string,
  labels: Catalog,
): Alignment {
  const similarity = stepSimilarity(doc, procedure, locale, labels);
  return { procedure, flow, pairs: align(procedure.steps, flow.steps, similarity), similarity };
}

/** What the page says at one documented step in one language: its sentences, its labels, and every name they give. */
export interface DocumentedNames {
  statements: Statement[];
  expected: Label[];
  /** The labels, their menu paths and glosses: what a reading of the step looks for on screen. */
  names: string[];
}

export function documentedNames(
  doc: DocPage,
  procedure: Procedure,
  step: Step | undefined,
  locale: string,
): DocumentedNames {
  const statements = step ? stepStatements(doc, procedure, step) : [];
  const expected: Label[] = statements.flatMap((s) => (refersElsewhere(s, locale) ? [] : (s.labels[locale] ?? [])));
  return { statements, expected, names: expected.flatMap(namesOfLabel) };
}
