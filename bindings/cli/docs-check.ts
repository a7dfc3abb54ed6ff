// npm run docs:check: the engine's command line (checker/cli/check.ts), given this project's page bindings and product;
// with no --doc it checks every vendored page.
// The options are checked before the bindings load (they load the flows and the page objects).
import { docsCheck } from '../../checker/cli/check';
import { documentedPagesFolder } from '../documented-page-path';

await docsCheck({
  defaultDoc: documentedPagesFolder,
  wiring: async () => {
    const [{ bindings }, { sandboxProduct }] = await Promise.all([import('../index'), import('../product')]);
    return { bindings, product: sandboxProduct };
  },
});
