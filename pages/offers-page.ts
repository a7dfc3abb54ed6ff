import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './catalog';
import { PartnerCenterMenu } from './partner-center-menu';
import { Screen } from './screen';

export class OffersPage extends Screen {
  readonly heading: Locator;
  readonly availableOffers: Locator;
  readonly purchasedOffers: Locator;
  readonly actionPackOffer: Locator;
  readonly benefits: Locator;
  readonly subscribeNow: Locator;
  readonly learnMore: Locator;
  readonly notMemberNotice: Locator;
  readonly subscriptionLink: Locator;
  readonly reminder: Locator;
  private readonly subscriptionDetails: Locator;
  private readonly menu: PartnerCenterMenu;

  constructor(page: Page, l: Catalog) {
    super(page);
    this.menu = new PartnerCenterMenu(page, l);
    this.heading = page.getByRole('heading', { level: 1, name: l.offers.heading });
    this.availableOffers = page.getByRole('region', { name: l.offers.available });
    this.purchasedOffers = page.getByRole('region', { name: l.offers.purchased });
    this.actionPackOffer = this.availableOffers.getByRole('article', { name: l.offers.actionPack });
    this.benefits = this.actionPackOffer.getByRole('list', { name: l.offers.benefitsHeading }).getByRole('listitem');
    this.subscribeNow = this.actionPackOffer.getByRole('button', { name: l.offers.subscribeNow });
    this.learnMore = this.actionPackOffer.getByRole('link', { name: new RegExp(`^${escape(l.offers.learnMore)}`) });
    this.notMemberNotice = this.actionPackOffer.getByText(l.offers.notMember);
    this.subscriptionLink = this.purchasedOffers.getByRole('link', { name: l.offers.subscription });
    this.reminder = this.purchasedOffers.getByRole('note');
    this.subscriptionDetails = page.getByRole('region', { name: l.subscription.details });
  }

  /** Opens Offers from the Partner Center menu, as every procedure on the page starts. */
  async open(): Promise<void> {
    await this.menu.partnershipOffers();
    await this.heading.waitFor();
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.open();
  }

  async selectSubscribeNow(): Promise<void> {
    await this.open();
    await this.click(this.subscribeNow);
  }

  /** Opens Offers, where a bought Action Pack is under Purchased offers. */
  async findPurchasedActionPack(): Promise<void> {
    await this.open();
    await this.subscriptionLink.waitFor();
  }

  /** Done when the details are on screen. */
  async selectSubscription(): Promise<void> {
    await this.click(this.subscriptionLink);
    await this.subscriptionDetails.waitFor();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
