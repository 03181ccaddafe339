import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context, Hono, Next } from 'hono';
import { FIRST_SCREEN_PATH, type ApiTransport, type FirstScreenRenderer } from '../../contract/first-screen.ts';
import type { GatewayEnv } from '../gateway-env.ts';
import { isAddressedToUs } from '../security/same-origin.ts';
import { firstScreenDocument } from './html-document.ts';
import { parseBuildManifest, preloadsFor, type BuildManifest } from './preload-links.ts';

/** Where `npm run build` puts the SPA's server entry (vite build --ssr), inside the built SPA's folder. */
export const SERVER_ENTRY = join('server', 'entry-server.js');

/** Personal data: no cache, shared or the browser's own, may keep the page (like /api). */
export const FIRST_SCREEN_CACHE_CONTROL = 'no-store, private';

/** The request headers an in-process /api request takes over from the page's request. */
const FORWARDED_HEADERS = ['cookie', 'host', 'x-forwarded-for', 'user-agent', 'accept-language'];

interface Build {
  renderer: FirstScreenRenderer;
  template: string;
  manifest: BuildManifest;
}

/** Reads the build once: the server entry, index.html and Vite's manifest. Undefined when any is missing. */
async function loadBuild(staticDir: string, routes: AsyncLocalStorage<ApiTransport>): Promise<Build | undefined> {
  const entry = join(staticDir, SERVER_ENTRY);
  if (!existsSync(entry)) return undefined;
  const [module, template, manifestText] = await Promise.all([
    import(pathToFileURL(entry).href) as Promise<{ firstScreenRenderer?: FirstScreenRenderer }>,
    readFile(join(staticDir, 'index.html'), 'utf8'),
    readFile(join(staticDir, '.vite', 'manifest.json'), 'utf8'),
  ]);
  const manifest = parseBuildManifest(JSON.parse(manifestText));
  const renderer = module.firstScreenRenderer;
  if (!renderer || !manifest) return undefined;
  renderer.setTransport((path, init) => {
    const transport = routes.getStore();
    if (!transport) return Promise.reject(new Error('An /api request outside a first-screen render'));
    return transport(path, init);
  });
  return { renderer, template, manifest };
}

/**
 * Serves the first screen of a company's list, or of a checkout beside it, rendered on the server
 * (src/web/entry-server.tsx, issue 14), when the build has a server entry. Its /api requests go to
 * this gateway in-process, as the visitor (their cookie and address), so every rule answers them
 * as it answers the browser: the session is checked (and its token refreshed) before the first
 * byte, and the cookies those answers set are passed on. Without a session cookie, or whenever the
 * renderer declines (no session, a failed request, a render error), the request goes on to
 * index.html and the browser renders the page itself, as before.
 */
export function firstScreenPages(staticDir: string, publicOrigins: readonly string[], gateway: () => Hono<GatewayEnv>) {
  const transports = new AsyncLocalStorage<ApiTransport>();
  let build: Promise<Build | undefined> | undefined;
  const loaded = () =>
    (build ??= loadBuild(staticDir, transports).catch((error: unknown) => {
      console.error('The server entry could not be loaded; pages are rendered in the browser.', error);
      return undefined;
    }));

  return async (c: Context<GatewayEnv>, next: Next) => {
    if (!FIRST_SCREEN_PATH.test(c.req.path) || !c.req.header('cookie')) return next();
    // Personal data only for our own host names (a DNS-rebinding page gets index.html, like /api gets 421).
    if (!isAddressedToUs(c.req.raw, publicOrigins)) return next();
    const current = await loaded();
    if (!current) return next();

    const setCookies: string[] = [];
    const transport: ApiTransport = async (path, init) => {
      const headers = new Headers(init.headers);
      for (const name of FORWARDED_HEADERS) {
        const value = c.req.header(name);
        if (value !== undefined) headers.set(name, value);
      }
      const response = await gateway().fetch(new Request(new URL(path, c.req.url), { ...init, headers }), c.env);
      setCookies.push(...response.headers.getSetCookie());
      return response;
    };
    const screen = await transports.run(transport, () =>
      current.renderer.render({
        url: c.req.url,
        cookie: c.req.header('cookie'),
        acceptLanguage: c.req.header('accept-language'),
        now: Date.now(),
      }),
    );
    // Declining is normal (no session, a failed request); a render that broke is a bug to see.
    if (!screen.rendered && /^(?:render failed|route error)/.test(screen.reason)) console.error(`First screen not rendered: ${screen.reason}`);
    for (const cookie of setCookies) c.header('Set-Cookie', cookie, { append: true });
    const html = screen.rendered
      ? firstScreenDocument(current.template, screen, preloadsFor(current.manifest, screen.modules))
      : undefined;
    if (html === undefined) return next();
    c.header('Cache-Control', FIRST_SCREEN_CACHE_CONTROL);
    return c.html(html);
  };
}
