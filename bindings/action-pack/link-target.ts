// Where the product's address is relative (a path of its own), it is read against a host no link can name.
const NO_HOST = 'https://product.invalid/';

/** An address's page: its origin and path, without a Markdown source's `.md` or a trailing slash. */
function pageOf(address: string, base: string): string {
  const url = new URL(address, base);
  return url.origin + url.pathname.replace(/\.md$/, '').replace(/(.)\/$/, '$1');
}

/**
 * Whether the page's link leads where the product's does: the same page, not one whose address merely contains the
 * page's ("manage-your-partner-network" is in ".../manage-your-partner-network-benefits"). A relative link is read
 * as the page beside the product's target, which the documentation's pages are to each other.
 */
export function sameTarget(documented: string, shown: string): boolean {
  try {
    const shownAt = new URL(shown, NO_HOST).href;
    return pageOf(documented, shownAt) === pageOf(shownAt, NO_HOST);
  } catch {
    return false;
  }
}

/** Whether a link leaves the product: its address, read on the screen it is on, is on another host. */
export function leavesSite(link: string, screen: string): boolean {
  try {
    const at = new URL(screen, NO_HOST);
    const to = new URL(link, at);
    return /^https?:$/.test(to.protocol) && to.host !== at.host;
  } catch {
    return false;
  }
}
