/**
 * The list with a search active (issue 13), in English and Swedish, wide and narrow, for the
 * README. Run against a sandbox server with the index on, e.g.
 *   npm run build && SANDBOX_CHECKOUTS_PER_COMPANY=300 PORT=5710 npm run serve
 *   BASE_URL=http://127.0.0.1:5710 npx tsx scripts/screenshots-search.ts
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
  en: { locale: 'en-GB', email: 'Email', password: 'Password', signIn: 'Sign in', search: 'Search checkouts', table: 'Checkouts' },
  sv: { locale: 'sv-SE', email: 'E-post', password: 'Lösenord', signIn: 'Logga in', search: 'Sök köp', table: 'Köp' },
} as const;

/** A surname common enough in the generated data to show a page of matches, typed without accents. */
const QUERY = 'lund';

async function searchedList(page: Page, text: (typeof LANGUAGES)[keyof typeof LANGUAGES]): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(text.email).fill('admin@sandbox.test');
  await page.getByLabel(text.password).fill('sandbox');
  await page.getByRole('button', { name: text.signIn }).click();
  const search = page.getByRole('searchbox', { name: text.search });
  // The first pass of a fresh server takes a few seconds; reload until search is ready.
  for (let attempt = 0; attempt < 30 && !(await search.isEnabled().catch(() => false)); attempt += 1) {
    await page.waitForTimeout(1000);
    await page.reload();
  }
  await search.fill(QUERY);
  await page.waitForURL(/q=lund/);
  await page.getByRole('table', { name: text.table }).locator('tbody tr').first().waitFor();
  // A screenshot, not a test: let the rows settle after the search.
  await page.waitForTimeout(800);
}

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const [language, text] of Object.entries(LANGUAGES)) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ baseURL, viewport, locale: text.locale, timezoneId: 'Europe/Stockholm', colorScheme: 'light' });
      const page = await context.newPage();
      await searchedList(page, text);
      const suffix = name === 'wide' ? '' : '-narrow';
      await page.screenshot({ path: `${outDir}/list-search-${language}${suffix}.png` });
      await context.close();
    }
  }
} finally {
  await browser.close();
}
