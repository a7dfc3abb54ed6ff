import { test } from '@playwright/test';

/**
 * The documented procedures, by the heading anchor the page keeps in every locale, with each step's English
 * text as the page said it when the step was bound: the report names steps with it, and the docs check
 * aligns the page's steps with these by content. The docs check aligns these with the parsed page, so a step the page
 * gains or loses shows up as drift rather than as a silently wrong report title.
 */
export const procedures = {
  subscribe: {
    anchor: 'subscribe-to-microsoft-action-pack',
    short: 'Subscribe',
    steps: [
      'On the Partner Center menu, select Partnership > Offers. Microsoft Action Pack is listed under Available offers. Select Subscribe now.',
      'Select Next to agree to the Terms and Conditions for internal use rights granted by the Microsoft Partner Network.',
      'Select Next to add payment details.',
      'Select Get started! Add a way to pay if you need to enter payment details.',
      'Enter your payment details and then select Next.',
      "Review your order details and then select Buy when you're ready to purchase Action Pack. Your credit card will be charged immediately.",
      'Your order is confirmed. Select Close.',
    ],
  },
  turnOff: {
    anchor: 'turn-off-automatic-action-pack-subscription-renewal',
    short: 'Turn off',
    steps: [
      'On the Partner Center menu, select Partnership > Offers. Microsoft Action Pack is listed under Purchased offers.',
      'Select Microsoft Action Pack subscription to view the subscription details.',
      "Select Turn off automatic renewal if you don't want your Action Pack subscription to renew automatically each year.",
    ],
  },
  renew: {
    anchor: 'renew-your-action-pack-subscription',
    short: 'Renew',
    steps: [
      'On the Partner Center menu, select Partnership > Offers. Microsoft Action Pack is listed under Purchased offers.',
      'Select Microsoft Action Pack subscription to view the subscription details, and then select Renew subscriptions under Actions.',
      'Verify your order details and then select Next.',
      'Select Next to agree to the terms and conditions for internal use granted by the Microsoft Partner Network.',
      'Select Next to add payment details.',
      'Select Get started! Add a way to pay if you need to enter payment details.',
      'Enter your payment details and then select Next.',
      "Review your order details and then select Buy when you're ready to purchase Action Pack. Your credit card will be charged immediately.",
      'Your order is confirmed. Select Close.',
    ],
  },
  cancel: {
    anchor: 'cancel-your-action-pack-subscription',
    short: 'Cancel',
    steps: [
      'Go to https://partnercenter.microsoft.com/partner/support.',
      'Select Report problems with Partner Center, and then select New request on the next page.',
      'Expand the Type of problem list and select Help with partner invoice, payment, or reconciliation file.',
      'Finish filling in the required information and then select Submit. The Partner Center Support team will contact you to help you cancel your subscription.',
    ],
    /** Step 4 goes on to follow the request; reported as part of it. */
    status: 'To check on the status of your service request, select Service requests > Partner Center requests, and then select Open. Choose the appropriate service request from the list.',
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
