import type { Page } from '@playwright/test';
import type { IndexFreshness } from '../src/contract/checkout-search.ts';
import { ACCOUNTS, companyIdOf, expect, serverListPage, signIn, test } from './fixtures.ts';
import { addCheckoutInPayson, changeCheckoutInPayson } from './sandbox-control.ts';

/**
 * Issue 13's list screen over the index: search as one types, filters, sorting, page size,
 * freshness and "Refresh now". Each journey adds its own checkouts to Payson under a surname of its
 * own, so it finds exactly those whatever the generated data holds.
 */

// Each journey waits for the first pass and a refresh of a 300-checkout company.
test.describe.configure({ timeout: 60_000 });

async function freshness(page: Page, companyId: string): Promise<IndexFreshness> {
  return (await (await page.request.get(`/api/companies/${companyId}/checkouts/index`)).json()) as IndexFreshness;
}

/** Signed in as the company's administrator, on its list once its first pass is done. */
async function openIndexedList(page: Page): Promise<string> {
  await signIn(page, ACCOUNTS.admin);
  const companyId = await companyIdOf(page);
  await expect.poll(async () => (await freshness(page, companyId)).state, { timeout: 30_000 }).toBe('ready');
  await page.reload();
  await expect(searchBox(page)).toBeEnabled();
  return companyId;
}

/** A surname of letters only, new to this run: "Östlund" + five letters. */
function uniqueSurname(): string {
  const letters = Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `Östlund${letters}`;
}

/** What the search field finds it by: no accent, no capital. */
function typed(surname: string): string {
  return surname.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: 'Search checkouts' });
}

function table(page: Page) {
  return page.getByRole('table', { name: 'Checkouts' });
}

/** The rows' customer names, in order (each row is named by its customer). */
function customerNames(page: Page) {
  return table(page).locator('tbody').getByRole('rowheader');
}

/**
 * Payson's new checkouts reach the index with the next refresh, which "Refresh now" asks for; the
 * list reads its rows again once the refresh is done (the button waits while one already runs).
 */
async function refreshNow(page: Page) {
  await page.getByRole('button', { name: 'Refresh now' }).click();
}

/** Until the refresh is done the search may find nothing yet: the rows come when it is. */
const AFTER_REFRESH = { timeout: 15_000 };

/** The status filter's button (the Status column's header is a button too, for sorting). */
function statusFilterButton(page: Page) {
  return page.getByRole('button', { name: 'Status' }).and(page.locator('[popovertarget]'));
}

test('finds a checkout as one types: by name without its accents, by e-mail, by merchant reference', async ({ page }) => {
  const companyId = await openIndexedList(page);
  const surname = uniqueSurname();
  const email = `elsa.${typed(surname)}@example.se`;
  const reference = `BOK-${typed(surname).toUpperCase()}`;
  await addCheckoutInPayson(page.request, companyId, { firstName: 'Elsa', lastName: surname, email, reference, status: 'readyToShip' });
  await refreshNow(page);

  await searchBox(page).pressSequentially(typed(surname), { delay: 30 });
  await expect(page).toHaveURL(new RegExp(`[?&]q=${typed(surname)}`));
  await expect(customerNames(page)).toHaveText([`Elsa ${surname}`], AFTER_REFRESH);
  await expect(page.getByText('Page 1 of 1')).toBeVisible();
  await expect(page.getByText('1 checkout', { exact: true })).toBeVisible();
  await expect(searchBox(page)).toBeFocused();

  await searchBox(page).fill(email.toUpperCase());
  await expect(customerNames(page)).toHaveText([`Elsa ${surname}`]);
  await expect(table(page).getByRole('cell', { name: email })).toBeVisible();

  await searchBox(page).fill(reference.toLowerCase());
  await expect(customerNames(page)).toHaveText([`Elsa ${surname}`]);

  await searchBox(page).press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(customerNames(page)).toHaveCount(20);
});

