import { test } from '@playwright/test';

/**
 * The documented procedures, by the heading anchor the page keeps in every locale, with each step's English
 * sentence as the report names it. The docs check aligns these with the parsed page, so a step the page
 * gains or loses shows up as drift rather than as a silently wrong report title.
 */
export const procedures = {
  subscribe: {
    anchor: 'subscribe-to-microsoft-action-pack',
    short: 'Subscribe',
    steps: [
      'On the Partner Center menu, select Partnership > Offers, then Subscribe now',
      'Select Next to agree to the Terms and Conditions',
      'Select Next to add payment details',
      'Select Get started! Add a way to pay if you need to enter payment details',
      'Enter your payment details and then select Next',
      'Review your order details and then select Buy',
      'Your order is confirmed. Select Close',
    ],
  },
  turnOff: {
    anchor: 'turn-off-automatic-action-pack-subscription-renewal',
    short: 'Turn off',
    steps: [
      'On the Partner Center menu, select Partnership > Offers; Action Pack is under Purchased offers',
      'Select Microsoft Action Pack subscription to view the subscription details',
      'Select Turn off automatic renewal',
    ],
  },
  renew: {
    anchor: 'renew-your-action-pack-subscription',
    short: 'Renew',
    steps: [
      'On the Partner Center menu, select Partnership > Offers; Action Pack is under Purchased offers',
      'Select Microsoft Action Pack subscription, then Renew subscriptions under Actions',
      'Verify your order details and then select Next',
      'Select Next to agree to the terms and conditions for internal use',
      'Select Next to add payment details',
      'Select Get started! Add a way to pay if you need to enter payment details',
      'Enter your payment details and then select Next',
      'Review your order details and then select Buy',
      'Your order is confirmed. Select Close',
    ],
  },
  cancel: {
    anchor: 'cancel-your-action-pack-subscription',
    short: 'Cancel',
    steps: [
      'Go to Partner Center support',
      'Select Report problems with Partner Center, then New request',
      'Expand the Type of problem list and select Help with partner invoice, payment, or reconciliation file',
      'Fill in the required information and then select Submit',
    ],
    /** Step 4 goes on to follow the request; reported as part of it. */
    status: 'To check on the status, select Service requests > Partner Center requests, then Open, and choose the request',
  },
} as const;

export type ProcedureKey = keyof typeof procedures;

export function stepTitle(procedure: ProcedureKey, n: number): string {
  const p = procedures[procedure];
  const text = p.steps[n - 1];
  if (!text) throw new Error(`${p.short} has no step ${n}`);
  return `${p.short} ${n} · ${text}`;
}

function insideTest(): boolean {
  try {
    test.info();
    return true;
  } catch {
    return false;
  }
}

/**
 * A report step inside a test; outside one (the docs check drives the same page objects from its own
 * process) just the body.
 */
export function reportStep<T>(title: string, body: () => Promise<T>): Promise<T> {
  return insideTest() ? test.step(title, body) : body();
}

/** Runs one documented step as one report step, named after the documentation. */
export function docStep<T>(procedure: ProcedureKey, n: number, body: () => Promise<T>): Promise<T> {
  return reportStep(stepTitle(procedure, n), body);
}

/** The status check the documentation adds to Cancel 4. */
export function docStatusStep<T>(body: () => Promise<T>): Promise<T> {
  return reportStep(`${procedures.cancel.short} 4 · ${procedures.cancel.status}`, body);
}
