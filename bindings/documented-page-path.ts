// Where the vendored pages are, apart from documented-page.ts (which loads the parser): `docs:check` names them
// while it is still checking its options, before the parser is loaded.
import { fileURLToPath } from 'node:url';

const vendored = (file: string) => fileURLToPath(new URL(`../docs/pages/${file}`, import.meta.url));

/** The vendored page under test: "Upgrade your Microsoft Partner Network membership". */
export const documentedPagePath = vendored('upgrade-your-partner-network-membership.ko-kr.md');

/** The second page, which the first's "Next steps" leads to: "Manage your … membership benefits". */
export const benefitsPagePath = vendored('manage-your-partner-network-benefits.ko-kr.md');

/** The vendored pages (every page beside it but the folder's NOTICE.md): what `docs:check` checks by default. */
export const documentedPagesFolder = fileURLToPath(new URL('../docs/pages', import.meta.url));
