import { catalogFor, productLocales } from '../pages';
import type { Product } from '../checker/binding';

/** The sandbox's languages and labels, as the page objects know them; Partner Center's /pcv/ pages at the root. */
export const sandboxProduct: Product = {
  locales: productLocales,
  labels: catalogFor,
  pathOf: (address) => address.pathname.replace(/^\/pcv(?=\/)/, ''),
};
