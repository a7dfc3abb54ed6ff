// Where the page under test is, apart from documented-page.ts (which loads the parser): `docs:check` names it as
// its default page while it is still checking its options, before the parser is loaded.
import { fileURLToPath } from 'node:url';

/** The vendored page under test. */
export const documentedPagePath = fileURLToPath(
  new URL('../docs/pages/upgrade-your-partner-network-membership.ko-kr.md', import.meta.url),
);
