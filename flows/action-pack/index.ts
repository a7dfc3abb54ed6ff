import type { FlowContext, FlowReporter } from '../flow';
import { cancel } from './cancel';
import { renew } from './renew';
import { subscribe } from './subscribe';
import { turnOff } from './turn-off';

/** The flows of "Upgrade your Microsoft Partner Network membership", one per documented procedure. */
export const actionPackFlows = [subscribe, turnOff, renew, cancel] as const;

/** One instance of each flow on one page, for a test. */
export function createActionPackFlows(ctx: FlowContext, reporter: FlowReporter) {
  return {
    subscribe: subscribe.create(ctx, reporter),
    turnOff: turnOff.create(ctx, reporter),
    renew: renew.create(ctx, reporter),
    cancel: cancel.create(ctx, reporter),
  };
}

export type ActionPackFlows = ReturnType<typeof createActionPackFlows>;
export { cancel, renew, subscribe, turnOff };
export type CancelFlow = ReturnType<typeof cancel.create>;
export type RenewFlow = ReturnType<typeof renew.create>;
export type SubscribeFlow = ReturnType<typeof subscribe.create>;
export type TurnOffFlow = ReturnType<typeof turnOff.create>;
