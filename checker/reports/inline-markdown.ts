/** Text made safe to put in HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The check's messages are markdown (`the screen shows **Buy**`, `` run `--confirm 69` ``). In HTML they are
 * escaped first, then only bold and code are rendered, so nothing the page or the product wrote becomes markup.
 */
export function inlineMarkdown(text: string): string {
  return escapeHtml(text)
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? `<code>${part.slice(1, -1)}</code>` : part.replace(/\*\*(\S(?:[\s\S]*?\S)?)\*\*/g, '<strong>$1</strong>')))
    .join('');
}
