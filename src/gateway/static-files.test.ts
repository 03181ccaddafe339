import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { negotiateEncoding, spaStaticFiles } from './static-files.ts';

const ORIGIN = 'http://127.0.0.1:8080';
const SCRIPT = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, index) => ({ index, label: `row ${index}` })))};\n`;

function builtSpa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'static-files-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Payson checkouts</title>');
  writeFileSync(join(dir, 'assets', 'app-3f9a.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'tiny-1b2c.css'), 'a{color:red}');
  writeFileSync(join(dir, 'assets', 'logo-9d8e.png'), Buffer.alloc(4096, 1));
  return dir;
}

const get = (app: ReturnType<typeof spaStaticFiles>, path: string, headers: Record<string, string> = {}) =>
  app.request(`${ORIGIN}${path}`, { headers });

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, honouring q-values and *', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, identity')).toBeUndefined();
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe('spaStaticFiles, compressed assets', () => {
  it('sends a hashed script brotli- or gzip-compressed as accepted, with Vary, and as it is otherwise', async () => {
    const app = spaStaticFiles(builtSpa());

    const br = await get(app, '/assets/app-3f9a.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toBe('Accept-Encoding');
    expect(br.headers.get('Content-Type')).toMatch(/javascript/);
    expect(br.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('Content-Length'))).toBe(brBody.length);
    expect(brBody.length).toBeLessThan(SCRIPT.length);
    expect(brotliDecompressSync(brBody).toString()).toBe(SCRIPT);

    const gz = await get(app, '/assets/app-3f9a.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);

    const plain = await get(app, '/assets/app-3f9a.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
    expect(plain.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('keeps serving the same bytes once the best brotli level replaced the fast one', async () => {
    const app = spaStaticFiles(builtSpa());
    const read = async () => {
      const response = await get(app, '/assets/app-3f9a.js', { 'Accept-Encoding': 'br' });
      return brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString();
    };
    expect(await read()).toBe(SCRIPT);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await read()).toBe(SCRIPT);
  });

  it('leaves tiny files, already compressed formats and byte ranges as they are', async () => {
    const app = spaStaticFiles(builtSpa());
    const accept = { 'Accept-Encoding': 'br, gzip' };
    const tiny = await get(app, '/assets/tiny-1b2c.css', accept);
    expect(tiny.headers.get('Content-Encoding')).toBeNull();
    expect(await tiny.text()).toBe('a{color:red}');
    const image = await get(app, '/assets/logo-9d8e.png', accept);
    expect(image.status).toBe(200);
    expect(image.headers.get('Content-Encoding')).toBeNull();
    const range = await get(app, '/assets/app-3f9a.js', { ...accept, Range: 'bytes=0-5' });
    expect(range.status).toBe(206);
    expect(range.headers.get('Content-Encoding')).toBeNull();
    expect(await range.text()).toBe(SCRIPT.slice(0, 6));
  });

  it('answers a missing or odd asset path with a 404, never index.html', async () => {
    const app = spaStaticFiles(builtSpa());
    const accept = { 'Accept-Encoding': 'br' };
    for (const path of ['/assets/app-0000.js', '/assets/..%2Findex.html', '/assets/sub/app.js']) {
      const response = await get(app, path, accept);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<title>');
    }
  });

  it('answers HEAD with the compressed answer’s headers', async () => {
    const app = spaStaticFiles(builtSpa());
    const response = await app.request(`${ORIGIN}/assets/app-3f9a.js`, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Encoding')).toBe('br');
    expect(await response.text()).toBe('');
  });
});

/** The top-level public/ folder, as Vite copies it into the build: beside index.html and the assets. */
const PUBLIC_DIR = resolve(import.meta.dirname, '../../public');

function builtSpaWithPublicFiles(): string {
  const dir = builtSpa();
  cpSync(PUBLIC_DIR, dir, { recursive: true });
  return dir;
}

describe('spaStaticFiles, what public/ holds', () => {
  it('answers /robots.txt from the file: no search engine may index an admin tool', async () => {
    const response = await get(spaStaticFiles(builtSpaWithPublicFiles()), '/robots.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/);
    const lines = (await response.text()).split('\n').map((line) => line.trim());
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Disallow: /');
  });

  it('answers /favicon.ico and /favicon.svg with the SVG icon, as an image', async () => {
    const app = spaStaticFiles(builtSpaWithPublicFiles());
    const svg = readFileSync(join(PUBLIC_DIR, 'favicon.svg'), 'utf8');
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const response = await get(app, path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('Content-Type'), path).toMatch(/^image\/svg\+xml(;|$)/);
      expect(await response.text(), path).toBe(svg);
    }
  });

  it('answers /.well-known/security.txt with the RFC 9116 fields, not yet expired', async () => {
    const response = await get(spaStaticFiles(builtSpaWithPublicFiles()), '/.well-known/security.txt');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/);
    const fields = new Map(
      (await response.text())
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'))
        .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    expect(fields.get('contact')).toMatch(/^(mailto:|https:\/\/)/);
    expect(fields.get('preferred-languages')).toBeTruthy();
    // RFC 9116: Expires is required and should be less than a year ahead; renew the file before it passes.
    const expires = Date.parse(fields.get('expires') ?? '');
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires - Date.now()).toBeLessThan(366 * 24 * 3_600_000);
  });

  it('answers these from the files even where the build has none: a 404, never the SPA’s index.html', async () => {
    const app = spaStaticFiles(builtSpa());
    expect((await get(app, '/favicon.ico')).status).toBe(404);
    const page = await get(app, '/checkouts');
    expect(await page.text()).toContain('<title>');
  });
});

describe('spaStaticFiles, files not meant for browsers', () => {
  function builtSpaWithManifest(): string {
    const dir = builtSpa();
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{"index.html":{"file":"assets/app-3f9a.js"}}');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    mkdirSync(join(dir, '.well-known'));
    writeFileSync(join(dir, '.well-known', 'security.txt'), 'Contact: mailto:security@example.se\n');
    return dir;
  }

  it('answers the Vite manifest and other dot-paths with 404, however spelled', async () => {
    const app = spaStaticFiles(builtSpaWithManifest());
    for (const path of ['/.vite/manifest.json', '/.vite/', '/.env', '/%2evite/manifest.json', '/assets/.hidden', '/a/.well-known-not/x']) {
      const response = await get(app, path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('index.html');
    }
  });

  it('still serves .well-known and the SPA', async () => {
    const app = spaStaticFiles(builtSpaWithManifest());
    const securityTxt = await get(app, '/.well-known/security.txt');
    expect(securityTxt.status).toBe(200);
    expect(await securityTxt.text()).toContain('Contact:');
    expect(await (await get(app, '/companies/x/checkouts')).text()).toContain('<title>Payson checkouts</title>');
  });
});
