import type { Statement } from '../parser';
import type { Fix } from '../model';
import type { Observation } from './observation';
import { isPageLink } from './page-links';

const PARTNER_CENTER = 'partnercenter.microsoft.com';

// URL characters only: a translation may glue a particle to the address ("…/partner/support로").
export const urlsIn = (text: string) =>
  [...text.matchAll(/https?:\/\/[\w\-.~:/?#@!$&'*+,;=%]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));

/**
 * A sentence that sends the reader to another page of the documentation for what it names ("you can [add new
 * users](…md) in **Account settings**") is that page's to verify: its labels are no controls of this step.
 */
export const refersElsewhere = (s: Statement, locale: string) =>
  (s.anchors?.[locale] ?? []).some((a) => isPageLink(a.href));

/** What a step's links say against the product: a message per problem, and the fix where the product's text is exact. */
export interface LinkFindings {
  problems: string[];
  fixes: Fix[];
}

/**
 * The step's links against the product's: an address in Partner Center must be where the step goes; a link to
 * another page of the documentation is the page's own cross-reference, nothing the product shows; any other
 * link must be on the step's screens with the same target and the page's words leading its name. `hint` is the
 * product's own words after an external link's name ("(opens another website)"), which the page never writes;
 * `pathOf` where the product serves a Partner Center address.
 */
export function checkLinks(
  statements: readonly Statement[],
  locale: string,
  observation: Observation,
  hint = '',
  pathOf: (address: URL) => string = (address) => address.pathname,
): LinkFindings {
  const paths = observation.captures.map((c) => new URL(c.url).pathname);
  const links = observation.captures.flatMap((c) => c.nodes).filter((n) => n.role === 'link');
  const problems: string[] = [];
  const fixes: Fix[] = [];
  const fix = (kind: Fix['kind'], documented: string, product: string, line: number) =>
    fixes.push({ kind, locale, documented, product, line });
  for (const s of statements) {
    const anchors = s.anchors?.[locale] ?? [];
    const bare = urlsIn(s.text[locale] ?? '').filter((u) => !anchors.some((a) => a.href === u));
    for (const { href, text } of [...anchors, ...bare.map((href) => ({ href, text: href }))]) {
      // A link to another page of the set is no screen of the product: page-links.ts checks it against that page.
      if (isPageLink(href)) continue;
      const url = URL.canParse(href) ? new URL(href) : undefined;
      if (!url || url.host === PARTNER_CENTER) {
        const path = url ? pathOf(url) : href;
        if (paths.includes(path)) continue;
        problems.push(`the step does not reach ${path} (${href})`);
        // Where the step went first, away from where it started: the address it documents.
        const reached = paths.find((p) => p !== paths[0]);
        if (url && reached) fix('address', href, `${url.origin}${reached}`, s.line);
        continue;
      }
      const same = links.filter((n) => n.url === href);
      const named = links.find((n) => !!n.name?.startsWith(text));
      if (same.some((n) => n.name?.startsWith(text))) continue;
      if (same[0]) {
        const name = same[0].name ?? '';
        problems.push(`the link to ${href} is named **${name}** where the doc says **${text}**`);
        const words = hint && name.endsWith(hint) ? name.slice(0, -hint.length).trim() : name;
        if (words && text !== href) fix('link-text', text, words, s.line);
      } else if (named) {
        problems.push(`**${text}** leads to ${named.url ?? 'nowhere'} where the doc links ${href}`);
        if (named.url) fix('link-target', href, named.url, s.line);
      } else problems.push(`no link to ${href} (**${text}**) on the step's screens`);
    }
  }
  return { problems, fixes };
}
