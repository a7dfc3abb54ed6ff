// The engine wired to this project's page bindings and product, for specs and scripts that run a check in-process:
// the same functions as the engine's, each given the page's binding (chosen by its procedures) and the sandbox.
import type { CheckResult } from '../checker/model';
import { ruleReader, type DocPage, type RuleReader } from '../checker/parser';
import {
  confirmChecked as confirmCheckedWith,
  type ConfirmOutcome,
  type PendingStake,
} from '../checker/read/confirm-checked';
import { pinsPathFor, readPins, type Pins } from '../checker/read/pins';
import * as reports from '../checker/reports/write';
import { checkPool } from '../checker/pool';
import { runCheck as runWith, type CheckOptions as EngineOptions } from '../checker/run';
import type { CheckBinding } from '../checker/binding';
import { documentedPage, documentedPagePath } from './documented-page';
import { bindingFor } from './index';
import { sandboxProduct } from './product';

export { checkPool, documentedPage, documentedPagePath };

/** The engine's options, with the page's binding found from its procedures unless given. */
export type CheckOptions = Omit<EngineOptions, 'binding' | 'product'> & { binding?: CheckBinding };

export const runCheck = (o: CheckOptions): Promise<CheckResult> =>
  runWith({ ...o, binding: o.binding ?? bindingFor(o.doc), product: sandboxProduct });

/** The page's rules, as its binding words them (none for a page no binding performs). */
export const rulesOf = (doc: DocPage): RuleReader => ruleReader(bindingFor(doc)?.patterns ?? {});

export const writeReports = (result: CheckResult, outDir: string, doc?: DocPage) =>
  reports.writeReports(result, outDir, doc && { doc, flows: bindingFor(doc)?.flows ?? [], product: sandboxProduct });

export const confirmChecked = (
  doc: DocPage,
  pins: Pins | undefined,
  lines: readonly number[] | undefined,
  o: { force: boolean; check: (stakes: readonly PendingStake[]) => Promise<CheckResult> },
): Promise<ConfirmOutcome> => confirmCheckedWith(doc, pins, lines, { ...o, rules: rulesOf(doc) });

/** The sentences of the page under test that writers have confirmed against the product. */
export function documentedPins(): Pins | undefined {
  return readPins(pinsPathFor(documentedPagePath));
}
