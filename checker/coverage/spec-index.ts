import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FlowDefinition } from '../../flows/flow';

/** A test of the suite: its spec file (from the repository root), the line of its `test(` and its title. */
export interface SpecRef {
  file: string;
  line: number;
  test: string;
}

/** Flow step id → the tests that drive it. */
export type SpecIndex = Map<string, SpecRef[]>;

const camel = (id: string) => id.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * Each flow method's step id, from the flows' own registry (`FlowDefinition.methods`): a shared checkout method
 * is `order.pay` on one flow and `reorder.pay` on another. Keyed by the name specs use for the flow, the
 * camel-cased procedure prefix of its step ids (`sign-up.*` → `signUp`), which is the fixture's name.
 */
export function flowMethods(flows: readonly FlowDefinition[]): Map<string, Map<string, string>> {
  const byReceiver = new Map<string, Map<string, string>>();
  for (const definition of flows)
    for (const [name, id] of Object.entries(definition.methods) as [string, string][]) {
      const receiver = camel(id.split('.')[0] ?? '');
      const methods = byReceiver.get(receiver) ?? new Map<string, string>();
      methods.set(name, id);
      byReceiver.set(receiver, methods);
    }
  return byReceiver;
}

/**
 * The tests that call each flow step, read from the spec files: a call `order.pay(` (or `flows.order.pay(`)
 * inside `test('…', …)` drives `order.pay`. Read from the source rather than recorded during a run, so the
 * answer is the same whatever was run last (Playwright empties test-results at every run, `-g` runs a subset);
 * a call through another name (a helper's parameter) is not seen.
 */
export function indexSpecs(
  files: readonly { file: string; text: string }[],
  methods: Map<string, Map<string, string>>,
): SpecIndex {
  const index: SpecIndex = new Map();
  for (const { file, text } of files) {
    const tests = [...text.matchAll(/\btest\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*?)\1/g)].map((m) => ({
      at: m.index,
      title: m[2] ?? '',
    }));
    // `flows.order.pay(` is found at `order.pay(`, where a word starts.
    for (const call of text.matchAll(/\b([a-zA-Z]\w*)\.([a-zA-Z]\w*)\(/g)) {
      const stepId = methods.get(call[1] ?? '')?.get(call[2] ?? '');
      if (!stepId) continue;
      const owner = tests.filter((t) => t.at < call.index).pop();
      const ref: SpecRef = owner
        ? { file, line: text.slice(0, owner.at).split('\n').length, test: owner.title }
        : { file, line: text.slice(0, call.index).split('\n').length, test: '(outside any test)' };
      const refs = index.get(stepId) ?? [];
      if (!refs.some((r) => r.file === ref.file && r.line === ref.line)) refs.push(ref);
      index.set(stepId, refs);
    }
  }
  return index;
}

/** The suite's browser specs, by path from the repository root. */
export function suiteSpecs(
  root = fileURLToPath(new URL('../..', import.meta.url)),
  dir = 'specs/e2e',
): { file: string; text: string }[] {
  const folder = join(root, dir);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.spec.ts'))
    .sort()
    .map((f) => ({
      file: relative(root, join(folder, f)).split('\\').join('/'),
      text: readFileSync(join(folder, f), 'utf8'),
    }));
}
