/** One node of Playwright's ARIA snapshot: what assistive technology (and the user) is offered. */
export interface AriaNode {
  role: string;
  name?: string;
  /** Text content or value, e.g. `- listitem: Use world-class…` or a combobox's selected option. */
  text?: string;
  /** Bracketed states, e.g. `disabled`, `level=2`, `expanded`. */
  attrs?: string[];
  /** Nesting in the snapshot (0 for the top): a node's subtree is the nodes after it that are deeper. */
  depth?: number;
  /** A link's target (the snapshot's `/url:` property). */
  url?: string;
}

const URL_LINE = /^\s*- \/url: (?<url>.*)$/;
const LINE =
  /^(?<indent>\s*)- (?<role>[a-z]+)(?: (?<name>"(?:[^"\\]|\\.)*"))?(?<attrs>(?: \[[^\]]*\])*)(?::(?: (?<text>.*))?)?$/;

function unquote(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/** Reads the YAML-like text of `locator.ariaSnapshot()` into flat nodes; lines it does not know are skipped. */
export function parseAriaSnapshot(snapshot: string): AriaNode[] {
  const nodes: AriaNode[] = [];
  for (const line of snapshot.split('\n')) {
    const url = URL_LINE.exec(line)?.groups?.['url'];
    const owner = nodes[nodes.length - 1];
    if (url !== undefined && owner?.role === 'link') {
      owner.url = url.startsWith('"') ? unquote(url) : url;
      continue;
    }
    const m = LINE.exec(line);
    if (!m?.groups) continue;
    const { indent = '', role = '', name, text, attrs } = m.groups;
    const node: AriaNode = { role, depth: indent.length / 2 };
    if (attrs) node.attrs = [...attrs.matchAll(/\[([^\]]*)\]/g)].map((a) => a[1] ?? '');
    if (name) node.name = unquote(name);
    if (text) node.text = text.startsWith('"') ? unquote(text) : text;
    nodes.push(node);
  }
  return nodes;
}

// A field's text is what was typed or chosen in it, not a label the product shows.
const FIELDS = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** Every accessible name and text shown, for matching labels. */
export function namesOf(nodes: readonly AriaNode[]): string[] {
  const out = new Set<string>();
  for (const n of nodes) {
    if (n.name) out.add(n.name);
    if (n.text && n.role !== 'text' && n.role !== 'paragraph' && !FIELDS.has(n.role)) out.add(n.text);
  }
  return [...out];
}

/** The nodes under `nodes[at]`, within one snapshot's flat list. */
export function subtreeOf(nodes: readonly AriaNode[], at: number): AriaNode[] {
  const depth = nodes[at]?.depth ?? 0;
  const out: AriaNode[] = [];
  for (let i = at + 1; i < nodes.length && (nodes[i]?.depth ?? 0) > depth; i++) out.push(nodes[i] as AriaNode);
  return out;
}

/**
 * The nodes a menu entry opens onto: its own subtree, or, for a toggle button, the subtree of the item that
 * holds it (the sibling list the button expands).
 */
export function reachedFrom(nodes: readonly AriaNode[], at: number): AriaNode[] {
  const own = subtreeOf(nodes, at);
  if (own.length > 0) return own;
  const depth = nodes[at]?.depth ?? 0;
  for (let i = at - 1; i >= 0; i--)
    if ((nodes[i]?.depth ?? 0) < depth) return subtreeOf(nodes, i).filter((n) => n !== nodes[at]);
  return [];
}

/**
 * The part of the screen that holds `nodes[at]`: its own subtree, or for a node without children (a paragraph) its
 * parent's, the container it stands in. Never the main content's: that is the whole screen, not a part of it.
 */
export function containerOf(nodes: readonly AriaNode[], at: number): AriaNode[] {
  const own = subtreeOf(nodes, at);
  if (own.length > 0) return own;
  const depth = nodes[at]?.depth ?? 0;
  for (let i = at - 1; i >= 0; i--) {
    if ((nodes[i]?.depth ?? 0) >= depth) continue;
    return nodes[i]?.role === 'main' ? [] : subtreeOf(nodes, i);
  }
  return [];
}
