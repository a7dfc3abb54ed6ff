import { fileURLToPath } from 'node:url';
import { pinsPathFor, readPins, type Pins } from './check/pins';
import { parseDocFile, type DocPage } from './parser';

/** The vendored page under test. */
export const documentedPagePath = fileURLToPath(new URL('./pages/upgrade-your-partner-network-membership.ko-kr.md', import.meta.url));

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
