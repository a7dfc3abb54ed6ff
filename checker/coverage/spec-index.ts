import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type TS from 'typescript';
import type { FlowDefinition } from '../../flows/flow';
import { sourcesFingerprint } from '../sources-fingerprint';

/** A test of the suite: its spec file (from the repository root), the line of its `test(` and its title. */
export interface SpecRef {
  file: string;
  line: number;
  test: string;
}

/** Flow step id → the tests that drive it. */
export type SpecIndex = Map<string, SpecRef[]>;

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

// The compiler takes about a second to load: only a run that has to index the specs pays for it.
let compiler: typeof TS | undefined;
const typescript = (): typeof TS => (compiler ??= createRequire(import.meta.url)('typescript') as typeof TS);

/**
 * Each flow's methods and the step id each reports, from the flows' own registry (`FlowDefinition.methods`), by
 * the flow's anchor: a shared checkout method is `order.pay` on one flow and `reorder.pay` on another.
 */
export function flowMethods(flows: readonly FlowDefinition[]): Map<string, Map<string, string>> {
  return new Map(flows.map((f) => [f.anchor, new Map(Object.entries(f.methods) as [string, string][])]));
}

/**
 * The compiler's options for the repository's TypeScript, as `tsc -p .` reads them, with the language's own types
 * only: no DOM, no Node. Nothing is type-checked; a flow's type does not pass through them.
 */
function compilerOptions(root: string): TS.CompilerOptions {
  const ts = typescript();
  const file = join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(file, (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, file);
  return { ...options, noEmit: true, lib: ['lib.es2023.d.ts'], types: [] };
}

/**
 * Where a flow's type can come from: the specs and what they build on (fixtures, flows, page objects) and
 * Playwright's types, by which a test's fixtures are typed. Modules elsewhere (the checker, the harness, other
 * libraries) stay unread, their names typed as `any`: reading them would cost the compiler seconds.
 */
const FLOW_TYPE_FOLDERS = ['specs', 'fixtures', 'flows', 'pages'];
const flowTypeSources = (root: string) => {
  const folders = FLOW_TYPE_FOLDERS.map((f) => join(root, f, '/'));
  const packages = /[/\\]node_modules[/\\](@playwright[/\\]test|playwright|playwright-core)[/\\]/;
  return (path: string) => folders.some((f) => path.startsWith(f)) || packages.test(path);
};

/** A `test('title', …)` call: its title, a template's as written (`${failure} while turning off …`). */
function testTitle(node: TS.Node, source: TS.SourceFile): string | undefined {
  const ts = typescript();
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'test')
    return undefined;
  const title = node.arguments[0];
  if (title && ts.isStringLiteralLike(title)) return title.text;
  return title && ts.isTemplateExpression(title) ? title.getText(source).slice(1, -1) : undefined;
}

/** The anchor a flow's type carries (`FlowOf<…, 'place-an-order'>`), if the type is a flow's. */
function anchorOf(checker: TS.TypeChecker, receiver: TS.Expression): string | undefined {
  const anchor = checker.getTypeAtLocation(receiver).getProperty('anchor');
  const type = anchor && checker.getTypeOfSymbolAtLocation(anchor, receiver);
  return type?.isStringLiteral() ? type.value : undefined;
}

/**
 * The tests that call each flow step, found by the compiler in the spec files: a call whose receiver is typed as
 * a flow (a fixture `order`, `flows.order`, a helper's parameter typed as the flow) calls one of that flow's
 * methods, and the registry says which step it drives. Read from the source rather than recorded during a run,
 * so the answer is the same whatever was run last (Playwright empties test-results at every run, `-g` runs a
 * subset, a shard runs a part, a test that fails early drives fewer steps), and a call is known by its type, not
 * by the name it is made through.
 */
export function indexSpecs(
  files: readonly { file: string; text: string }[],
  methods: Map<string, Map<string, string>>,
  root = repositoryRoot,
): SpecIndex {
  // The compiler takes seconds to read the specs' imports: a process that writes reports again (the e2e specs of
  // the docs check) asks once for the same specs, and a later process finds the answer saved.
  const asked = JSON.stringify([root, files, [...methods].map(([anchor, m]) => [anchor, [...m]])]);
  const key = createHash('sha256').update(asked).digest('hex');
  const known = indexed.get(key) ?? savedIndex(asked, root, () => compile(files, methods, root));
  indexed.set(key, known);
  return known;
}

