// npm run lint:layers (part of npm run lint): the layers ESLint's no-restricted-imports cannot see, because they
// are broken through another module. ESLint checks each file's own imports; this follows them, with TypeScript's
// own module resolution (tsconfig.json), so a layer that reaches a forbidden one through a third is caught too.
// A type-only import (`import type`, `export type`, `typeof import()`) is not followed: it loads nothing. It is
// still a direct dependency, so a layer may not name a forbidden module even for its types.
// Exit codes: 0 every layer holds, 1 a layer is broken (one line per broken rule and file, with the path).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { breaches, LAYER_RULES, type Edge } from './lint-layers/breaches';

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

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const found = breaches(importGraph(process.cwd()));
  for (const line of found) process.stderr.write(`${line}\n`);
  if (found.length > 0) process.exit(1);
  console.log(`layers: ${LAYER_RULES.length} rules hold`);
}
