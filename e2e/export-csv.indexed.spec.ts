import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ACCOUNTS, companyIdOf, expect, signIn, test } from './fixtures.ts';
import { parseCsv } from './csv.ts';
import { waitForIndexReady } from './index-ready.ts';

/** Issue 13's "Export CSV": every checkout matching the list's search and filters, not just the page. */

async function exportedCsv(page: Page): Promise<{ download: Download; records: string[][] }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const text = await readFile((await download.path())!, 'utf8');
  return { download, records: parseCsv(text.replace(/^\uFEFF/, '')) };
}

/** The list's total as the screen says it ("1,234 checkouts"). */
async function shownTotal(page: Page): Promise<number> {
  const summary = page.getByText(/^[\d,]+ checkouts?$/).first();
  await expect(summary).toBeVisible();
  return Number((await summary.textContent())!.replace(/\D/g, ''));
}

test('exports exactly the rows of the filter, with a header row and no identity numbers, and Activity shows it', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await waitForIndexReady(page, companyId);
  await page.goto(`/companies/${companyId}/checkouts?status=readyToShip&status=shipped&pageSize=20`);
  const table = page.getByRole('table', { name: 'Checkouts' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const total = await shownTotal(page);
  // More rows than one page: the export is the filter, not the page.
  expect(total).toBeGreaterThan(20);
  const api = await page.request.get(`/api/companies/${companyId}/checkouts?status=readyToShip&status=shipped`);
  expect(((await api.json()) as { totalCount: number }).totalCount).toBe(total);

  const { download, records } = await exportedCsv(page);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const [header, ...rows] = records;
  expect(header).toEqual(expect.arrayContaining(['Checkout id', 'Status', 'Amount', 'Currency']));
  expect(rows).toHaveLength(total);
  const status = header!.indexOf('Status');
  expect(new Set(rows.map((row) => row[status]!.toLowerCase()))).toEqual(new Set(['readytoship', 'shipped']));
  expect(header!.join(',')).not.toMatch(/identity|personnummer|ssn/i);
  // A Swedish personal identity number (YYMMDDNNNN, with or without a dash or the century) appears nowhere.
  expect(rows.flat().some((value) => /^(\d{2})?\d{6}[-+]?\d{4}$/.test(value))).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: `Exported ${total.toLocaleString('en-GB')} rows` })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  const activity = page.getByRole('table', { name: 'Activity' });
  const entry = activity.getByRole('row').filter({ hasText: 'Exported data' }).first();
  await expect(entry).toContainText(ACCOUNTS.admin);
});

test('a search exports only what it finds', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await waitForIndexReady(page, companyId);
  const first = (await (await page.request.get(`/api/companies/${companyId}/checkouts?status=readyToShip`)).json()) as {
    data: { customer?: { lastName?: string } }[];
  };
  const lastName = first.data.find((row) => row.customer?.lastName)!.customer!.lastName!;
  await page.goto(`/companies/${companyId}/checkouts?q=${encodeURIComponent(lastName)}`);
  await expect(page.getByRole('table', { name: 'Checkouts' }).getByRole('row').nth(1)).toBeVisible();
  const total = await shownTotal(page);

  const { records } = await exportedCsv(page);
  expect(records.length - 1).toBe(total);
});
