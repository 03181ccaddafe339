/**
 * The README's screenshots, in Swedish: the list and a checkout, wide and narrow. Run against a
 * sandbox server (`npm run build && PORT=5710 npm run serve`):
 *   BASE_URL=http://127.0.0.1:5710 npx tsx scripts/screenshots.ts
 * Uses Playwright's Chromium when installed, else CHROMIUM_PATH or Debian's.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const outDir = resolve(import.meta.dirname, '../docs/screenshots');
const ownChromium = chromium.executablePath();
const executablePath = existsSync(ownChromium) ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

const VIEWPORTS = { wide: { width: 1440, height: 900 }, narrow: { width: 390, height: 844 } } as const;

async function signIn(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-post').fill('admin@sandbox.test');
  await page.getByLabel('Lösenord').fill('sandbox');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('table', { name: 'Köp' }).getByRole('row').nth(1).waitFor();
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ baseURL, viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', colorScheme: 'light' });
    const page = await context.newPage();
    await signIn(page);
    await page.screenshot({ path: `${outDir}/list-sv-${name}.png` });
    const row = page.getByRole('table', { name: 'Köp' }).getByRole('row').filter({ hasText: 'Redo att skicka' }).first();
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Orderrader' }).waitFor();
    // Let the preview frame paint; a screenshot, not a test, so a pause is fine.
    await page.getByRole('heading', { name: 'Historik' }).waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${outDir}/checkout-sv-${name}.png`, fullPage: name === 'narrow' });
    await context.close();
  }
} finally {
  await browser.close();
}
