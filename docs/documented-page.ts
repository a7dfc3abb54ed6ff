import { fileURLToPath } from 'node:url';
import { parseDocFile, type DocPage } from './parser';

/** The vendored page under test. */
export const documentedPagePath = fileURLToPath(new URL('./pages/upgrade-your-partner-network-membership.ko-kr.md', import.meta.url));

let parsed: DocPage | undefined;

/** The page under test, parsed once per process. */
export function documentedPage(): DocPage {
  parsed ??= parseDocFile(documentedPagePath);
  return parsed;
}
