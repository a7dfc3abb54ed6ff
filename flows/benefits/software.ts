import { defineFlow } from '../flow';
import { BenefitListFlow, benefitsPath } from './list';

/** The software benefit the documented steps start, when a step needs one: the first Action Pack lists. */
export const SOFTWARE = 'Windows 10 Enterprise (upgrade)';

export class SoftwareFlow extends BenefitListFlow {
  protected readonly procedure = 'software';
  protected readonly tab = 'software' as const;

  /** a. Get keys reveals the product license keys and their special instructions. */
  getKeys(name: string): Promise<void> {
    return this.step('software.get-keys', () => this.pages.benefitsPage.getKeys(name));
  }

  /** b. The language the product is displayed in (a language tag, or its name as listed). */
  chooseLanguage(name: string, language: string): Promise<void> {
    return this.step('software.choose-language', () => this.pages.benefitsPage.chooseLanguage(name, language));
  }

  /** c. The operating system of the computers the software goes on; the download links follow. */
  chooseOperatingSystem(name: string, os: '32-bit' | '64-bit'): Promise<void> {
    return this.step('software.choose-os', () => this.pages.benefitsPage.chooseOperatingSystem(name, os));
  }
}

export const software = defineFlow({
  anchor: 'manage-software-benefits',
  scenario: 'subscriber',
  create: (ctx, reporter) => new SoftwareFlow(ctx, reporter),
  steps: [
    {
      id: 'software.open-list',
      about: 'select software see list software benefits',
      labels: (l) => benefitsPath(l, 'software'),
      perform: (f) => f.selectTab(),
    },
    {
      id: 'software.expand',
      about: 'find product down arrow far right row expand details',
      labels: () => [],
      perform: (f) => f.expand(SOFTWARE),
    },
    {
      id: 'software.get-keys',
      about: 'get keys reveal product license keys special instructions',
      labels: (l) => [l.benefits.getKeys],
      perform: (f) => f.getKeys(SOFTWARE),
    },
    {
      id: 'software.choose-language',
      about: 'select language product displayed',
      labels: () => [],
      perform: (f) => f.chooseLanguage(SOFTWARE, 'en-US'),
    },
    {
      id: 'software.choose-os',
      about: 'select operating system os type computers install download links',
      labels: () => [],
      perform: (f) => f.chooseOperatingSystem(SOFTWARE, '64-bit'),
    },
  ],
  methods: {
    selectTab: 'software.open-list',
    expand: 'software.expand',
    getKeys: 'software.get-keys',
    chooseLanguage: 'software.choose-language',
    chooseOperatingSystem: 'software.choose-os',
  },
});
