import { stringify } from 'yaml';
import { documented } from './documented';
import { byLocale, wordingFor, type Wording } from './wording';

/**
 * The whole of a screen a negative rule speaks about ("no way to turn it back on", "no self-service cancel"), as
 * ARIA snapshot templates for Playwright's toMatchAriaSnapshot: every landmark, heading and control, in order,
 * and nothing else (`/children: deep-equal`). Pressing every control proves that none has the forbidden effect;
 * this proves that none offers it: a "Turn automatic renewal back on" button that does nothing, or fails quietly,
 * is a control the contract does not list. Words come from the test-owned wording and the parsed page, never from
 * the product; what the account's data decides (dates, the company, ids) is matched by its form.
 */

/** One node of a template: a role with its name, a role with its text or children, or a property such as /url. */
type Node = string | { [key: string]: string | Node[] };

/** The forms of the values faker and the fixed clock decide, per locale. */
const forms = {
  date: { 'en-US': /[A-Z][a-z]+ \d{1,2}, \d{4}/, 'ko-KR': /\d{4}년 \d{1,2}월 \d{1,2}일/ },
  company: /\S.*/,
  mpnId: /\d+/,
  subscriptionPath: /\/partnership\/offers\/subscriptions\/[^/]+/,
};

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (pattern: RegExp) => new RegExp(`^(?:${pattern.source})$`);
/** A role and its accessible name, exactly or by pattern, as a template writes them. */
const named = (role: string, name: string | RegExp, attributes = '') =>
  `${role} ${typeof name === 'string' ? JSON.stringify(name) : `/${whole(name).source}/`}${attributes}`;
const text = (value: string | RegExp) => (typeof value === 'string' ? value : `/${whole(value).source}/`);

/** A message of the contract with each placeholder matched by its form: "Signed in as <company> (MPN ID <digits>)". */
function messagePattern<K extends string>(
  message: (values: Record<K, string>) => string,
  parts: Record<K, RegExp>,
): RegExp {
  const keys = Object.keys(parts) as K[];
  const marks = Object.fromEntries(keys.map((key, i) => [key, `\u0000${i}\u0000`])) as Record<K, string>;
  const source = keys.reduce(
    (escaped, key, i) => escaped.replace(`\u0000${i}\u0000`, `(?:${parts[key].source})`),
    literal(message(marks)),
  );
  return new RegExp(source);
}

/** Whether the Partnership group of the menu is open: a fresh load shows it closed, Partnership > Offers leaves it open. */
export type Menu = 'closed' | 'partnership open';

/** What every screen of Partner Center has around its main content: the skip link, the banner and the menu. */
function frame(says: Wording, menu: Menu): Node[] {
  const link = (name: string, url: string): Node => ({ listitem: [{ [named('link', name)]: [{ '/url': url }] }] });
  const partnership: Node[] =
    menu === 'closed'
      ? [named('button', says.nav.partnership)]
      : [
          named('button', says.nav.partnership, ' [expanded]'),
          {
            list: [
              link(says.nav.overview, '/partnership'),
              link(says.nav.offers, '/partnership/offers'),
              link(says.nav.benefits, '/partnership/benefits'),
            ],
          },
        ];
  return [
    { [named('link', says.app.skip)]: [{ '/url': '#main' }] },
    {
      banner: [
        { paragraph: says.app.title },
        { paragraph: text(messagePattern(says.app.signedInAs, { company: forms.company, mpnId: forms.mpnId })) },
      ],
    },
    {
      [named('navigation', says.nav.label)]: [
        {
          list: [
            { listitem: partnership },
            { listitem: [named('button', says.nav.serviceRequests)] },
            link(says.nav.support, '/partner/support'),
          ],
        },
      ],
    },
  ];
}

/** The template for a screen whose main content is `main`: the frame around it and nothing else, in this order. */
function screen(says: Wording, menu: Menu, main: Node[]): string {
  // Indented and unfolded as Playwright writes snapshots, so a failure's diff shows only what differs.
  return stringify([{ '/children': 'deep-equal' }, ...frame(says, menu), { main }], { indentSeq: false, lineWidth: 0 });
}

export type AutoRenewal = 'on' | 'off' | 'just turned off';

/** The screens of a partner who holds a Microsoft Action Pack subscription, in `locale`, as the test expects them. */
export function screensFor(locale: string | undefined) {
  const says = wordingFor(locale);
  const doc = documented(locale);
  const date = byLocale(locale, forms.date);
  const s = says.subscription;
  const row = (label: string, value: string | RegExp): Node => ({
    row: [named('rowheader', label), named('cell', value)],
  });
  // The page's next steps, with the hint that they leave Partner Center, to the targets the page links.
  const documentedLink = (rule: 'next-steps-activate' | 'related-add-users'): Node => {
    const href = String(doc.figures(rule)['href']).replace(/\.md$/, '');
    return {
      [named('link', `${doc.rule(rule)} ${says.app.externalHint}`)]: [
        { '/url': text(new RegExp(`https://\\S+/${literal(href)}`)) },
      ],
    };
  };

  return {
    /** Subscription details with automatic renewal on, off (as loaded), or just turned off on this screen. */
    subscriptionDetails(renewal: AutoRenewal, menu: Menu = 'closed'): string {
      const notice = { off: [{ paragraph: s.cannotTurnOn }], 'just turned off': [{ paragraph: s.turnedOff }], on: [] }[
        renewal
      ];
      return screen(says, menu, [
        named('heading', s.heading, ' [level=1]'),
        {
          [named('region', s.details)]: [
            named('heading', s.details, ' [level=2]'),
            {
              table: [
                {
                  rowgroup: [
                    row(s.status, s.active),
                    row(s.startDate, date),
                    row(s.renewalDate, date),
                    row(s.autoRenew, renewal === 'on' ? s.on : s.off),
                  ],
                },
              ],
            },
          ],
        },
        {
          [named('region', s.actions)]: [
            named('heading', s.actions, ' [level=2]'),
            {
              paragraph:
                renewal === 'on' ? [named('button', s.renew), named('button', s.turnOff)] : [named('button', s.renew)],
            },
            ...notice,
          ],
        },
        {
          [named('region', s.nextSteps)]: [
            named('heading', s.nextSteps, ' [level=2]'),
            documentedLink('next-steps-activate'),
            named('heading', s.related, ' [level=3]'),
            documentedLink('related-add-users'),
          ],
        },
      ]);
    },

    /** Offers, where the subscription is listed under Purchased offers (Action Pack is no longer offered). */
    purchasedOffers(renewal: 'on' | 'off', menu: Menu = 'closed'): string {
      const o = says.offers;
      const term = renewal === 'on' ? o.renewsOn : o.expiresOn;
      return screen(says, menu, [
        named('heading', o.heading, ' [level=1]'),
        {
          [named('region', o.available)]: [named('heading', o.available, ' [level=2]'), { paragraph: o.noneAvailable }],
        },
        {
          [named('region', o.purchased)]: [
            named('heading', o.purchased, ' [level=2]'),
            {
              list: [
                {
                  listitem: [
                    { [named('link', o.subscription)]: [{ '/url': text(forms.subscriptionPath) }] },
                    { paragraph: text(messagePattern(term, { date })) },
                  ],
                },
              ],
            },
          ],
        },
      ]);
    },
  };
}
