import type { AccountUser } from '../../app/src/api/contract';
import { defineFlow, type FlowContext } from '../flow';
import { benefitsPath, expand, selectTab } from './list';

export const VISUAL_STUDIO = 'Visual Studio Professional';

export const visualStudio = defineFlow({
  anchor: 'manage-visual-studio-subscriptions',
  scenario: 'subscriber',
  steps: {
    selectTab: {
      id: 'visual-studio.open-list',
      about: 'select visual studio subscriptions see list',
      labels: (l) => benefitsPath(l, 'visual-studio'),
      act: selectTab('visual-studio'),
    },
    expand: {
      id: 'visual-studio.expand',
      about: 'find subscription down arrow far right row expand details',
      labels: () => [],
      act: expand,
      async perform() {
        await this.expand(VISUAL_STUDIO);
      },
    },
    /** A user from the list, then Assign user. */
    assignUser: {
      id: 'visual-studio.assign-user',
      about: 'activate visual studio subscription select user list assign user',
      labels: (l) => [l.benefits.assignUser],
      act: async ({ pages }, name: string, user: AccountUser) => {
        await pages.benefitsPage.chooseUser(name, user);
        await pages.benefitsPage.assignUser(name);
      },
      async perform({ store }: FlowContext) {
        const [, colleague] = store.users.all();
        if (colleague) await this.assignUser(VISUAL_STUDIO, colleague);
      },
    },
    /** Reassigning: remove the assigned user, then assign a different one. */
    reassign: {
      id: 'visual-studio.repeat',
      about: 'repeat each subscription reassign removing assigned user assigning different user',
      labels: () => [],
      act: async ({ pages }, name: string, from: AccountUser, to: AccountUser) => {
        await pages.benefitsPage.removeUser(name, from);
        await pages.benefitsPage.chooseUser(name, to);
        await pages.benefitsPage.assignUser(name);
      },
      async perform({ store }: FlowContext) {
        const [, from, to] = store.users.all();
        if (from && to) await this.reassign(VISUAL_STUDIO, from, to);
      },
    },
  },
});
