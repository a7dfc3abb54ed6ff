import { defineFlow } from '../flow';
import { BenefitListFlow, benefitsPath } from './list';

/** The usage-based subscription the documented step activates, and a license-based one. */
export const AZURE = 'Microsoft Azure';
export const OFFICE = 'Office 365 (E3)';

export class CloudFlow extends BenefitListFlow {
  protected readonly procedure = 'cloud';
  protected readonly tab = 'cloud' as const;

  /** A usage-based Microsoft Azure subscription: activated by assigning yourself as a user. */
  assignYourself(name: string): Promise<void> {
    return this.step('cloud.activate', () => this.pages.benefitsPage.assignYourself(name), 'usage-based');
  }

  /** A license-based subscription: Get keys, then its special instructions. */
  getKeys(name: string): Promise<void> {
    return this.step('cloud.activate', () => this.pages.benefitsPage.getKeys(name), 'license-based');
  }
}

export const cloud = defineFlow({
  anchor: 'manage-cloud-services-benefits',
  scenario: 'subscriber',
  create: (ctx, reporter) => new CloudFlow(ctx, reporter),
  steps: [
    {
      id: 'cloud.open-list',
      about: 'select cloud see list subscriptions cloud based services',
      labels: (l) => benefitsPath(l, 'cloud'),
      perform: (f) => f.selectTab(),
    },
    {
      id: 'cloud.expand',
      about: 'find subscription product down arrow far right row expand details',
      labels: () => [],
      perform: (f) => f.expand(AZURE),
    },
    {
      id: 'cloud.activate',
      about: 'activate azure usage based subscriptions assign yourself user license based get keys',
      labels: (l) => [l.benefits.getKeys],
      perform: async (f) => {
        await f.assignYourself(AZURE);
        await f.expand(OFFICE);
        await f.getKeys(OFFICE);
      },
    },
  ],
  methods: {
    selectTab: 'cloud.open-list',
    expand: 'cloud.expand',
    assignYourself: 'cloud.activate',
    getKeys: 'cloud.activate',
  },
});
