import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The SPA is built from index.html at the top level into dist/, which the gateway serves. In
 * development `npm run dev` starts the gateway (and sandbox) itself and puts Vite in front of it;
 * see src/server/dev.ts.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    // The CSP forbids inline script; Vite's modulepreload polyfill would be one.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
