import type { AccountUser } from '../../app/src/api/contract';
import type { CoreBenefit, OfferType } from '../../pages';
import { defineFlow } from '../flow';
import { BenefitListFlow, benefitsPath } from './list';

export class GoToMarketFlow extends BenefitListFlow {
  protected readonly procedure = 'go-to-market';
  protected readonly tab = 'go-to-market' as const;

  /** At the top of the Go-To-Market page: Add, Update or Change. */
  openMarketingContact(action: 'add' | 'update' | 'change'): Promise<void> {
    return this.step('go-to-market.marketing-contact', () => this.pages.benefitsPage.openMarketingContact(action));
  }

  /** a. A user from the list. */
  chooseContactUser(user: AccountUser): Promise<void> {
    return this.step('go-to-market.contact-user', () => this.pages.benefitsPage.fillMarketingContact({ user }));
  }

  /** b. An email address for the contact, different from the account's. */
  enterContactEmail(email: string): Promise<void> {
    return this.step('go-to-market.contact-email', () => this.pages.benefitsPage.fillMarketingContact({ email }));
  }

  /** c. The contact phone and preferred language, then Assign user. */
  enterPhoneAndLanguageAndAssign(phone: string, language: string): Promise<void> {
    return this.step('go-to-market.contact-assign', async () => {
      await this.pages.benefitsPage.fillMarketingContact({ phone, language });
      await this.pages.benefitsPage.assignMarketingContact();
    });
  }

  /** The offer's core benefit row (Silver Core, Gold Core), expanded by its down arrow. */
  expandCore(core: CoreBenefit): Promise<void> {
    return this.step('go-to-market.expand', () =>
      this.pages.benefitsPage.expand(this.pages.benefitsPage.coreName(core)),
    );
  }

  activate(core: CoreBenefit, type: OfferType): Promise<void> {
    return this.step('go-to-market.activate', () => this.pages.benefitsPage.activate(core, type));
  }

  /** Activate pressed twice before the product answers the first. */
  doubleClickActivate(core: CoreBenefit, type: OfferType): Promise<void> {
    return this.step('go-to-market.activate', () => this.pages.benefitsPage.activateTwice(core, type), 'pressed twice');
  }
}

export const goToMarket = defineFlow({
  anchor: 'manage-go-to-market-offers',
  scenario: 'subscriber',
  create: (ctx, reporter) => new GoToMarketFlow(ctx, reporter),
  steps: [
    {
      id: 'go-to-market.open-list',
      about: 'select benefits then go-to-market see list offers go-to-market microsoft program',
      labels: (l) => benefitsPath(l, 'go-to-market'),
      perform: (f) => f.selectTab(),
    },
    {
      id: 'go-to-market.marketing-contact',
      about: 'add update marketing contact information top go-to-market page add update change',
      labels: (l) => [l.benefits.add, l.benefits.update, l.benefits.change],
      perform: async (f, { store }) => f.openMarketingContact(store.marketingContact ? 'update' : 'add'),
    },
    {
      id: 'go-to-market.contact-user',
      about: 'select user from list',
      labels: () => [],
      perform: async (f, { store }) => {
        const [, colleague] = store.users.all();
        if (colleague) await f.chooseContactUser(colleague);
      },
    },
    {
      id: 'go-to-market.contact-email',
      about: 'provide email address user different partner center account',
      labels: () => [],
      perform: (f, { store }) => f.enterContactEmail(store.faker.internet.email({ provider: 'example.net' })),
    },
    {
      id: 'go-to-market.contact-assign',
      about: 'provide contact phone preferred language marketing contact assign user',
      labels: (l) => [l.benefits.assignUser],
      perform: (f, { store }) =>
        f.enterPhoneAndLanguageAndAssign(store.faker.phone.number({ style: 'national' }), 'en-US'),
    },
    {
      id: 'go-to-market.expand',
      about: 'find go-to-market offer down arrow far right row expand offer details silver core gold core',
      labels: (l) => [l.benefits.coreBenefits['silver-core'], l.benefits.coreBenefits['gold-core']],
      perform: (f) => f.expandCore('silver-core'),
    },
    {
      id: 'go-to-market.activate',
      about: 'select activate to activate the offer',
      labels: (l) => [l.benefits.activate],
      perform: (f) => f.activate('silver-core', 'campaign-in-a-box'),
    },
  ],
  methods: {
    selectTab: 'go-to-market.open-list',
    expand: 'go-to-market.expand',
    openMarketingContact: 'go-to-market.marketing-contact',
    chooseContactUser: 'go-to-market.contact-user',
    enterContactEmail: 'go-to-market.contact-email',
    enterPhoneAndLanguageAndAssign: 'go-to-market.contact-assign',
    expandCore: 'go-to-market.expand',
    activate: 'go-to-market.activate',
    doubleClickActivate: 'go-to-market.activate',
  },
});
