import { documentedLabels, stepStatements } from '../../flows/documented';
import type { LocaleResult, StepResult } from '../model';
import type { DocPage, Procedure } from '../parser';

/** Each step of a procedure the run could not verify, with the labels it would have checked (its whole list item's). */
export const unverifiedSteps = (doc: DocPage, procedure: Procedure, locale: string, message: string): StepResult[] =>
  procedure.steps.map((s) => ({
    n: s.n,
    shown: s.shown,
    status: 'unverified',
    actual: [],
    line: s.line,
    message,
    expected: documentedLabels(
      stepStatements(doc, procedure, s).flatMap((x) => x.labels[locale] ?? []),
      [],
    ),
  }));

export const titleOf = (p: Procedure, locale: string) => p.title[locale] ?? p.title['en-US'] ?? p.id;

/** A language the run could not check at all: every step and rule unverified, for `message`. */
export const unverifiedLocale = (
  doc: DocPage,
  procedures: readonly Procedure[],
  locale: string,
  message: string,
): LocaleResult => ({
  locale,
  procedures: procedures.map((p) => ({
    id: p.id,
    title: titleOf(p, locale),
    line: p.line,
    steps: unverifiedSteps(doc, p, locale, message),
  })),
  rules: doc.rules.map((r) => ({ id: r.id, status: 'unverified', line: r.line, message })),
  sentences: [],
  warnings: [],
});
