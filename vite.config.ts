import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The sandbox Partner Center. `vite build` makes the static app the suite serves with `vite preview`.
export default defineConfig({
  root: 'app',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  preview: { host: '127.0.0.1', strictPort: true },
  server: { host: '127.0.0.1' },
});
