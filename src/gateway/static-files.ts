import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { GatewayEnv } from './gateway-env.ts';

/** Vite names these files by content hash, so a cached copy can never be stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed assets: always fetch it anew. */
const NO_STORE = 'no-store';
/** Other files in the build (favicon, robots.txt) keep their name across builds: revalidate. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built SPA from `staticDir`. Any other GET path is a client-side route, answered with
 * index.html. A missing hashed asset is a 404, not index.html, so a stale page fails loudly.
 */
export function spaStaticFiles(staticDir: string) {
  const app = new Hono<GatewayEnv>();

  app.get(
    '/assets/*',
    serveStatic({ root: staticDir, onFound: (_path, c) => c.header('Cache-Control', IMMUTABLE) }),
    (c) => c.text('Not found', 404),
  );

  app.get(
    '*',
    serveStatic({
      root: staticDir,
      onFound: (path, c) => c.header('Cache-Control', path.endsWith('index.html') ? NO_STORE : REVALIDATE),
    }),
    async (c) => {
      const html = await readFile(join(staticDir, 'index.html'), 'utf8').catch(() => undefined);
      if (html === undefined) return c.text('Not found', 404);
      c.header('Cache-Control', NO_STORE);
      return c.html(html);
    },
  );

  return app;
}
