import { defineConfig } from 'vite';

// `vite` serves the app and forwards /api to a running server (`pnpm start`, port 8080 by default).
export default defineConfig({
  root: import.meta.dirname,
  server: { proxy: { '/api': process.env['SHABAKA_API'] ?? 'http://127.0.0.1:8080' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
