import { expect, type Page } from '@playwright/test';
import type { IndexFreshness } from '../src/contract/checkout-search.ts';

/** Waits until the company's (or All companies') index has finished its first pass. */
export async function waitForIndexReady(page: Page, companyId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/companies/${companyId}/checkouts/index`);
        return response.ok() ? ((await response.json()) as IndexFreshness).state : `HTTP ${response.status()}`;
      },
      { timeout: 30_000 },
    )
    .toBe('ready');
}
