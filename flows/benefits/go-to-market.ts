import type { AccountUser } from '../../app/src/api/contract';
import type { CoreBenefit, OfferType } from '../../pages';
import { defineFlow, type FlowContext } from '../flow';
import { benefitsPath, selectTab } from './list';

export const goToMarket = defineFlow({
  anchor: 'manage-go-to-market-offers',
  scenario: 'subscriber',
  steps: {
    selectTab: {
      id: 'go-to-market.open-list',
      about: 'select benefits then go-to-market see list offers go-to-market microsoft program',
      labels: (l) => benefitsPath(l, 'go-to-market'),
      act: selectTab('go-to-market'),
    },
    /** Before any offer is activated, a marketing contact: without one the product says so and activates nothing. */
    contactFirst: {
      id: 'go-to-market.contact-first',
      about: 'activate any go-to-market offer program must first assign company marketing contact',
      labels: () => [],
      act: async ({ page, labels }) => {
        await page
          .getByRole('main')
          .getByText(labels.benefits.errors['no-marketing-contact'], { exact: true })
          .waitFor();
      },
    },
    /** At the top of the Go-To-Market page: Add, Update or Change. */
    openMarketingContact: {
      id: 'go-to-market.marketing-contact',
      about: 'add update marketing contact information top go-to-market page add update change',
      labels: (l) => [l.benefits.add, l.benefits.update, l.benefits.change],
      act: ({ pages }, action: 'add' | 'update' | 'change') => pages.benefitsPage.openMarketingContact(action),
      async perform({ store }: FlowContext) {
        await this.openMarketingContact(store.marketingContact ? 'update' : 'add');
      },
    },
    /** a. A user from the list. */
    chooseContactUser: {
      id: 'go-to-market.contact-user',
      about: 'select user from list',
      labels: () => [],
      act: ({ pages }, user: AccountUser) => pages.benefitsPage.fillMarketingContact({ user }),
      async perform({ store }: FlowContext) {
        const [, colleague] = store.users.all();
        if (colleague) await this.chooseContactUser(colleague);
      },
    },
    /** b. An email address for the contact, different from the account's. */
    enterContactEmail: {
      id: 'go-to-market.contact-email',
      about: 'provide email address user different partner center account',
      labels: () => [],
      act: ({ pages }, email: string) => pages.benefitsPage.fillMarketingContact({ email }),
      async perform({ store }: FlowContext) {
        await this.enterContactEmail(store.faker.internet.email({ provider: 'example.net' }));
      },
    },
    /** c. The contact phone and preferred language, then Assign user. */
    enterPhoneAndLanguageAndAssign: {
      id: 'go-to-market.contact-assign',
      about: 'provide contact phone preferred language marketing contact assign user',
      labels: (l) => [l.benefits.assignUser],
      act: async ({ pages }, phone: string, language: string) => {
        await pages.benefitsPage.fillMarketingContact({ phone, language });
        await pages.benefitsPage.assignMarketingContact();
      },
      async perform({ store }: FlowContext) {
        await this.enterPhoneAndLanguageAndAssign(store.faker.phone.number({ style: 'national' }), 'en-US');
      },
    },
    /** The offer's core benefit row (Silver Core, Gold Core), expanded by its down arrow. */
    expandCore: {
      id: 'go-to-market.expand',
      about: 'find go-to-market offer down arrow far right row expand offer details silver core gold core',
      labels: (l) => [l.benefits.coreBenefits['silver-core'], l.benefits.coreBenefits['gold-core']],
      act: ({ pages }, core: CoreBenefit) => pages.benefitsPage.expand(pages.benefitsPage.coreName(core)),
      async perform() {
        await this.expandCore('silver-core');
      },
    },
    activate: {
      id: 'go-to-market.activate',
      about: 'select activate to activate the offer',
      labels: (l) => [l.benefits.activate],
      act: ({ pages }, core: CoreBenefit, type: OfferType) => pages.benefitsPage.activate(core, type),
      async perform() {
        await this.activate('silver-core', 'campaign-in-a-box');
      },
    },
    /** Activate pressed twice before the product answers the first. */
    doubleClickActivate: {
      id: 'go-to-market.activate',
      detail: 'pressed twice',
      act: ({ pages }, core: CoreBenefit, type: OfferType) => pages.benefitsPage.activateTwice(core, type),
    },
  },
});
