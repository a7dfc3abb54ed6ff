import type { AccountUser } from '../../app/src/api/contract';
import { defineFlow } from '../flow';
import { BenefitListFlow, benefitsPath } from './list';

export interface AssistanceRequest {
  /** A phase value (presales, design, deployment, app-development) or its label. */
  phase?: string;
  description?: string;
}

export class TechnicalFlow extends BenefitListFlow {
  protected readonly procedure = 'technical';
  protected readonly tab = 'technical' as const;

  /** The support benefit's name as the list shows it in this locale. */
  get support(): string {
    return this.pages.benefitsPage.technicalName('support');
  }

  get advisoryHours(): string {
    return this.pages.benefitsPage.technicalName('advisory-hours');
  }

  /** a. A user from the list. */
  chooseUser(user: AccountUser): Promise<void> {
    return this.step('technical.choose-user', () => this.pages.benefitsPage.chooseUser(this.support, user));
  }

  /** b. An email address for the user, different from the account's. */
  enterAlternativeEmail(email: string): Promise<void> {
    return this.step('technical.alternative-email', () =>
      this.pages.benefitsPage.enterAlternativeEmail(this.support, email),
    );
  }

  /** c. Assign user. */
  assignUser(): Promise<void> {
    return this.step('technical.assign-user', () => this.pages.benefitsPage.assignUser(this.support));
  }

  /** Advisory hours: the request form, then Submit request. */
  requestAssistance(request: AssistanceRequest): Promise<void> {
    return this.step('technical.request-assistance', async () => {
      await this.pages.benefitsPage.expand(this.advisoryHours);
      await this.pages.benefitsPage.fillAdvisoryRequest(this.advisoryHours, request);
      await this.pages.benefitsPage.submitRequest(this.advisoryHours);
    });
  }
}

export const technical = defineFlow({
  anchor: 'manage-technical-benefits',
  scenario: 'subscriber',
  create: (ctx, reporter) => new TechnicalFlow(ctx, reporter),
  steps: [
    {
      id: 'technical.open-list',
      about: 'select technical benefits see list microsoft technical benefits',
      labels: (l) => benefitsPath(l, 'technical'),
      perform: (f) => f.selectTab(),
    },
    {
      id: 'technical.expand',
      about: 'find support benefit down arrow far right row expand details',
      labels: () => [],
      perform: (f) => f.expand(f.support),
    },
    {
      id: 'technical.choose-user',
      about: 'activate support benefit assign user select user list',
      labels: () => [],
      perform: async (f, { store }) => {
        const [, colleague] = store.users.all();
        if (colleague) await f.chooseUser(colleague);
      },
    },
    {
      id: 'technical.alternative-email',
      about: 'provide email address different from partner center account email',
      labels: () => [],
      perform: (f, { store }) => f.enterAlternativeEmail(store.faker.internet.email({ provider: 'example.net' })),
    },
    {
      id: 'technical.assign-user',
      about: 'after finish entering alternative email assign user',
      labels: (l) => [l.benefits.assignUser],
      perform: (f) => f.assignUser(),
    },
    {
      id: 'technical.request-assistance',
      about: 'advisory hours request technical assistance fill request form submit request',
      labels: (l) => [l.benefits.submitRequest],
      perform: (f) => f.requestAssistance({ phase: 'design', description: 'Review of our hybrid identity design.' }),
    },
  ],
  methods: {
    selectTab: 'technical.open-list',
    expand: 'technical.expand',
    chooseUser: 'technical.choose-user',
    enterAlternativeEmail: 'technical.alternative-email',
    assignUser: 'technical.assign-user',
    requestAssistance: 'technical.request-assistance',
  },
});
