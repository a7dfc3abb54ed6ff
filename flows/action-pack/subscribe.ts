import { defineFlow } from '../flow';
import { checkoutSteps, offersPath } from './checkout';

export const subscribe = defineFlow({
  anchor: 'subscribe-to-microsoft-action-pack',
  scenario: 'member-without-payment-method',
  steps: {
    selectSubscribeNow: {
      id: 'subscribe.open-offers',
      about: 'menu partnership offers available subscribe now',
      labels: (l) => [...offersPath(l), l.offers.available, l.offers.subscribeNow],
      act: ({ pages }) => pages.offersPage.selectSubscribeNow(),
    },
    ...checkoutSteps('subscribe'),
    /** Buy pressed twice before the product answers the first. */
    doubleClickBuy: {
      id: 'subscribe.buy',
      detail: 'pressed twice',
      act: ({ pages }) => pages.checkoutWizard.doubleClickBuy(),
    },
  },
});
