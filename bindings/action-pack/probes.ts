import type { Probe } from '../../checker/binding';
import type { Scenario } from '../../mocks/store';

/** A screen the rules look at outside the procedures, and the account it is looked at as. */
export interface ActionPackProbe extends Probe {
  scenario: Scenario;
}

export const actionPackProbes: readonly ActionPackProbe[] = [
  {
    id: 'membership',
    scenario: 'member-without-payment-method',
    path: '/partnership',
    ready: (page, l) => page.getByRole('heading', { level: 1, name: l.membership.heading }).waitFor(),
  },
  {
    id: 'non-member-offers',
    scenario: 'non-member',
    path: '/partnership/offers',
    ready: (page, l) => page.getByRole('button', { name: l.offers.subscribeNow }).waitFor(),
  },
];
