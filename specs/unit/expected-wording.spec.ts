import { expect, test } from '@playwright/test';
import { catalogFor, productLocales } from '../../pages';
import { wordings } from '../expected';

// The specs assert against the test-owned wording (specs/expected/), never against the product's catalog,
// so that a wrong message in the product fails them. This test ties the two together, key by key: a
// deliberate wording change in the product is then a one-line change of the contract, and an accidental one
// fails here as well as in the specs that show it.

/** Each placeholder as the catalog writes it: a message of the contract given these is the catalog's template. */
const placeholders: Record<string, string> = new Proxy({}, { get: (_target, key) => `{{${String(key)}}}` });

/** Every message of the contract, by its key path, as the catalog would write it. */
function messages(node: object, path: string[] = []): { key: string; path: string[]; text: unknown }[] {
  return Object.entries(node).flatMap(([name, value]: [string, unknown]) => {
    const here = [...path, name];
    if (typeof value === 'function')
      return [
        { key: here.join('.'), path: here, text: (value as (v: Record<string, string>) => unknown)(placeholders) },
      ];
    if (typeof value === 'object' && value !== null) return messages(value, here);
    return [{ key: here.join('.'), path: here, text: value }];
  });
}

/** The catalog's message at a key path, or undefined where the catalog has no such key. */
function catalogMessage(catalog: object, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, name) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[name] : undefined),
    catalog,
  );
}

test('there is a test contract for every locale the product has a UI in', () => {
  expect(Object.keys(wordings).sort()).toEqual(productLocales().sort());
});

for (const [locale, contract] of Object.entries(wordings)) {
  test(`the ${locale} contract says what the product's ${locale} catalog says, key by key`, () => {
    const catalog = catalogFor(locale);
    const compared = messages(contract);
    for (const { key, path, text } of compared)
      expect
        .soft(catalogMessage(catalog, path), `${key}: app/src/i18n/${locale}.ts against specs/expected/${locale}.ts`)
        .toBe(text);
    expect(compared.length, 'messages compared').toBeGreaterThan(20);
  });
}
