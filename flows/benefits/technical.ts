import type { AccountUser } from '../../app/src/api/contract';
import { defineFlow, type FlowContext } from '../flow';
import { benefitsPath, expand, selectTab } from './list';

export interface AssistanceRequest {
  /** A phase value (presales, design, deployment, app-development) or its label. */
  phase?: string;
  description?: string;
}

export const technical = defineFlow({
  anchor: 'manage-technical-benefits',
  scenario: 'subscriber',
  steps: {
    selectTab: {
      id: 'technical.open-list',
      about: 'select technical benefits see list microsoft technical benefits',
      labels: (l) => benefitsPath(l, 'technical'),
      act: selectTab('technical'),
    },
    expand: {
      id: 'technical.expand',
      about: 'find support benefit down arrow far right row expand details',
      labels: () => [],
      act: expand,
      async perform({ pages }: FlowContext) {
        await this.expand(pages.benefitsPage.technicalName('support'));
      },
    },
    /** a. A user from the list. */
    chooseUser: {
      id: 'technical.choose-user',
      about: 'activate support benefit assign user select user list',
      labels: () => [],
      act: ({ pages }, user: AccountUser) =>
        pages.benefitsPage.chooseUser(pages.benefitsPage.technicalName('support'), user),
      async perform({ store }: FlowContext) {
        const [, colleague] = store.users.all();
        if (colleague) await this.chooseUser(colleague);
      },
    },
    /** b. An email address for the user, different from the account's. */
    enterAlternativeEmail: {
      id: 'technical.alternative-email',
      about: 'provide email address different from partner center account email',
      labels: () => [],
      act: ({ pages }, email: string) =>
        pages.benefitsPage.enterAlternativeEmail(pages.benefitsPage.technicalName('support'), email),
      async perform({ store }: FlowContext) {
        await this.enterAlternativeEmail(store.faker.internet.email({ provider: 'example.net' }));
      },
    },
    /** c. Assign user. */
    assignUser: {
      id: 'technical.assign-user',
      about: 'after finish entering alternative email assign user',
      labels: (l) => [l.benefits.assignUser],
      act: ({ pages }) => pages.benefitsPage.assignUser(pages.benefitsPage.technicalName('support')),
    },
    /** Advisory hours: the request form (its link in the details leads to it), then Submit request. */
    requestAssistance: {
      id: 'technical.request-assistance',
      about: 'advisory hours request technical assistance fill request form submit request',
      labels: (l) => [l.benefits.submitRequest],
      act: async ({ pages }, request: AssistanceRequest) => {
        const advisoryHours = pages.benefitsPage.technicalName('advisory-hours');
        await pages.benefitsPage.expand(advisoryHours);
        await pages.benefitsPage.openRequestForm(advisoryHours);
        await pages.benefitsPage.fillAdvisoryRequest(advisoryHours, request);
        await pages.benefitsPage.submitRequest(advisoryHours);
      },
      async perform() {
        await this.requestAssistance({ phase: 'design', description: 'Review of our hybrid identity design.' });
      },
    },
  },
});