const indexed = new Map<string, SpecIndex>();

/**
 * An index saved by an earlier process for the same question, over the same files the compiler reads (everything
 * under the folders a flow's type can come from, the compiler's options, the packages' versions) and by the same
 * indexer; else the index compiled now, and saved for the next.
 */
function savedIndex(asked: string, root: string, make: () => SpecIndex): SpecIndex {
  // This file too: an index is only as right as the code that made it.
  const indexer = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const sources = sourcesFingerprint(
    root,
    [...FLOW_TYPE_FOLDERS, 'tsconfig.json', 'package-lock.json'],
    asked + indexer,
  );
  const file = join(root, 'node_modules', '.cache', 'docs-check-spec-index', `${sources}.json`);
  try {
    return new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, SpecRef[]][]);
  } catch {
    // None saved yet (or cut short): compiled, and saved below.
  }
  const index = make();
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${randomUUID()}`;
    writeFileSync(temporary, JSON.stringify([...index]));
    renameSync(temporary, file);
  } catch {
    // A folder that cannot be written (read-only): the next process compiles again, nothing else changes.
  }
  return index;
}

function compile(
  files: readonly { file: string; text: string }[],
  methods: Map<string, Map<string, string>>,
  root: string,
): SpecIndex {
  const ts = typescript();
  const texts = new Map(files.map(({ file, text }) => [resolve(root, file), { file, text }]));
  const options = compilerOptions(root);
  const host = ts.createCompilerHost(options, true);
  // The given text of each spec (a unit spec indexes text of its own); every other file from the disk.
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (path) => texts.get(resolve(path))?.text ?? readFile(path);
  host.fileExists = (path) => texts.has(resolve(path)) || fileExists(path);
  const read = flowTypeSources(root);
  host.resolveModuleNameLiterals = (literals, containing, _redirected, compilerOptions) =>
    literals.map((literal) => {
      const found = ts.resolveModuleName(literal.text, containing, compilerOptions, host);
      return found.resolvedModule && read(found.resolvedModule.resolvedFileName)
        ? found
        : { resolvedModule: undefined };
    });
  host.resolveTypeReferenceDirectiveReferences = (references) =>
    references.map(() => ({ resolvedTypeReferenceDirective: undefined }));
  const program = ts.createProgram({ rootNames: [...texts.keys()], options, host });
  const checker = program.getTypeChecker();

  const names = new Set([...methods.values()].flatMap((m) => [...m.keys()]));
  const index: SpecIndex = new Map();
  for (const [path, { file }] of texts) {
    const source = program.getSourceFile(path);
    if (!source) continue;
    const lineOf = (node: TS.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const visit = (node: TS.Node, owner: SpecRef | undefined): void => {
      const title = testTitle(node, source);
      const test = title === undefined ? owner : { file, line: lineOf(node), test: title };
      // Only a call by a flow method's name asks the compiler for its receiver's type.
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        names.has(node.expression.name.text)
      ) {
        const call = node.expression;
        const anchor = anchorOf(checker, call.expression);
        const stepId = anchor === undefined ? undefined : methods.get(anchor)?.get(call.name.text);
        if (stepId) {
          const ref = test ?? { file, line: lineOf(node), test: '(outside any test)' };
          const refs = index.get(stepId) ?? [];
          if (!refs.some((r) => r.file === ref.file && r.line === ref.line)) refs.push(ref);
          index.set(stepId, refs);
        }
      }
      ts.forEachChild(node, (child) => visit(child, test));
    };
    visit(source, undefined);
  }
  return index;
}

/** The suite's browser specs, by path from the repository root. */
export function suiteSpecs(root = repositoryRoot, dir = 'specs/e2e'): { file: string; text: string }[] {
  const folder = join(root, dir);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort()
    .map((f) => ({
      file: relative(root, join(folder, f)).split('\\').join('/'),
      text: readFileSync(join(folder, f), 'utf8'),
    }));
}
