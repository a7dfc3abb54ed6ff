import { defineFlow } from '../flow';
import { benefitsPath, expand, selectTab } from './list';

/** The usage-based subscription the documented step activates, and a license-based one. */
export const AZURE = 'Microsoft Azure';
export const OFFICE = 'Office 365 (E3)';

export const cloud = defineFlow({
  anchor: 'manage-cloud-services-benefits',
  scenario: 'subscriber',
  steps: {
    selectTab: {
      id: 'cloud.open-list',
      about: 'select cloud see list subscriptions cloud based services',
      labels: (l) => benefitsPath(l, 'cloud'),
      act: selectTab('cloud'),
    },
    expand: {
      id: 'cloud.expand',
      about: 'find subscription product down arrow far right row expand details',
      labels: () => [],
      act: expand,
      async perform() {
        await this.expand(AZURE);
      },
    },
    /** A usage-based Microsoft Azure subscription: activated by assigning yourself as a user. */
    assignYourself: {
      id: 'cloud.activate',
      about: 'activate azure usage based subscriptions assign yourself user license based get keys',
      labels: (l) => [l.benefits.getKeys],
      act: ({ pages }, name: string) => pages.benefitsPage.assignYourself(name),
      async perform() {
        await this.assignYourself(AZURE);
        await this.expand(OFFICE);
        await this.getKeys(OFFICE);
      },
    },
    /** A license-based subscription: Get keys, then its special instructions. */
    getKeys: {
      id: 'cloud.activate',
      detail: 'license-based',
      act: ({ pages }, name: string) => pages.benefitsPage.getKeys(name),
    },
  },
});
