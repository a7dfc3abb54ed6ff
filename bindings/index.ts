import { bindingFor as chooseBinding, type CheckBinding } from '../checker/binding';
import type { DocPage } from '../checker/parser';
import { actionPackBinding } from './action-pack';
import { benefitsBinding } from './benefits';

/** Every documentation page the check knows how to drive; adding a page adds its flows and its binding here. */
export const bindings: readonly CheckBinding[] = [actionPackBinding, benefitsBinding];

/** The binding whose flows perform most of the page's procedures. */
export const bindingFor = (doc: DocPage): CheckBinding | undefined => chooseBinding(doc, bindings);
