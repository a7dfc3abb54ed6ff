import { expect, test } from '@playwright/test';
import { actionPackRules } from '../../bindings/action-pack/rules';
import type { RuleContext } from '../../checker/binding';
import { accountAfter, newActionPackFacts as newFacts } from '../../bindings/action-pack/facts';
import { Store, seedScenario } from '../../mocks/store';
import { catalogFor } from '../../pages';

const seen = { captures: [], acted: [], typed: [] };
const context = (id: 'auto-renew-not-back-on-until-renewal' | 'cancel-through-support'): RuleContext => ({
  labels: catalogFor('en-US'),
  locale: 'en-US',
  sentence: '',
  today: '2026-03-15',
  rule: { id, line: 1, sentence: {}, figures: {} },
});

/** What the turn-off flow and its follow-up found: renewal stayed off, no control turned it on or cancelled, the backend refused. */
function afterTurnOff() {
  const facts = newFacts();
  facts.observed.set('turn-off.turn-off', seen);
  facts.turnOff = {
    autoRenewAfterTurnOff: false,
    controlsPressed: ['Actions'],
    controlsThatTurnedItOn: [],
    controlsThatCancelled: [],
    turnBackOnStatus: 409,
  };
  return facts;
}

// A drift verdict says the product no longer keeps the rule, which lets a confirmation that contradicts the rule
// through: a flow that did not complete must leave the rule unverified instead.
test.describe('A rule whose flow did not complete is unverified, never drift', () => {
  test('no way back on: the renewal did not complete', () => {
    const facts = afterTurnOff();
    facts.accounts.set(
      'renew-your-action-pack-subscription',
      accountAfter(seedScenario(new Store(1), 'subscriber', { autoRenew: false })),
    );
    expect(
      actionPackRules['auto-renew-not-back-on-until-renewal']?.(facts, context('auto-renew-not-back-on-until-renewal'))
        ?.status,
    ).toBe('unverified');
    facts.observed.set('renew.close', seen);
    expect(
      actionPackRules['auto-renew-not-back-on-until-renewal']?.(facts, context('auto-renew-not-back-on-until-renewal'))
        ?.status,
    ).toBe('drift');
  });

  test('cancel through support: the request was not submitted', () => {
    const facts = afterTurnOff();
    facts.accounts.set('cancel-your-action-pack-subscription', accountAfter(seedScenario(new Store(1), 'subscriber')));
    expect(actionPackRules['cancel-through-support']?.(facts, context('cancel-through-support'))?.status).toBe(
      'unverified',
    );
    facts.observed.set('cancel.submit', seen);
    expect(actionPackRules['cancel-through-support']?.(facts, context('cancel-through-support'))?.status).toBe('drift');
  });
});
