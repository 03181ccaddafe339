import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../gateway/db/testing/test-databases.ts';
import { assertSandboxMayListen } from './sandbox-exposure.ts';

/**
 * The start-up scripts as people run them, each in its own process: the sandbox alone
 * (`npm run sandbox`), a gateway in live mode on the environment it printed, and both refusing to
 * expose the sandbox beyond loopback.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const START_UP_MS = 45_000;
const children: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(children.map((child) => stop(child)));
});

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs one of the scripts as `tsx` runs it for npm, with only the given environment beside PATH and HOME. */
function run(script: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_REQUESTS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

async function until<T>(what: string, running: Running, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + START_UP_MS;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== undefined) return found;
    if (running.child.exitCode !== null) throw new Error(`${what}: the process exited: ${running.stderr()}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`${what}: not within ${START_UP_MS} ms: ${running.stderr()}`);
}

/** The `NAME=value` lines a process printed, once all `names` are there. */
function printedEnv(running: Running, names: string[]): Promise<Record<string, string>> {
  return until('the printed environment', running, () => {
    const env = Object.fromEntries(
      running
        .stdout()
        .split('\n')
        .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
        .filter((match) => match !== null)
        .map((match) => [match[1], match[2]]),
    ) as Record<string, string>;
    return names.every((name) => env[name]) ? env : undefined;
  });
}

/** A port nobody listens on now, for the gateway (whose PORT must be named). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const GATEWAY_ENV = ['IDENTITY_URL', 'BOKAMERA_URL', 'BOKAMERA_API_KEY', 'PAYSON_URL', 'PAYSON_EMBED_URLS'];

describe('npm run sandbox', () => {
  it('is the script run here', () => {
    const scripts = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.sandbox).toBe('tsx src/server/sandbox.ts');
  });

  it(
    'runs the sandbox alone, prints a gateway’s live environment, and a live gateway signs in through it',
    async () => {
      const sandbox = run('src/server/sandbox.ts', { SANDBOX_SEED: 'alone', SANDBOX_CHECKOUTS_PER_COMPANY: '60' });
      const env = await printedEnv(sandbox, ['SANDBOX_URL', ...GATEWAY_ENV]);
      const origin = env.SANDBOX_URL ?? '';
      expect(new URL(origin).hostname).toBe('127.0.0.1');
      for (const name of GATEWAY_ENV) expect(env[name], name).toBeTruthy();

      // One upstream call straight to the sandbox: a password grant at its identity provider.
      const grant = await fetch(`${env.IDENTITY_URL}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', client_id: 'bm-external-api-users', username: 'reader@sandbox.test', password: 'sandbox' }),
      });
      expect(grant.status).toBe(200);
      expect(await grant.json()).toMatchObject({ access_token: expect.any(String) });

      // Its control routes on its own origin: the log saw the grant; a reset takes JSON only.
      const log = (await (await fetch(`${origin}/__sandbox/requests`)).json()) as { requests: { upstream: string; status: number }[] };
      expect(log.requests).toContainEqual(expect.objectContaining({ upstream: 'identity', status: 200 }));
      expect((await fetch(`${origin}/__sandbox/reset`, { method: 'POST', body: '{}' })).status).toBe(415);
      expect((await fetch(`${origin}/__sandbox/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(204);

      // A gateway on that environment is in live mode, and works end to end.
      const port = await freePort();
      const gatewayOrigin = `http://127.0.0.1:${port}`;
      const gateway = run('src/server/start.ts', { ...env, PORT: String(port), PUBLIC_ORIGIN: gatewayOrigin, SESSION_SECRET: randomBytes(32).toString('base64url'), DATABASE_URL: await createPostgresDatabase() });
      await until('the gateway', gateway, () => (gateway.stdout().includes('(live mode)') ? true : undefined));
      const signIn = await fetch(`${gatewayOrigin}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: gatewayOrigin },
        body: JSON.stringify({ email: 'admin@sandbox.test', password: 'sandbox' }),
      });
      expect(signIn.status).toBe(200);
      const { user } = (await signIn.json()) as { user: { email: string; companyId: string } };
      expect(user.email).toBe('admin@sandbox.test');
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const list = await fetch(`${gatewayOrigin}/api/companies/${user.companyId}/checkouts?page=1`, { headers: { cookie } });
      expect(list.status).toBe(200);
      expect(((await list.json()) as { data: unknown[] }).data).toHaveLength(20);

      // In live mode the gateway has no control routes; the sandbox saw the gateway's calls.
      expect((await fetch(`${gatewayOrigin}/__sandbox/requests`)).status).toBe(404);
      const upstreams = (await (await fetch(`${origin}/__sandbox/requests`)).json()) as { requests: { upstream: string }[] };
      expect(new Set(upstreams.requests.map((call) => call.upstream))).toEqual(new Set(['identity', 'bokamera', 'payson']));

      await stop(gateway.child);
      await stop(sandbox.child);
      expect(await sandbox.exited).toBe(0);
    },
    2 * START_UP_MS,
  );
});

describe('the sandbox fails closed', () => {
  for (const script of ['src/server/start.ts', 'src/server/sandbox.ts']) {
    it(
      `${script} refuses a non-loopback HOST without live configuration, and says why`,
      async () => {
        const refused = run(script, { HOST: '0.0.0.0', PORT: String(await freePort()) });
        expect(await refused.exited).not.toBe(0);
        expect(refused.stderr()).toMatch(/Refusing to start: HOST=0\.0\.0\.0 is not a loopback address/);
        expect(refused.stderr()).toContain('SANDBOX=1');
        expect(refused.stdout()).not.toMatch(/IDENTITY_URL=|sandbox mode/);
      },
      START_UP_MS,
    );
  }

  it('lets loopback through, and another address only with SANDBOX=1', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) expect(() => assertSandboxMayListen(host, {}), host).not.toThrow();
    for (const host of ['0.0.0.0', '::', '192.168.1.2']) {
      expect(() => assertSandboxMayListen(host, {}), host).toThrow(/SANDBOX=1/);
      expect(() => assertSandboxMayListen(host, { SANDBOX: '1' }), host).not.toThrow();
      expect(() => assertSandboxMayListen(host, { SANDBOX: 'true' }), host).toThrow();
    }
  });
});
