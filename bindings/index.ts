import type { DocPage } from '../checker/parser';
import { actionPackBinding } from './action-pack';
import type { CheckBinding } from '../checker/binding';

/** Every documentation page the check knows how to drive; adding a page adds its flows and its binding here. */
export const bindings: readonly CheckBinding[] = [actionPackBinding];

/** The binding whose flows perform most of the page's procedures. */
export function bindingFor(doc: DocPage): CheckBinding | undefined {
  const anchors = new Set(doc.procedures.map((p) => p.id));
  const scored = bindings
    .map((b) => ({ b, n: b.flows.filter((f) => anchors.has(f.anchor)).length }))
    .filter((x) => x.n > 0);
  return scored.sort((x, y) => y.n - x.n)[0]?.b;
}
