import { expect, test } from '@playwright/test';
import { newBenefitsFacts } from '../../bindings/benefits/facts';
import { benefitsRules } from '../../bindings/benefits/rules';
import type { RuleContext } from '../../checker/binding';
import { parseAriaSnapshot, type AriaNode } from '../../checker/read/aria';
import { catalogFor } from '../../pages';

// The Benefits page as a user admin sees it, as Playwright's ARIA snapshot reads it (the shape of a real capture).
const NOTICE = [
  '  - complementary "You can view benefits as User admin. Only a global admin can assign benefits to employees.":',
  '    - paragraph: You can view benefits as User admin. Only a global admin can assign benefits to employees.',
  '    - paragraph: "To become a global admin:"',
];
const STEPS = [
  '    - list:',
  '      - listitem: "Check with your team: your company may already have a global admin."',
  '      - listitem: Ask a global admin to give you the Global admin role in Account settings > User management.',
  '      - listitem: Sign out and sign back in to Partner Center, then return to Benefits.',
];
const SOFTWARE_PANEL = [
  '  - tabpanel "Software":',
  '    - list "Software":',
  '      - listitem:',
  '        - text: "Windows 10 Enterprise (upgrade) Quantity: 10"',
  '        - button "Details for Windows 10 Enterprise (upgrade)" [expanded]',
  '        - region "Windows 10 Enterprise (upgrade)"',
];
const visualStudioPanel = (...details: string[]) => [
  '  - tabpanel "Visual Studio subscriptions":',
  '    - list "Visual Studio subscriptions":',
  '      - listitem:',
  '        - text: "Visual Studio Professional Assigned: 0 of 3"',
  '        - button "Details for Visual Studio Professional" [expanded]',
  '        - region "Visual Studio Professional":',
  '          - heading "Assigned users" [level=4]',
  '          - paragraph: No one is assigned yet.',
  ...details,
];
const CANCEL = [
  '  - region "Cancel a membership benefit or offer":',
  '    - heading "Cancel a membership benefit or offer" [level=2]',
  '    - link "Request a cancellation":',
  '      - /url: /partner/support',
];

function screen(...parts: string[][]) {
  const text = ['- main:', '  - heading "Benefits" [level=1]', ...parts.flat()].join('\n');
  return { nodes: parseAriaSnapshot(text), text, url: '/partnership/benefits' };
}

const context = (id: keyof typeof benefitsRules, sentence: string): RuleContext => ({
  labels: catalogFor('en-US'),
  locale: 'en-US',
  sentence,
  today: '2026-03-15',
  rule: { id, line: 1, sentence: {}, figures: {} },
});

test.describe('Becoming a global admin: the instructions are a list in the part of the screen that names the role', () => {
  const sentence = 'You can become a global admin by following the instructions on the Benefits page.';
  const verdict = (...parts: string[][]) => {
    const facts = newBenefitsFacts();
    facts.probes.set('non-admin-benefits', screen(...parts));
    return benefitsRules['become-global-admin'](facts, context('become-global-admin', sentence));
  };

  test('the notice with its steps holds', () => {
    expect(verdict(NOTICE, STEPS, SOFTWARE_PANEL, CANCEL).status).toBe('ok');
  });

  test('a notice without its steps drifts, though benefit rows follow it', () => {
    expect(verdict(NOTICE, SOFTWARE_PANEL, CANCEL).status).toBe('drift');
  });

  test('a paragraph naming the role in the main content does not take the rows after it as its steps', () => {
    const bare = ['  - paragraph: Only a global admin can assign benefits to employees.'];
    expect(verdict(bare, SOFTWARE_PANEL, CANCEL).status).toBe('drift');
    // The same paragraph in a group with its steps: the group holds both.
    const grouped = ['  - group:', '    - paragraph: To become a global admin, follow these steps.'];
    expect(verdict(grouped, STEPS, SOFTWARE_PANEL).status).toBe('ok');
  });
});

test.describe('Only a global admin assigns: each control a global admin pressed is looked for on its screen as a user admin', () => {
  const sentence = 'You need to be the global admin to assign benefits.';
  const button = (name: string): AriaNode => ({ role: 'button', name });

  /** The three flows assigned as a global admin; `looks` are the probes' screens as a user admin. */
  function verdict(looks: Record<string, ReturnType<typeof screen>>) {
    const facts = newBenefitsFacts();
    const pressed = (...acted: AriaNode[]) => ({ captures: [], acted, typed: [] });
    facts.observed.set('software.get-keys', pressed(button('Get keys')));
    facts.observed.set('visual-studio.assign-user', pressed({ role: 'combobox', name: 'User' }, button('Assign user')));
    facts.observed.set('technical.assign-user', pressed(button('Assign user')));
    for (const [id, look] of Object.entries(looks)) facts.probes.set(id, look);
    return benefitsRules['global-admin-assigns'](facts, context('global-admin-assigns', sentence));
  }
  const technical = screen(NOTICE, STEPS, [
    '  - tabpanel "Technical benefits":',
    '    - list "Technical benefits":',
    '      - listitem:',
    '        - button "Details for Microsoft product support incidents" [expanded]',
    '        - region "Microsoft product support incidents":',
    '          - paragraph: No one is assigned yet.',
  ]);
  const software = screen(NOTICE, STEPS, SOFTWARE_PANEL, CANCEL);
  const withVisualStudio = (visualStudio: ReturnType<typeof screen>) => ({
    'non-admin-benefits': software,
    'non-admin-visual-studio': visualStudio,
    'non-admin-technical': technical,
  });

  test('no screen offers a user admin what a global admin pressed: ok', () => {
    const visualStudio = screen(NOTICE, STEPS, visualStudioPanel(), CANCEL);
    expect(verdict(withVisualStudio(visualStudio)).status).toBe('ok');
  });

  test('Assign user offered to a user admin on the Visual Studio tab drifts', () => {
    const offered = visualStudioPanel('          - combobox "User"', '          - button "Assign user"');
    const found = verdict(withVisualStudio(screen(NOTICE, STEPS, offered, CANCEL)));
    expect(found.status).toBe('drift');
    expect(found.message).toContain('**Assign user** on /partnership/benefits/visual-studio');
  });

  test('a tab no probe looked at as a user admin leaves the rule unverified, naming what was pressed there', () => {
    const found = verdict({ 'non-admin-benefits': software, 'non-admin-technical': technical });
    expect(found.status).toBe('unverified');
    expect(found.message).toContain('**Assign user** (visual-studio.assign-user)');
  });

  test('a look with no benefit details open in the tab checks nothing: unverified', () => {
    // The page's other region (cancelling a benefit) is no benefit's details.
    const closed = ['  - tabpanel "Visual Studio subscriptions":', '    - list "Visual Studio subscriptions"'];
    expect(verdict(withVisualStudio(screen(NOTICE, STEPS, closed, CANCEL))).status).toBe('unverified');
  });
});
