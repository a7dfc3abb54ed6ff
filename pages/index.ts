import type { Page } from '@playwright/test';
import { BenefitsPage } from './benefits-page';
import { CheckoutWizard } from './checkout-wizard';
import { ConfirmationDialog } from './confirmation-dialog';
import type { Catalog } from './catalog';
import { MembershipPage } from './membership-page';
import { OffersPage } from './offers-page';
import { RequestsPage } from './requests-page';
import { SubscriptionPage } from './subscription-page';
import { NewRequestForm, SupportPage } from './support-pages';

/** Every page object for one page in one locale; the fixtures and the docs check both build them here. */
export function createPages(page: Page, labels: Catalog) {
  return {
    offersPage: new OffersPage(page, labels),
    membershipPage: new MembershipPage(page, labels),
    checkoutWizard: new CheckoutWizard(page, labels),
    confirmationDialog: new ConfirmationDialog(page, labels),
    subscriptionPage: new SubscriptionPage(page, labels),
    supportPage: new SupportPage(page, labels),
    newRequestForm: new NewRequestForm(page, labels),
    requestsPage: new RequestsPage(page, labels),
    benefitsPage: new BenefitsPage(page, labels),
  };
}

export type Pages = ReturnType<typeof createPages>;
export { catalogFor, productLocales, type Catalog } from './catalog';
export type { CardDetails } from './checkout-wizard';
export {
  userOption,
  type BenefitTab,
  type CoreBenefit,
  type MarketingContactDetails,
  type OfferType,
} from './benefits-page';
export { hookPage, type Action, type PageHooks, type StepReporter } from './screen';
