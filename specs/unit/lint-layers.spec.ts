import { expect, test } from '@playwright/test';
import { breaches, LAYER_RULES } from '../../scripts/lint-layers/breaches';

type Graph = Map<string, { to: string; typeOnly: boolean }[]>;
const graph = (edges: [from: string, to: string, typeOnly?: boolean][]): Graph => {
  const g: Graph = new Map();
  for (const [from, to, typeOnly = false] of edges) {
    g.set(from, [...(g.get(from) ?? []), { to, typeOnly }]);
    if (!g.has(to)) g.set(to, []);
  }
  return g;
};

test.describe('npm run lint:layers follows imports through other layers', () => {
  const planted: [rule: string, edges: [string, string, boolean?][], path: string][] = [
    [
      'the docs-check engine',
      [
        ['checker/run.ts', 'harness/session/backend.ts'],
        ['harness/session/backend.ts', 'mocks/handlers/index.ts'],
      ],
      'checker/run.ts → harness/session/backend.ts → mocks/handlers/index.ts',
    ],
    [
      'the fixtures',
      [
        ['fixtures/index.ts', 'bindings/documented-page.ts'],
        ['bindings/documented-page.ts', 'checker/read/pins.ts'],
      ],
      'fixtures/index.ts → bindings/documented-page.ts → checker/read/pins.ts',
    ],
    [
      'the product',
      [
        ['app/src/lib/a.ts', 'scripts/sandbox-server.ts'],
        ['scripts/sandbox-server.ts', 'harness/settings/timeouts.ts'],
      ],
      'app/src/lib/a.ts → scripts/sandbox-server.ts',
    ],
    [
      'the page objects',
      [
        ['pages/screen.ts', 'bindings/documented-page.ts'],
        ['bindings/documented-page.ts', 'checker/parser/index.ts'],
      ],
      'pages/screen.ts → bindings/documented-page.ts → checker/parser/index.ts',
    ],
  ];
  for (const [rule, edges, path] of planted)
    test(`${rule}: an import reaching a forbidden layer through another is reported with its path`, () => {
      expect(breaches(graph(edges))).toEqual([expect.stringContaining(path)]);
    });

  test("the engine may name the flows' types, which name the backend's: a type-only import loads nothing", () => {
    const g = graph([
      ['checker/run.ts', 'flows/flow.ts'],
      ['flows/flow.ts', 'mocks/store/index.ts', true],
    ]);
    expect(breaches(g)).toEqual([]);
  });

  test('a direct type-only import of a forbidden layer is reported all the same', () => {
    expect(breaches(graph([['checker/run.ts', 'mocks/store/index.ts', true]]))).toEqual([
      expect.stringContaining('checker/run.ts → mocks/store/index.ts'),
    ]);
  });

  test('the fixtures may reach the parser', () => {
    expect(breaches(graph([['fixtures/index.ts', 'checker/parser/index.ts']]), LAYER_RULES)).toEqual([]);
  });
});
