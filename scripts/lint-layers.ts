// npm run lint:layers (part of npm run lint): the layers ESLint's no-restricted-imports cannot see, because they
// are broken through another module. ESLint checks each file's own imports; this follows them, with TypeScript's
// own module resolution (tsconfig.json), so a layer that reaches a forbidden one through a third is caught too.
// A type-only import (`import type`, `export type`, `typeof import()`) is not followed: it loads nothing. It is
// still a direct dependency, so a layer may not name a forbidden module even for its types.
// Exit codes: 0 every layer holds, 1 a layer is broken (one line per broken rule and file, with the path).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';

interface LayerRule {
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

interface Edge {
  to: string;
  typeOnly: boolean;
}

const isTypeOnlyImport = (node: ts.ImportDeclaration): boolean => !!node.importClause?.isTypeOnly;

/** The modules one file imports, each marked type-only when loading the file does not load it. */
function importsOf(file: string, source: string): { specifier: string; typeOnly: boolean }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node) });
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.push({ specifier: arg.text, typeOnly: false });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal))
        found.push({ specifier: arg.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every project file's imports of other project files, by path relative to `root`. */
export function importGraph(root: string): Map<string, Edge[]> {
  const configFile = resolve(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`${configFile}: not readable`);
  const graph = new Map<string, Edge[]>();
  for (const file of parsed.fileNames) {
    const edges: Edge[] = [];
    for (const { specifier, typeOnly } of importsOf(file, readFileSync(file, 'utf8'))) {
      const resolved = ts.resolveModuleName(specifier, file, parsed.options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const to = relative(root, resolved.resolvedFileName);
      if (!to.startsWith('..')) edges.push({ to, typeOnly });
    }
    graph.set(relative(root, file), edges);
  }
  return graph;
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

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const found = breaches(importGraph(process.cwd()));
  for (const line of found) process.stderr.write(`${line}\n`);
  if (found.length > 0) process.exit(1);
  console.log(`layers: ${LAYER_RULES.length} rules hold`);
}
