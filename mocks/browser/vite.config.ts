import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import base from '../../vite.config.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

// Serves the sandbox with the mocked backend in front of it: the worker starts first, then the app, so the
// app's first request is already answered. The sandbox itself is unchanged and knows nothing of this.
export default mergeConfig(
  base,
  defineConfig({
    publicDir: `${here}public`,
    server: { fs: { allow: [`${here}../..`] }, port: 5173 },
    // The page's real entry is start.ts (below), which Vite's dependency scan would not see: it would find the
    // mocked backend's packages on the first page load, bundle them then, and reload the page under a test.
    optimizeDeps: { entries: ['index.html', `${here}start.ts`] },
    plugins: [
      {
        name: 'start-mock-backend-first',
        transformIndexHtml: (html: string) => html.replace('/src/main.tsx', `/@fs${here}start.ts`),
      },
    ],
  }),
);
