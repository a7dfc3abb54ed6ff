// What `npm run lint:layers` holds the import graph to, apart from how the graph is read (TypeScript, in
// scripts/lint-layers.ts): the layer rules and the search for an import path that breaks one.

export interface LayerRule {
  /** What the rule keeps, as the report names it. */
  name: string;
  from: RegExp;
  forbidden: RegExp;
  /** Whether type-only imports are followed too (a layer that must not even know the other's types). */
  types: boolean;
}

export const LAYER_RULES: readonly LayerRule[] = [
  {
    name: 'the docs-check engine knows no page: it reaches no page binding, backend or product',
    from: /^checker\//,
    forbidden: /^(bindings|mocks|app)\//,
    types: false,
  },
  {
    name: "the fixtures reach the engine's parser only",
    from: /^fixtures\//,
    forbidden: /^checker\/(?!parser\/)/,
    types: false,
  },
  {
    name: 'the product knows nothing of the harness',
    from: /^app\//,
    forbidden: /^(mocks|pages|flows|harness|fixtures|specs|checker|bindings|scripts)\//,
    types: true,
  },
  {
    name: 'the page objects know no flow, fixture or engine',
    from: /^pages\//,
    forbidden: /^(flows|fixtures|checker)\//,
    types: true,
  },
];

export interface Edge {
  to: string;
  typeOnly: boolean;
}

/** One line per file a rule's layer reaches in breach of it, with the shortest path there. */
export function breaches(graph: ReadonlyMap<string, Edge[]>, rules: readonly LayerRule[] = LAYER_RULES): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    for (const start of [...graph.keys()].filter((f) => rule.from.test(f)).sort()) {
      // Breadth first, so each path reported is a shortest one; a direct import counts whatever it imports.
      const via = new Map<string, string>([[start, '']]);
      const queue = [start];
      let reached: string | undefined;
      for (let i = 0; i < queue.length && !reached; i++) {
        const at = queue[i] as string;
        for (const edge of graph.get(at) ?? []) {
          if (via.has(edge.to)) continue;
          const follow = at === start || rule.types || !edge.typeOnly;
          if (!follow) continue;
          via.set(edge.to, at);
          if (rule.forbidden.test(edge.to)) {
            reached = edge.to;
            break;
          }
          // Only a runtime import is followed further, unless the rule forbids types too.
          if (rule.types || !edge.typeOnly) queue.push(edge.to);
        }
      }
      if (!reached) continue;
      const path = [reached];
      for (let at = via.get(reached); at; at = via.get(at)) path.unshift(at);
      out.push(`layers: ${rule.name}: ${path.join(' → ')}`);
    }
  }
  return out;
}
