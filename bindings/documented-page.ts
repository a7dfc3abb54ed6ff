import { documentedPagePath } from './documented-page-path';
import { parseDocFile, type DocPage } from '../checker/parser';
import { actionPackPatterns } from './action-pack/patterns';

export { documentedPagePath };

let parsed: DocPage | undefined;

/** The page under test, parsed once per process, with its rules. */
export function documentedPage(): DocPage {
  parsed ??= parseDocFile(documentedPagePath, { rules: actionPackPatterns });
  return parsed;
}
