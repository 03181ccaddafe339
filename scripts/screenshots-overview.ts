/**
 * The README's screenshots of the Overview, in English and Swedish, wide and narrow. Run against a
 * sandbox server whose index has finished its first pass (`npm run build && PORT=5710 npm run serve`,
 * then wait for the list to say it is up to date):
 *   BASE_URL=http://127.0.0.1:5710 npx tsx scripts/screenshots-overview.ts
 * Uses Playwright's Chromium when installed, else CHROMIUM_PATH or Debian's.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const outDir = resolve(import.meta.dirname, '../docs/screenshots');
const ownChromium = chromium.executablePath();
const executablePath = existsSync(ownChromium) ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

const VIEWPORTS = { wide: { width: 1280, height: 900 }, narrow: { width: 390, height: 844 } } as const;
const LANGUAGES = {
  en: { locale: 'en-GB', email: 'Email', password: 'Password', signIn: 'Sign in', nav: 'Overview', figure: 'Checkouts per day', showData: 'Show data' },
  sv: { locale: 'sv-SE', email: 'E-post', password: 'Lösenord', signIn: 'Logga in', nav: 'Översikt', figure: 'Köp per dag', showData: 'Visa data' },
} as const;

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [language, words] of Object.entries(LANGUAGES)) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ baseURL, viewport, locale: words.locale, timezoneId: 'Europe/Stockholm', colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByLabel(words.email).fill('admin@sandbox.test');
      await page.getByLabel(words.password).fill('sandbox');
      await page.getByRole('button', { name: words.signIn }).click();
      await page.waitForURL(/\/checkouts/);
      await page.getByRole('link', { name: words.nav }).click();
      await page.getByRole('figure', { name: words.figure }).waitFor({ timeout: 120_000 });
      if (name === 'narrow') {
        // The narrow one shows a data table opened too: the text alternative is part of the page.
        await page.getByRole('figure').last().getByRole('button', { name: words.showData }).click();
      }
      await page.screenshot({ path: `${outDir}/overview-${language}-${name}.png`, fullPage: true });
      await context.close();
    }
  }
} finally {
  await browser.close();
}
