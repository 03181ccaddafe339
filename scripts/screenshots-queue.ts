/**
 * Screenshots of issue 13's work queue ("Needs attention") and superadmins' All companies, in
 * English and Swedish, wide and narrow. Run against a sandbox server whose index is on and past its
 * first pass (`npm run build && PORT=5460 npm run serve`, then wait for the list to say it is up to date):
 *   BASE_URL=http://127.0.0.1:5460 npx tsx scripts/screenshots-queue.ts
 * Uses Playwright's Chromium when installed, else CHROMIUM_PATH or Debian's.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const outDir = resolve(import.meta.dirname, '../docs/screenshots');
const ownChromium = chromium.executablePath();
const executablePath = existsSync(ownChromium) ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

const VIEWPORTS = { wide: { width: 1280, height: 860 }, narrow: { width: 390, height: 844 } } as const;
const LANGUAGES = {
  en: { locale: 'en-GB', email: 'Email', password: 'Password', signIn: 'Sign in', table: 'Checkouts', company: 'Company', all: 'All companies', attention: 'Needs attention', main: 'Main' },
  sv: { locale: 'sv-SE', email: 'E-post', password: 'Lösenord', signIn: 'Logga in', table: 'Köp', company: 'Företag', all: 'Alla företag', attention: 'Behöver åtgärd', main: 'Huvudmeny' },
} as const;
type Words = (typeof LANGUAGES)[keyof typeof LANGUAGES];

async function signIn(page: Page, words: Words, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill('sandbox');
  await page.getByRole('button', { name: words.signIn }).click();
  await page.getByRole('table', { name: words.table }).getByRole('row').nth(1).waitFor();
}

async function firstRows(page: Page, words: Words): Promise<void> {
  await page.getByRole('table', { name: words.table }).getByRole('row').nth(2).waitFor();
  // A screenshot, not a test: let the last paint settle.
  await page.waitForTimeout(500);
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [language, words] of Object.entries(LANGUAGES)) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ baseURL, viewport, locale: words.locale, timezoneId: 'Europe/Stockholm', colorScheme: 'light' });
      const page = await context.newPage();

      await signIn(page, words, 'admin@sandbox.test');
      await page.getByRole('navigation', { name: words.main }).getByRole('link', { name: words.attention }).click();
      await firstRows(page, words);
      await page.screenshot({ path: `${outDir}/needs-attention-${language}-${size}.png`, fullPage: size === 'narrow' });

      await context.clearCookies();
      await signIn(page, words, 'superadmin@sandbox.test');
      await page.getByRole('combobox', { name: words.company }).selectOption({ label: words.all });
      await page.waitForURL(/\/companies\/all\/checkouts/);
      await firstRows(page, words);
      await page.screenshot({ path: `${outDir}/all-companies-${language}-${size}.png`, fullPage: size === 'narrow' });
      await context.close();
    }
  }
} finally {
  await browser.close();
}
