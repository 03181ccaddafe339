import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const PORT = 5611;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let child: ChildProcess | undefined;
let dataDir: string;

afterEach(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const ok = await fetch(`${ORIGIN}/api/config`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('the server did not start');
}

describe('npm start on SIGTERM', () => {
  it('finishes the request in flight, closes the database and exits 0', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'payson-admin-shutdown-'));
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/start.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOG_REQUESTS: 'off' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    await waitForServer();

    const signIn = await fetch(`${ORIGIN}/api/session`, {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@sandbox.test', password: 'sandbox' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const { companies } = (await (await fetch(`${ORIGIN}/api/companies`, { headers: { Cookie: cookie } })).json()) as { companies: { id: string }[] };
    const fault = await fetch(`${ORIGIN}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ upstream: 'payson', delayMs: 1500 }),
    });
    expect(fault.status).toBe(201);

    const slow = fetch(`${ORIGIN}/api/companies/${companies[0]!.id}/checkouts`, { headers: { Cookie: cookie } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGTERM');

    expect((await slow).status).toBe(200);
    expect(await exited).toBe(0);
    // Stopped taking requests.
    await expect(fetch(`${ORIGIN}/api/config`)).rejects.toThrow();
  }, 120_000);
});
