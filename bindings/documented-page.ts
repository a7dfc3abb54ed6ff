import { pinsPathFor, readPins, type Pins } from '../checker/read/pins';
import { documentedPagePath } from './documented-page-path';
import { parseDocFile, type DocPage } from '../checker/parser';

export { documentedPagePath };

let parsed: DocPage | undefined;

/** The page under test, parsed once per process. */
export function documentedPage(): DocPage {
  parsed ??= parseDocFile(documentedPagePath);
  return parsed;
}

/** The sentences of the page under test that writers have confirmed against the product. */
export function documentedPins(): Pins | undefined {
  return readPins(pinsPathFor(documentedPagePath));
}