test('filters by several statuses, by amount and by the day created, and clears the filters', async ({ page }) => {
  const companyId = await openIndexedList(page);
  const surname = uniqueSurname();
  for (const [firstName, status, amount] of [
    ['Anna', 'readyToShip', 150],
    ['Bo', 'shipped', 1200.5],
    ['Cecilia', 'canceled', 2400],
  ] as const) {
    await addCheckoutInPayson(page.request, companyId, { firstName, lastName: surname, status, amount });
  }
  await refreshNow(page);
  await searchBox(page).fill(typed(surname));
  await expect(customerNames(page)).toHaveCount(3, AFTER_REFRESH);

  // Several statuses: the filter's checkboxes.
  await statusFilterButton(page).click();
  // Each box applies at once, through the URL: clicked, then seen checked.
  await page.getByRole('checkbox', { name: /^Ready to ship/ }).click();
  await expect(page.getByRole('checkbox', { name: /^Ready to ship/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /^Shipped/ }).click();
  await expect(page.getByRole('checkbox', { name: /^Shipped/ })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/status=readyToShip&status=shipped/);
  // Made within the same second: newest first cannot tell them apart, so no order is asserted.
  await expect(customerNames(page)).toHaveCount(2);
  await expect(customerNames(page).filter({ hasText: `Bo ${surname}` })).toHaveCount(1);
  await expect(customerNames(page).filter({ hasText: `Anna ${surname}` })).toHaveCount(1);

  // Amounts as Swedes write them; a wrong one stays in its field with a message.
  await page.getByLabel('Amount from', { exact: true }).fill('1 200,50');
  await page.getByLabel('Amount from', { exact: true }).press('Enter');
  await expect(customerNames(page)).toHaveText([`Bo ${surname}`]);
  await page.getByLabel('Amount to', { exact: true }).fill('a lot');
  await page.getByLabel('Amount to', { exact: true }).press('Enter');
  await expect(page.getByText('Enter an amount, like 1,200.50.')).toBeVisible();
  await expect(page.getByLabel('Amount to', { exact: true })).toHaveValue('a lot');
  await page.getByLabel('Amount to', { exact: true }).fill('1200');
  await page.getByLabel('Amount to', { exact: true }).press('Enter');
  await expect(table(page).getByText('No checkouts match')).toBeVisible();
  await page.getByRole('button', { name: /^Remove filter: Amount to/ }).click();
  await page.getByRole('button', { name: /^Remove filter: Amount from/ }).click();
  await expect(customerNames(page)).toHaveCount(2);

  // The day they were created, in the company's time zone (Payson's times are its wall clock).
  const { data } = await serverListPage(page, companyId, `q=${typed(surname)}`);
  const day = (data[0] as unknown as { history: { created: string } }).history.created.slice(0, 10);
  const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Created from', { exact: true }).fill(day);
  await page.getByLabel('Created to', { exact: true }).fill(day);
  await expect(page).toHaveURL(new RegExp(`createdFrom=${day}&createdTo=${day}`));
  await expect(customerNames(page)).toHaveCount(2);
  await page.getByLabel('Created from', { exact: true }).fill(next);
  await page.getByLabel('Created to', { exact: true }).fill(next);
  await expect(table(page).getByText('No checkouts match')).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByLabel('Created from', { exact: true })).toHaveValue('');
  await expect(customerNames(page)).toHaveCount(20);
});

test('sorts by a column header, ascending first, with aria-sort, and keeps the order in the URL', async ({ page }) => {
  const companyId = await openIndexedList(page);
  const surname = uniqueSurname();
  for (const [firstName, amount] of [['Doris', 300], ['Ebbe', 100], ['Frida', 200]] as const) {
    await addCheckoutInPayson(page.request, companyId, { firstName, lastName: surname, amount, status: 'readyToShip' });
  }
  await refreshNow(page);
  await searchBox(page).fill(typed(surname));
  // Newest first by default (these three were made within a second or so: their order is not asserted).
  await expect(customerNames(page)).toHaveCount(3, AFTER_REFRESH);
  await expect(page.getByRole('columnheader', { name: 'Created' })).toHaveAttribute('aria-sort', 'descending');

  const amount = page.getByRole('columnheader', { name: 'Amount' });
  await amount.getByRole('button', { name: 'Amount' }).click();
  await expect(amount).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=amount&dir=asc/);
  await expect(customerNames(page)).toHaveText([`Ebbe ${surname}`, `Frida ${surname}`, `Doris ${surname}`]);

  await amount.getByRole('button', { name: 'Amount' }).click();
  await expect(amount).toHaveAttribute('aria-sort', 'descending');
  await expect(customerNames(page)).toHaveText([`Doris ${surname}`, `Frida ${surname}`, `Ebbe ${surname}`]);

  const customer = page.getByRole('columnheader', { name: 'Customer' });
  await customer.getByRole('button', { name: 'Customer' }).click();
  await expect(customer).toHaveAttribute('aria-sort', 'ascending');
  await expect(customerNames(page)).toHaveText([`Doris ${surname}`, `Ebbe ${surname}`, `Frida ${surname}`]);

  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'Customer' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(customerNames(page)).toHaveText([`Doris ${surname}`, `Ebbe ${surname}`, `Frida ${surname}`]);
});

test('remembers the page size: after a reload and on the list opened afresh', async ({ page }) => {
  const companyId = await openIndexedList(page);
  await expect(customerNames(page)).toHaveCount(20);
  const { totalPages } = await serverListPage(page, companyId, 'pageSize=50');

  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('50');
  await expect(customerNames(page)).toHaveCount(50);
  await expect(page.getByText(`Page 1 of ${totalPages}`)).toBeVisible();

  await page.reload();
  await expect(customerNames(page)).toHaveCount(50);
  await page.goto(`/companies/${companyId}/checkouts`);
  await expect(page.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('50');
  await expect(customerNames(page)).toHaveCount(50);
  await expect(page.getByText(`Page 1 of ${totalPages}`)).toBeVisible();
});

test('says how fresh the list is, and a checkout changed in Payson shows its new status after "Refresh now"', async ({ page }) => {
  const companyId = await openIndexedList(page);
  await expect(page.getByText(/^Updated (just now|\d+ minutes? ago)$/)).toBeVisible();
  const surname = uniqueSurname();
  const id = await addCheckoutInPayson(page.request, companyId, { firstName: 'Gustav', lastName: surname, status: 'readyToShip' });
  await refreshNow(page);
  await searchBox(page).fill(typed(surname));
  const row = table(page).getByRole('row', { name: new RegExp(`Gustav ${surname}`) });
  await expect(row.getByText('Ready to ship')).toBeVisible(AFTER_REFRESH);

  // Shipped in Payson's own admin, not through the dashboard.
  await changeCheckoutInPayson(page.request, id, 'shipped');
  await refreshNow(page);
  await expect(row.getByText('Shipped')).toBeVisible(AFTER_REFRESH);
  await expect(page.getByText(/^Updated just now$/)).toBeVisible(AFTER_REFRESH);
});
