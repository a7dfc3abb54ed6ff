import type { Locator, Page } from '@playwright/test';
import type { AccountUser, GoToMarketOffer } from '../app/src/api/contract';
import type { Catalog } from './catalog';
import { PartnerCenterMenu } from './partner-center-menu';
import { Screen } from './screen';

export type BenefitTab = keyof Catalog['benefits']['tabs'];
export type CoreBenefit = GoToMarketOffer['benefit'];
export type OfferType = GoToMarketOffer['type'];

export interface MarketingContactDetails {
  user: AccountUser;
  email: string;
  phone: string;
  /** A language tag: en-US, ko-KR, ja-JP, de-DE. */
  language: string;
}

/** How a user reads a user in the product's lists: name, then account email. */
export const userOption = (user: AccountUser) => `${user.name} (${user.email})`;

/**
 * Partnership > Benefits: a tab per kind of benefit, each a list whose rows expand through the down arrow at the
 * far right of the row. A benefit is named as the list shows it (its product name, or a technical benefit's
 * name in the locale); its details are the region the row's arrow opens.
 */
export class BenefitsPage extends Screen {
  readonly heading: Locator;
  readonly tabList: Locator;
  readonly panel: Locator;
  readonly roleNotice: Locator;
  readonly marketingContact: Locator;
  readonly cancellation: Locator;
  readonly requestCancellationLink: Locator;
  readonly alert: Locator;
  readonly progress: Locator;
  /** The down arrow of every row in the open tab: one per benefit. */
  readonly expandButtons: Locator;
  /**
   * Every control that changes a benefit or an offer: a global admin has them all, an MPN partner admin those of
   * the Go-To-Market offers (add, update, change, activate), the other roles none.
   */
  readonly assigningControls: Locator;
  private readonly menu: PartnerCenterMenu;

  constructor(
    page: Page,
    private readonly l: Catalog,
  ) {
    super(page);
    const b = l.benefits;
    const main = page.getByRole('main');
    this.menu = new PartnerCenterMenu(page, l);
    this.heading = main.getByRole('heading', { level: 1, name: b.heading, exact: true });
    this.tabList = main.getByRole('tablist', { name: b.tabsLabel });
    this.panel = main.getByRole('tabpanel');
    this.roleNotice = main.getByRole('complementary');
    this.marketingContact = main.getByRole('region', { name: b.marketingContact, exact: true });
    this.cancellation = main.getByRole('region', { name: b.cancelHeading, exact: true });
    this.requestCancellationLink = this.cancellation.getByRole('link', { name: b.requestCancellation });
    this.alert = main.getByRole('alert');
    this.progress = main.getByRole('status');
    this.expandButtons = this.panel
      .getByRole('button', { expanded: false })
      .or(this.panel.getByRole('button', { expanded: true }));
    const named = (name: string) => main.getByRole('button', { name, exact: true });
    this.assigningControls = [
      b.getKeys,
      b.assignUser,
      b.assignYourself,
      b.submitRequest,
      b.add,
      b.update,
      b.change,
      b.activate,
    ]
      .map(named)
      .reduce((all, next) => all.or(next))
      .or(main.getByRole('button', { name: new RegExp(`^${b.remove.replace('{{name}}', '.+')}$`) }));
  }

  tab(tab: BenefitTab): Locator {
    return this.tabList.getByRole('tab', { name: this.l.benefits.tabs[tab], exact: true });
  }

  /** The down arrow at the far right of a benefit's row. */
  expandButton(name: string): Locator {
    return this.panel.getByRole('button', { name: this.l.benefits.expand.replace('{{name}}', name), exact: true });
  }

  /** A benefit's row in the open tab's list, with its details when expanded. */
  row(name: string): Locator {
    const arrow = this.page.getByRole('button', {
      name: this.l.benefits.expand.replace('{{name}}', name),
      exact: true,
    });
    return this.panel.getByRole('listitem').filter({ has: arrow });
  }

  /** A benefit's expanded details. */
  details(name: string): Locator {
    return this.panel.getByRole('region', { name, exact: true });
  }

  /** A technical benefit's name, as the list shows it in this locale. */
  technicalName(kind: 'support' | 'advisory-hours'): string {
    return this.l.benefits.technicalNames[kind];
  }

  coreName(core: CoreBenefit): string {
    return this.l.benefits.coreBenefits[core];
  }

  licenseKeys(name: string): Locator {
    return this.details(name).getByRole('table', { name: this.l.benefits.keys });
  }

  downloadLinks(name: string): Locator {
    return this.details(name).getByRole('list', { name: this.l.benefits.downloads }).getByRole('link');
  }

  assignedUsers(name: string): Locator {
    return this.details(name).getByRole('list', { name: this.l.benefits.assignedUsers }).getByRole('listitem');
  }

  userList(name: string): Locator {
    return this.details(name).getByRole('combobox', { name: this.l.benefits.user, exact: true });
  }

  alternativeEmail(name: string): Locator {
    return this.details(name).getByRole('textbox', { name: this.l.benefits.alternativeEmail, exact: true });
  }

  advisoryField(name: string, field: 'phase' | 'description'): Locator {
    const details = this.details(name);
    return field === 'phase'
      ? details.getByRole('combobox', { name: this.l.benefits.phase, exact: true })
      : details.getByRole('textbox', { name: this.l.benefits.requestDescription, exact: true });
  }

  /** The sentence naming the saved marketing contact, with its email, phone and language: shown once the backend has it. */
  savedContact(user: AccountUser): Locator {
    return this.marketingContact.getByText(this.l.benefits.contactSaved.replace('{{name}}', user.name));
  }

