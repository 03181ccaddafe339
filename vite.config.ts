import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

/** The lazy route modules a signed-in cold load of the list runs: the app's layout and the list page. */
const LIST_ROUTE_MODULES = ['src/web/app/shell/app-shell.tsx', 'src/web/features/checkouts/checkouts-page.tsx'];

/**
 * Adds `<link rel="modulepreload">` for the list route's chunks (and their static imports) and
 * `<link rel="stylesheet">` for their CSS to the built index.html, so the browser downloads them
 * beside the entry instead of after the entry has run and the router asked for them. Only links:
 * no inline script (the CSP allows script from 'self' only), and preloaded modules are fetched and
 * compiled but not run, so the sign-in page still executes only its own code. Vite's preload
 * helper finds these links when the router imports the chunks and does not add them again.
 */
function preloadListRoute(entries: readonly string[]): Plugin {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'preload-list-route',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return undefined;
        const wanted = new Set(entries.map((entry) => resolve(root, entry)));
        const chunks = Object.values(bundle).filter((output): output is Rolldown.OutputChunk => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const starts = chunks.filter((chunk) => chunk.facadeModuleId !== null && wanted.has(chunk.facadeModuleId));
        if (starts.length !== wanted.size) {
          this.warn(`preload-list-route: found ${starts.length} of ${wanted.size} route chunks; nothing preloaded for the missing ones`);
        }

        // The entry is already a <script>, its CSS already a <link>: only what it loads later.
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (chunk: Rolldown.OutputChunk) => {
          if (chunk.isEntry || js.has(chunk.fileName)) return;
          js.add(chunk.fileName);
          for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
          for (const file of chunk.imports) {
            const imported = byFile.get(file);
            if (imported) visit(imported);
          }
        };
        starts.forEach(visit);

        const href = (file: string) => `${base}${file}`;
        const tags: HtmlTagDescriptor[] = [
          ...[...js].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: href(file) },
            injectTo: 'head' as const,
          })),
          ...[...css].map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: href(file) },
            injectTo: 'head' as const,
          })),
        ];
        return tags;
      },
    },
  };
}

/**
 * The SPA is built from index.html at the top level into dist/, which the gateway serves. In
 * development `npm run dev` starts the gateway (and sandbox) itself and puts Vite in front of it;
 * see src/server/dev.ts.
 */
export default defineConfig({
  plugins: [react(), preloadListRoute(LIST_ROUTE_MODULES)],
  resolve: {
    alias: {
      // TanStack Store asks for the shim that back-ports useSyncExternalStore to React < 18; React 19
      // has it, and the package's own non-shim entry uses it directly: the same hook, without the
      // fallback's code in the first screen's JavaScript.
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    // The CSP forbids inline script; Vite's modulepreload polyfill would be one.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The small shared modules of the list's first screen in one chunk instead of six: less
              // gzip overhead (first-screen JS is budgeted) and fewer requests. The checkout's and the
              // activity screens use most of them too; the sign-in screen uses none.
              name: 'list-shared',
              includeDependenciesRecursively: false,
              test: /src[\\/]web[\\/](components[\\/]ui[\\/](skeleton|select-field|icons|copy-button)|components[\\/]status-badge|lib[\\/](focus-return|checkout-fields|use-media-query|status|guid|checkout-view[\\/](customer-display-name|history-timeline)))\b/,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/web/lib/i18n/test-setup.ts'],
    // A real PostgreSQL server for the database tests (beside in-memory PGlite); see the README.
    globalSetup: ['src/gateway/db/testing/vitest-global-setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
