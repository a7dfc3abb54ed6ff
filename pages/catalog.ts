import { enUS, type Catalog } from '../app/src/i18n/en-US';
import { koKR } from '../app/src/i18n/ko-KR';

// Page objects find controls by role and the product's own names, taken from the product's message catalog:
// the catalog is the contract between the product and its page objects, one page object serves every locale,
// and a label that differs from the documentation is the docs check's finding, not a broken locator.
const catalogs: Record<string, Catalog> = { 'en-US': enUS, 'ko-KR': koKR };

export function catalogFor(locale: string): Catalog {
  const catalog = catalogs[locale];
  if (!catalog) throw new Error(`No product catalog for locale ${locale}; known: ${Object.keys(catalogs).join(', ')}`);
  return catalog;
}

export type { Catalog };

/** The locales the product has a UI in. */
export const productLocales = (): string[] => Object.keys(catalogs);
