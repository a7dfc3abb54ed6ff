// npm run docs:check: the engine's command line (checker/cli/check.ts), given this project's page bindings and product;
// with no --doc it checks every vendored page.
// The options are checked before the bindings load (they load the flows and the page objects).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsCheck } from '../../checker/cli/check';
import { savedRecordsFolder } from '../../harness/settings/run-outputs';
import { documentedPagesFolder } from '../documented-page-path';

const root = fileURLToPath(new URL('../../', import.meta.url));

await docsCheck({
  defaultDoc: documentedPagesFolder,
  wiring: async () => {
    const [{ bindings }, { sandboxProduct }] = await Promise.all([import('../index'), import('../product')]);
    return { bindings, product: sandboxProduct };
  },
  saved: {
    folder: join(root, savedRecordsFolder),
    root,
    // Everything that drives the product in a check: the sandbox, its mocked backend, the flows and page objects,
    // the bindings, the check and its session, the scripts that build and serve them, and the versions they use.
    // Not the pages, their pins or the specs: a writer's edit leaves the product's side as it was. The command adds
    // `.env`, and the settings that choose the backend and the browser.
    sources: [
      'app',
      'mocks',
      'flows',
      'pages',
      'bindings',
      'checker',
      'harness',
      'scripts',
      'package-lock.json',
      'vite.config.ts',
      'tsconfig.json',
    ],
  },
});
