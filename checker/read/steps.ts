import type { FlowStep } from '../../flows/flow';
import type { Catalog } from '../../pages';
import type { StepRunner } from '../options';
import type { DocPage, Statement, Step } from '../parser';
import type { ProcedureRecord } from '../record/product-record';
import { saveStepScreenshot, stepImageName, stepScreens, type ScreenOptions } from '../screens/step-screens';
import type { StepResult } from '../model';
import { documentedNames, type Alignment } from './alignment';
import { documentedStepKey, type Evidence } from './evidence';
import { checkLabels, type LabelCheck } from './label-checks';
import { checkLinks, type LinkFindings } from './links';
import { observationOf } from './observation';
import { checkPositions, type PositionBook } from './positions';

/** What reading in one language needs: the page, the product's labels, where screens go, how steps are reported. */
export interface Reading {
  doc: DocPage;
  locale: string;
  labels: Catalog;
  screens: ScreenOptions;
  step: StepRunner;
  /** How the page names controls by their place (the binding's), if it does. */
  positions?: PositionBook;
  /** Where the product serves a documented Partner Center address (the product's), if not at its own path. */
  pathOf?: (address: URL) => string;
}

/** The result fields every reading of a step carries: where the page has it, what it names, which flow step it is. */
export type StepBase = Pick<StepResult, 'n' | 'shown' | 'line' | 'text' | 'expected' | 'stepId' | 'undocumented'>;

/** The step's screenshot and what its screens add (baseline, accessibility), when it was performed. */
export type StepScreens = Pick<StepResult, 'screenshot' | 'outlined' | 'baseline' | 'a11y'>;

/** One pair of the alignment read against the record: what the judge needs to give it a verdict. */
export type StepReading = { base: StepBase; doc: Step | undefined; bound: FlowStep | undefined } & (
  | { kind: 'not-reached'; why: string }
  | { kind: 'not-in-flow' }
  | { kind: 'stopped'; error: Error; screens: StepScreens }
  | { kind: 'not-documented'; bound: FlowStep; screens: StepScreens; pressed: string[] }
  | { kind: 'read'; checks: LabelCheck[]; links: LinkFindings; statements: Statement[]; screens: StepScreens }
);

/**
 * Reads one procedure of the page against the record of its flow, pair by pair of the alignment: which screens each
 * documented step is about, its labels and links there. What each flow step showed goes into `evidence` for the rules.
 */
export async function readSteps(
  r: Reading,
  alignment: Alignment,
  record: ProcedureRecord,
  evidence: Evidence,
): Promise<StepReading[]> {
  const { procedure } = alignment;
  const { locale, labels } = r;
  const readings: StepReading[] = [];
  let broken: string | undefined;
  for (const { doc, bound } of alignment.pairs) {
    const { statements, expected, names } = documentedNames(r.doc, procedure, doc, locale);
    const base: StepBase = {
      n: doc?.n ?? 0,
      ...(doc && { shown: doc.shown }),
      line: doc?.line ?? null,
      text: doc?.text[locale],
      expected: expected.map((l) => l.text),
      ...(bound && { stepId: bound.id }),
      ...(!doc && { undocumented: true as const }),
    };
    const pair = { base, doc, bound };
    const performed = bound && record.steps.find((s) => s.id === bound.id);
    const title = `${locale} · ${procedure.id} · ${doc ? `step ${doc.shown}` : `${bound?.id ?? ''} (not documented)`}`;
    await r.step(title, async () => {
      if (broken || (bound && !performed)) {
        readings.push({ ...pair, kind: 'not-reached', why: broken ?? 'an earlier step could not be performed' });
        return;
      }
      if (!bound || !performed) {
        readings.push({ ...pair, kind: 'not-in-flow' });
        return;
      }
      const observation = await observationOf(performed.record, names);
      const { error } = performed;
      // A step that failed showed the rules nothing: they report it unverified rather than judge a half-done screen.
      if (!error) evidence.observed.set(bound.id, observation);
      if (doc) evidence.performedAs.set(documentedStepKey(procedure.id, doc.n), bound.id);
      const name = doc ? `${doc.n}-${locale}.png` : `${stepImageName(bound.id)}-lost-${locale}.png`;
      const shot = saveStepScreenshot(r.screens, procedure.id, name, observation);
      const screens: StepScreens = {
        ...(shot
          ? { screenshot: shot, ...(observation.outlined !== undefined && { outlined: observation.outlined }) }
          : {}),
        ...stepScreens(
          r.screens,
          procedure.id,
          doc && stepImageName(bound.id),
          locale,
          observation,
          shot,
          performed.a11y,
        ),
      };
      if (error) {
        broken = `${doc ? `step ${doc.shown}` : bound.id} could not be performed`;
        readings.push({ ...pair, kind: 'stopped', error, screens });
        return;
      }
      if (!doc) {
        // What the step pressed or chose, as the screen names it: what a writer would document there again.
        const pressed = observation.acted.flatMap((n) => (n.name ? [n.name] : []));
        readings.push({ ...pair, bound, kind: 'not-documented', screens, pressed });
        return;
      }
      const checks = [
        ...checkLabels(expected, observation, bound.labels(labels)),
        ...checkPositions(statements, locale, r.positions, observation.placed ?? []),
      ];
      const links = checkLinks(statements, locale, observation, labels.app.externalHint, r.pathOf);
      readings.push({ ...pair, kind: 'read', checks, links, statements, screens });
    });
  }
  return readings;
}