  contactField(field: 'user' | 'email' | 'phone' | 'language'): Locator {
    const b = this.l.benefits;
    const c = this.marketingContact;
    return {
      user: c.getByRole('combobox', { name: b.user, exact: true }),
      email: c.getByRole('textbox', { name: b.contactEmail, exact: true }),
      phone: c.getByRole('textbox', { name: b.contactPhone, exact: true }),
      language: c.getByRole('combobox', { name: b.preferredLanguage, exact: true }),
    }[field];
  }

  /** An offer's row under its core benefit: the offer, its Status and its Expires. */
  offerRow(core: CoreBenefit, type: OfferType): Locator {
    return this.details(this.coreName(core))
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: this.l.benefits.offerTypes[type], exact: true }) });
  }

  offerStatus(core: CoreBenefit, type: OfferType): Locator {
    return this.offerRow(core, type).getByRole('cell').nth(0);
  }

  offerExpires(core: CoreBenefit, type: OfferType): Locator {
    return this.offerRow(core, type).getByRole('cell').nth(1);
  }

  activateButton(core: CoreBenefit, type: OfferType): Locator {
    return this.offerRow(core, type).getByRole('button', { name: this.l.benefits.activate, exact: true });
  }

  /** Partnership > Benefits on the Partner Center menu. */
  async goToBenefits(): Promise<void> {
    await this.menu.choose(this.l.nav.partnership, this.l.nav.benefits);
    await this.heading.waitFor();
  }

  async open(): Promise<void> {
    await this.navigate('/partnership/benefits');
    await this.tabList.waitFor();
  }

  async selectTab(tab: BenefitTab): Promise<void> {
    await this.click(this.tab(tab));
    await this.panel.waitFor();
  }

  /** Selects the down arrow at the far right of the row, unless the details are already open. */
  async expand(name: string): Promise<void> {
    const arrow = this.expandButton(name);
    if ((await arrow.getAttribute('aria-expanded')) !== 'true') await this.click(arrow);
    await this.details(name).waitFor();
  }

  async getKeys(name: string): Promise<void> {
    await this.click(this.details(name).getByRole('button', { name: this.l.benefits.getKeys, exact: true }));
  }

  async chooseLanguage(name: string, language: string): Promise<void> {
    await this.select(
      this.details(name).getByRole('combobox', { name: this.l.benefits.language, exact: true }),
      language,
    );
  }

  async chooseOperatingSystem(name: string, os: '32-bit' | '64-bit'): Promise<void> {
    const list = this.details(name).getByRole('combobox', { name: this.l.benefits.operatingSystem, exact: true });
    await this.select(list, this.l.benefits.os[os]);
  }

  async assignYourself(name: string): Promise<void> {
    await this.click(this.details(name).getByRole('button', { name: this.l.benefits.assignYourself, exact: true }));
  }

  async chooseUser(name: string, user: AccountUser): Promise<void> {
    await this.select(this.userList(name), userOption(user));
  }

  async enterAlternativeEmail(name: string, email: string): Promise<void> {
    await this.fill(this.alternativeEmail(name), email);
  }

  async assignUser(name: string): Promise<void> {
    await this.click(this.details(name).getByRole('button', { name: this.l.benefits.assignUser, exact: true }));
  }

  /** Two presses on Assign user before the first is answered. */
  async assignUserTwice(name: string): Promise<void> {
    await this.clickTwice(this.details(name).getByRole('button', { name: this.l.benefits.assignUser, exact: true }));
  }

  async removeUser(name: string, user: AccountUser): Promise<void> {
    const label = this.l.benefits.remove.replace('{{name}}', user.name);
    await this.click(this.details(name).getByRole('button', { name: label, exact: true }));
  }

  async fillAdvisoryRequest(name: string, request: { phase?: string; description?: string }): Promise<void> {
    if (request.phase !== undefined) await this.select(this.advisoryField(name, 'phase'), request.phase);
    if (request.description !== undefined)
      await this.fill(this.advisoryField(name, 'description'), request.description);
  }

  /** The request form's link in the benefit's details, which leads to the form. */
  async openRequestForm(name: string): Promise<void> {
    await this.click(this.details(name).getByRole('link', { name: this.l.benefits.requestForm, exact: true }));
    await this.details(name).getByRole('form').waitFor();
  }

  async submitRequest(name: string): Promise<void> {
    await this.click(this.details(name).getByRole('button', { name: this.l.benefits.submitRequest, exact: true }));
  }

  /** Add, Update or Change at the top of the Go-To-Market page. */
  async openMarketingContact(action: 'add' | 'update' | 'change'): Promise<void> {
    await this.click(this.marketingContact.getByRole('button', { name: this.l.benefits[action], exact: true }));
  }

  async fillMarketingContact(contact: Partial<MarketingContactDetails>): Promise<void> {
    if (contact.user) await this.select(this.contactField('user'), userOption(contact.user));
    if (contact.email !== undefined) await this.fill(this.contactField('email'), contact.email);
    if (contact.phone !== undefined) await this.fill(this.contactField('phone'), contact.phone);
    if (contact.language !== undefined) await this.select(this.contactField('language'), contact.language);
  }

  async assignMarketingContact(): Promise<void> {
    await this.click(this.marketingContact.getByRole('button', { name: this.l.benefits.assignUser, exact: true }));
  }

  async activate(core: CoreBenefit, type: OfferType): Promise<void> {
    await this.click(this.activateButton(core, type));
  }

  /** Two presses on Activate before the product answers the first. */
  async activateTwice(core: CoreBenefit, type: OfferType): Promise<void> {
    await this.clickTwice(this.activateButton(core, type));
  }

  async requestCancellation(): Promise<void> {
    await this.click(this.requestCancellationLink);
  }
}
