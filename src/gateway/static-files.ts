import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import type { GatewayEnv } from './gateway-env.ts';

/** Vite names these files by content hash, so a cached copy can never be stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed assets: always fetch it anew. */
const NO_STORE = 'no-store';
/** Other files in the build (favicon, robots.txt) keep their name across builds: revalidate. */
const REVALIDATE = 'no-cache';

/** The icon in public/, which Vite copies into the build as it is. */
const FAVICON = 'favicon.svg';

/** A hashed asset's name as Vite writes it: one path segment, nothing to decode. */
const ASSET_PATH = /^\/assets\/([A-Za-z0-9][\w.-]*)$/;
/**
 * Build by-products not meant for browsers: any path with a segment starting with a dot (Vite's
 * manifest in `.vite/`, an editor's or VCS's leftovers), except the public `.well-known/`; and the
 * server entry's build in `server/` (the gateway runs it; see server-render/).
 */
const NOT_FOR_BROWSERS = /(?:^|\/)\.(?!well-known(?:\/|$))|^\/server(?:\/|$)/;

/** Text worth compressing; images other than SVG and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|map|txt|html)$/;
/** Below this a compressed answer saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 1024;

type Encoding = 'br' | 'gzip';

type Bytes = Uint8Array<ArrayBuffer>;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Into a buffer of its own (zlib's may be a slice of a pooled one), as a Response body takes it. */
const own = (buffer: Buffer): Bytes => new Uint8Array(buffer);

const brotliAt = async (raw: Buffer, quality: number): Promise<Bytes> =>
  own(
    await brotliAsync(raw, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: quality,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  );

/** One hashed asset, compressed on first request and kept (its content never changes). */
interface CompressedAsset {
  contentType: string;
  lastModified: string;
  /** The asset in this encoding, made on the first request for it; undefined when too small to gain. */
  encoded(encoding: Encoding): Promise<Bytes> | undefined;
}

/**
 * Which encoding the client takes, by Accept-Encoding (q-values honoured; `*` counts): brotli
 * first, then gzip; undefined for the file as it is.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    const value = q === undefined ? 1 : Number(q);
    if (name) quality.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const accepts = (encoding: Encoding) => (quality.get(encoding) ?? quality.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

/**
 * Hashed assets compressed in memory, lazily: the first request for a file in an encoding
 * compresses it (brotli at a fast level, ~15 ms for the 400 kB entry; gzip at its best, ~12 ms),
 * on libuv's thread pool, not the event loop. Brotli's best level (~0.6 s for the entry) then
 * replaces the fast one in the background, one file at a time so that it never holds more than
 * one of the pool's threads that a first page load needs. The build is a few hundred kB, so the
 * map stays small; only files that exist are kept.
 */
function compressedAssets(staticDir: string) {
  const assets = new Map<string, Promise<CompressedAsset | undefined>>();
  let upgrades: Promise<unknown> = Promise.resolve();

  async function load(name: string): Promise<CompressedAsset | undefined> {
    const path = join(staticDir, 'assets', name);
    const [stats, raw] = await Promise.all([stat(path), readFile(path)]).catch(() => [undefined, undefined] as const);
    if (!stats?.isFile() || !raw) return undefined;
    const made: Partial<Record<Encoding, Promise<Bytes>>> = {};
    const make = (encoding: Encoding): Promise<Bytes> => {
      if (encoding === 'gzip') return gzipAsync(raw, { level: 9 }).then(own);
      const fast = brotliAt(raw, 5);
      // Once the fast one is there, the best one is made after the others queued and takes its place.
      upgrades = upgrades
        .then(() => fast)
        .then(() => brotliAt(raw, 11))
        .then((best) => {
          made.br = Promise.resolve(best);
        })
        .catch(() => undefined);
      return fast;
    };
    return {
      contentType: getMimeType(name) ?? 'application/octet-stream',
      lastModified: stats.mtime.toUTCString(),
      encoded: (encoding) => {
        if (raw.length < MIN_COMPRESS_BYTES) return undefined;
        return (made[encoding] ??= make(encoding));
      },
    };
  }

  return (name: string): Promise<CompressedAsset | undefined> => {
    let asset = assets.get(name);
    if (!asset) {
      asset = load(name);
      assets.set(name, asset);
      // A file that is not there (yet) is looked for again next time, not remembered as missing.
      void asset.then((found) => (found ? undefined : assets.delete(name)));
    }
    return asset;
  };
}

/**
 * Serves the built SPA from `staticDir`. Any other GET path is a client-side route, answered with
 * index.html. A missing hashed asset is a 404, not index.html, so a stale page fails loudly. What
 * public/ holds (robots.txt, the favicon, .well-known/security.txt) is served as it is.
 * Hashed text assets go out brotli- or gzip-compressed when the client accepts it.
 */
export function spaStaticFiles(staticDir: string) {
  const app = new Hono<GatewayEnv>();
  const compressed = compressedAssets(staticDir);

  // Decoded, so `%2e` is a dot too; answered 404 like any missing file, not index.html.
  app.use('*', async (c, next) => {
    if (NOT_FOR_BROWSERS.test(safeDecode(c.req.path))) return c.text('Not found', 404);
    await next();
  });

  app.get(
    '/assets/*',
    async (c, next) => {
      const name = ASSET_PATH.exec(c.req.path)?.[1];
      if (!name || !COMPRESSIBLE.test(name)) return next();
      // A byte range is of the file as it is: left to serveStatic.
      const encoding = c.req.header('Range') ? undefined : negotiateEncoding(c.req.header('Accept-Encoding'));
      const asset = encoding ? await compressed(name) : undefined;
      // A failed compression is answered with the file as it is.
      const body = encoding ? await asset?.encoded(encoding)?.catch(() => undefined) : undefined;
      if (asset && encoding && body) return sendCompressed(c, asset, encoding, body);
      await next();
      if (c.res.status !== 200 && c.res.status !== 206) return;
      // Caches must keep the encodings apart, whichever this answer is.
      c.header('Vary', 'Accept-Encoding');
      c.header('Cache-Control', IMMUTABLE);
    },
    serveStatic({ root: staticDir, onFound: (_path, c) => c.header('Cache-Control', IMMUTABLE) }),
    (c) => c.text('Not found', 404),
  );

  // Browsers and crawlers ask for /favicon.ico by convention; the one icon is the SVG from public/.
  app.get(
    '/favicon.ico',
    serveStatic({ root: staticDir, path: FAVICON, onFound: (_path, c) => c.header('Cache-Control', REVALIDATE) }),
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

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function sendCompressed(c: Context<GatewayEnv>, asset: CompressedAsset, encoding: Encoding, body: Bytes) {
  c.header('Content-Type', asset.contentType);
  c.header('Content-Encoding', encoding);
  c.header('Content-Length', String(body.length));
  c.header('Last-Modified', asset.lastModified);
  c.header('Cache-Control', IMMUTABLE);
  c.header('Vary', 'Accept-Encoding');
  return c.body(body, 200);
}
