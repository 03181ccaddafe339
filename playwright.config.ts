import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, defineConfig } from '@playwright/test';
import { writeE2eFixture } from './e2e/fixtures/e2e-fixture.ts';

/**
 * End-to-end journeys run against the built app served by the real gateway in sandbox mode, the
 * same code `npm start` runs. Two servers: one on generated data, one on a fixture file whose
 * checkouts include the seed's sample and hostile ones (`*.fixture.spec.ts`); and a third on
 * generated data whose tokens carry no roles, for the role journeys (project `token-without-roles`).
 *
 * Playwright cannot download its browser on our machines, so it uses its own Chromium when one is
 * installed and Debian's otherwise.
 */
const ownChromium = chromium.executablePath();
const executablePath = existsSync(ownChromium) ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

const generatedPort = Number(process.env.E2E_PORT ?? 4311);
const fixturePort = generatedPort + 1;
// The fixture server's sandbox listens on a fixed port so the fixture's good snippets can name it.
const fixtureSandboxPort = generatedPort + 2;
// A sandbox whose tokens carry no role claims (SANDBOX_TOKEN_ROLES=none): roles come from BokaMera.
const tokenWithoutRolesPort = generatedPort + 3;
// Two gateways behind a round-robin proxy on this port, started by the spec itself (e2e/two-gateways/):
// the proxy here, the gateways, their sandbox and PostgreSQL on the four ports after it.
const twoGatewaysPort = generatedPort + 10;
// Issue 13's journeys: the index on, on generated data small enough for a first pass in seconds.
const indexedPort = generatedPort + 5;
const fixtureFile = resolve(import.meta.dirname, 'e2e/.generated/e2e-fixture.json');
writeE2eFixture(fixtureFile, `http://127.0.0.1:${fixtureSandboxPort}`);

// Each server's embedded database (PGlite) and generated session key in a folder of its own.
const dataDir = (name: string) => mkdtempSync(join(tmpdir(), `payson-admin-e2e-${name}-`));

const server = (port: number, env: Record<string, string>) => ({
  command: 'npx tsx src/server/start.ts',
  url: `http://127.0.0.1:${port}/api/config`,
  reuseExistingServer: false,
  timeout: 60_000,
  // A short upstream timeout keeps the fault journeys (e2e/faults-*.spec.ts) fast; the sandbox answers in milliseconds.
  env: { PORT: String(port), LOG_REQUESTS: 'off', SANDBOX_TOKEN_TTL_SECONDS: '300', UPSTREAM_TIMEOUT_MS: '2000', DATA_DIR: dataDir(String(port)), ...env },
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // Journeys change shared sandbox state (a payment request ships a checkout): one at a time.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    {
      name: 'generated',
      testIgnore: [/\.fixture\.spec\.ts$/, /\.indexed\.spec\.ts$/, /two-gateways\.spec\.ts$/],
      use: { baseURL: `http://127.0.0.1:${generatedPort}` },
    },
    {
      name: 'fixture',
      testMatch: /\.fixture\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${fixturePort}` },
    },
    {
      name: 'token-without-roles',
      testMatch: /roles-from-bokamera\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${tokenWithoutRolesPort}` },
    },
    {
      name: 'indexed',
      testMatch: /\.indexed\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${indexedPort}` },
    },
    {
      name: 'two-gateways',
      testMatch: /two-gateways\.spec\.ts$/,
      timeout: 60_000,
      use: { baseURL: `http://127.0.0.1:${twoGatewaysPort}` },
    },
  ],
  // The existing projects run with INDEX=off: their journeys are about Payson's own paging and calls.
  webServer: [
    server(generatedPort, { SANDBOX_SEED: 'e2e', INDEX: 'off' }),
    // One trusted proxy hop, so the sign-in throttle journey can stand for several clients with X-Forwarded-For.
    server(fixturePort, { SANDBOX_FIXTURE: fixtureFile, SANDBOX_PORT: String(fixtureSandboxPort), TRUSTED_PROXIES: '1', INDEX: 'off' }),
    server(tokenWithoutRolesPort, { SANDBOX_SEED: 'e2e', SANDBOX_TOKEN_ROLES: 'none', INDEX: 'off' }),
    // 300 checkouts per company: a first pass of 15 pages; refreshes every 3 s so "behind Payson's back" shows soon.
    server(indexedPort, { SANDBOX_SEED: 'e2e', SANDBOX_CHECKOUTS_PER_COMPANY: '300', INDEX_REFRESH_SECONDS: '3' }),
  ],
});
