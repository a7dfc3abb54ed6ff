/** One node of Playwright's ARIA snapshot: what assistive technology (and the user) is offered. */
export interface AriaNode {
  role: string;
  name?: string;
  /** Text content or value, e.g. `- listitem: Use world-class…` or a combobox's selected option. */
  text?: string;
  /** Bracketed states, e.g. `disabled`, `level=2`, `expanded`. */
  attrs?: string[];
}

const LINE = /^\s*- (?<role>[a-z]+)(?: (?<name>"(?:[^"\\]|\\.)*"))?(?<attrs>(?: \[[^\]]*\])*)(?::(?: (?<text>.*))?)?$/;

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
    const m = LINE.exec(line);
    if (!m?.groups) continue;
    const { role = '', name, text, attrs } = m.groups;
    const node: AriaNode = { role };
    if (attrs) node.attrs = [...attrs.matchAll(/\[([^\]]*)\]/g)].map((a) => a[1] ?? '');
    if (name) node.name = unquote(name);
    if (text) node.text = text.startsWith('"') ? unquote(text) : text;
    nodes.push(node);
  }
  return nodes;
}

/** Every accessible name and text shown, for matching labels. */
export function namesOf(nodes: readonly AriaNode[]): string[] {
  const out = new Set<string>();
  for (const n of nodes) {
    if (n.name) out.add(n.name);
    if (n.text && n.role !== 'text' && n.role !== 'paragraph') out.add(n.text);
  }
  return [...out];
}
