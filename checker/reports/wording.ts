import type { Status } from '../model';
import type { PlannedFix } from '../patch/fixes';

/** Each status as a symbol and a word, so it reads without colour and without knowing the symbols (markdown: GitHub's emoji). */
export const statusText: Record<Status, string> = { ok: '✅ in sync', drift: '❌ drift', unverified: '⚠️ not verified' };

/** The same in HTML, with marks every text font has: a browser without a colour emoji font shows ✅ and ❌ as empty boxes. */
export const statusWords: Record<Status, string> = { ok: '✓ in sync', drift: '✗ drift', unverified: '⚠ not verified' };

/** What one fix of the page changes, in a writer's words (markdown). */
export function describeFix(f: PlannedFix): string {
  const what = { label: 'label', path: 'menu path', 'link-target': 'link target', 'link-text': 'link words', address: 'address' }[f.kind];
  const carried = f.kind === 'label' || f.kind === 'path' ? `the product's ${f.locale} text` : 'the same change';
  const source = f.from ? ` (${carried} for what the ${f.from} check found)` : '';
  return `${f.locale} ${what}: **${f.documented}** → **${f.product}**${source}`;
}
