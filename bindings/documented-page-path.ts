// Where the page under test is, apart from documented-page.ts (which loads the parser): `docs:check` names it as
// its default page while it is still checking its options, before the parser is loaded.
import { fileURLToPath } from 'node:url';

/** The vendored page under test. */
export const documentedPagePath = fileURLToPath(
  new URL('../docs/pages/upgrade-your-partner-network-membership.ko-kr.md', import.meta.url),
);

/** The vendored pages (every page beside it but the folder's NOTICE.md): what `docs:check` checks by default. */
export const documentedPagesFolder = fileURLToPath(new URL('../docs/pages', import.meta.url));
