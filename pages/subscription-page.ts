import type { Locator, Page } from '@playwright/test';
import type { Catalog } from './catalog';
import { Screen } from './screen';

type Role = Parameters<Page['getByRole']>[0];

/** What a user can press: a rule such as "no way back" holds only if none of these breaks it, whatever its name. */
const actionableRoles: Role[] = [
  'button',
  'link',
  'switch',
  'checkbox',
  'radio',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tab',
  'option',
];

/** Subscription details, reached from Microsoft Action Pack subscription under Purchased offers. */
export class SubscriptionPage extends Screen {
  readonly heading: Locator;
  readonly details: Locator;
  readonly actions: Locator;
  readonly renewButton: Locator;
  readonly turnOffButton: Locator;
  readonly controls: Locator;
  readonly notice: Locator;
  readonly reminder: Locator;
  readonly alert: Locator;
  readonly progress: Locator;
  readonly nextSteps: Locator;
  private readonly subscriptionLink: Locator;

  constructor(page: Page, l: Catalog) {
    super(page);
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: l.subscription.heading });
    this.details = main.getByRole('region', { name: l.subscription.details });
    this.actions = main.getByRole('region', { name: l.subscription.actions });
    this.renewButton = this.actions.getByRole('button', { name: l.subscription.renew, exact: true });
    this.turnOffButton = this.actions.getByRole('button', { name: l.subscription.turnOff, exact: true });
    // Every control on the details, and in a dialog or menu opened over them (which may sit outside main),
    // by role only: a name pattern would let a control worded any other way through.
    const over = main.or(page.getByRole('dialog')).or(page.getByRole('alertdialog')).or(page.getByRole('menu'));
    this.controls = actionableRoles.map((role) => over.getByRole(role)).reduce((all, next) => all.or(next));
    this.notice = this.actions.getByText(
      new RegExp(`${l.subscription.cannotTurnOn}|${l.subscription.turnedOff}`.replace(/[.()]/g, '\\$&')),
    );
    this.reminder = this.details.getByRole('note');
    this.alert = main.getByRole('alert');
    this.progress = main.getByRole('status');
    this.nextSteps = main.getByRole('region', { name: l.subscription.nextSteps }).getByRole('link');
    this.subscriptionLink = page
      .getByRole('region', { name: l.offers.purchased })
      .getByRole('link', { name: l.offers.subscription });
  }

  /** The value shown next to a label in the details, e.g. "Automatic renewal" → "On". */
  detail(label: string): Locator {
    return this.details
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/partnership/offers/subscriptions/${id}`);
  }

  /** Loads the details afresh; done when they are on screen. */
  async openDetails(id: string): Promise<void> {
    await this.goto(id);
    await this.details.waitFor();
  }

  async turnOffAutomaticRenewal(): Promise<void> {
    await this.click(this.turnOffButton);
  }

  /** From Purchased offers: opens the subscription, then Renew subscriptions under Actions. */
  async renewSubscriptions(): Promise<void> {
    await this.click(this.subscriptionLink);
    await this.heading.waitFor();
    await this.click(this.renewButton);
  }
}
