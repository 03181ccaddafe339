import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

/**
 * Headless Chromium as the project's machines have it (Debian's build; Playwright's own download
 * does not work here), and the network/CPU profiles the benchmark loads pages under.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

export interface Profile {
  id: 'unthrottled' | 'cpu4x' | 'latency50';
  label: string;
  cpuRate: number;
  /** Added to every request by Chromium's network emulation, so each round trip shows. */
  latencyMs: number;
}

export const PROFILES: readonly Profile[] = [
  { id: 'unthrottled', label: 'unthrottled', cpuRate: 1, latencyMs: 0 },
  { id: 'cpu4x', label: '4x CPU slowdown', cpuRate: 4, latencyMs: 0 },
  { id: 'latency50', label: '50 ms latency', cpuRate: 1, latencyMs: 50 },
];

/**
 * A fresh context (empty cache, no service worker, nothing warmed) that is already signed in: the
 * session cookie is set directly, so a cold load goes straight to the list URL.
 */
export async function signedInContext(browser: Browser, origin: string, sessionCookie: string | undefined): Promise<BrowserContext> {
  // en-GB and a fixed zone, as the end-to-end tests use; 1280 px wide shows a checkout beside the list.
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 800 } });
  if (sessionCookie) {
    await context.addCookies([{ name: 'session', value: sessionCookie, url: origin, httpOnly: true, sameSite: 'Strict' }]);
  }
  return context;
}

/** Applies a profile through the DevTools protocol; must run before the navigation it should affect. */
export async function applyProfile(context: BrowserContext, page: Page, profile: Profile): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  if (profile.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  if (profile.latencyMs > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      // No bandwidth cap: this profile isolates round trips, not bytes.
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  return cdp;
}
