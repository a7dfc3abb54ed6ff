import type { AccountUser } from '../../app/src/api/contract';
import { defineFlow } from '../flow';
import { BenefitListFlow, benefitsPath } from './list';

export const VISUAL_STUDIO = 'Visual Studio Professional';

export class VisualStudioFlow extends BenefitListFlow {
  protected readonly procedure = 'visual-studio';
  protected readonly tab = 'visual-studio' as const;

  /** A user from the list, then Assign user. */
  assignUser(name: string, user: AccountUser): Promise<void> {
    return this.step('visual-studio.assign-user', async () => {
      await this.pages.benefitsPage.chooseUser(name, user);
      await this.pages.benefitsPage.assignUser(name);
    });
  }

  /** Reassigning: remove the assigned user, then assign a different one. */
  reassign(name: string, from: AccountUser, to: AccountUser): Promise<void> {
    return this.step('visual-studio.repeat', async () => {
      await this.pages.benefitsPage.removeUser(name, from);
      await this.pages.benefitsPage.chooseUser(name, to);
      await this.pages.benefitsPage.assignUser(name);
    });
  }
}

export const visualStudio = defineFlow({
  anchor: 'manage-visual-studio-subscriptions',
  scenario: 'subscriber',
  create: (ctx, reporter) => new VisualStudioFlow(ctx, reporter),
  steps: [
    {
      id: 'visual-studio.open-list',
      about: 'select visual studio subscriptions see list',
      labels: (l) => benefitsPath(l, 'visual-studio'),
      perform: (f) => f.selectTab(),
    },
    {
      id: 'visual-studio.expand',
      about: 'find subscription down arrow far right row expand details',
      labels: () => [],
      perform: (f) => f.expand(VISUAL_STUDIO),
    },
    {
      id: 'visual-studio.assign-user',
      about: 'activate visual studio subscription select user list assign user',
      labels: (l) => [l.benefits.assignUser],
      perform: async (f, { store }) => {
        const [, colleague] = store.users.all();
        if (colleague) await f.assignUser(VISUAL_STUDIO, colleague);
      },
    },
    {
      id: 'visual-studio.repeat',
      about: 'repeat each subscription reassign removing assigned user assigning different user',
      labels: () => [],
      perform: async (f, { store }) => {
        const [, from, to] = store.users.all();
        if (from && to) await f.reassign(VISUAL_STUDIO, from, to);
      },
    },
  ],
  methods: {
    selectTab: 'visual-studio.open-list',
    expand: 'visual-studio.expand',
    assignUser: 'visual-studio.assign-user',
    reassign: 'visual-studio.repeat',
  },
});
