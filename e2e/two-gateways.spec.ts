import { ACCOUNTS, companyIdOf, expect, sendFirstPaymentRequest, signIn, test } from './fixtures.ts';
import { startTwoGateways, type GatewayProcess, type TwoGateways } from './two-gateways/cluster.ts';

/**
 * Scale-out in a real browser: two gateways on one PostgreSQL database behind a round-robin proxy
 * (a load balancer, nothing sticky), one sandbox. The person signs in once and every request,
 * whichever gateway answers it, is theirs; one gateway stops and the other carries on.
 * Project `two-gateways`: its baseURL is the proxy's origin; the gateways, the sandbox and
 * PostgreSQL listen on the four ports after it.
 */
let cluster: TwoGateways;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const proxyPort = Number(new URL(test.info().project.use.baseURL ?? '').port);
  cluster = await startTwoGateways(proxyPort);
});
test.afterAll(async () => {
  await cluster?.stop();
});

/** The signed-in requests a gateway answered (its own log: a pseudonym, never 'none'). */
const signedInRequests = (gateway: GatewayProcess) => gateway.requests().filter((line) => line.user !== 'none' && line.status === 200);

test('signed in through one gateway, served by both, and still signed in when one stops', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await expect(page.getByRole('table', { name: 'Checkouts' })).toBeVisible();
  const companyId = await companyIdOf(page);

  // Requests land on both gateways in turn; each finds the same person signed in.
  await expect
    .poll(async () => {
      expect((await page.request.get('/api/companies')).status()).toBe(200);
      return cluster.gateways.map((gateway) => signedInRequests(gateway).length > 0);
    })
    .toEqual([true, true]);
  const [first, second] = cluster.gateways.map((gateway) => new Set(signedInRequests(gateway).map((line) => line.user)));
  expect([...first!]).toEqual([...second!]);

  // A payment request, through whichever gateway the proxy picks.
  const checkoutId = await sendFirstPaymentRequest(page, companyId);

  // The gateway that sent it stops (SIGTERM, as a deploy does); the other serves from here on.
  const sender = cluster.gateways.find((gateway) => gateway.requests().some((line) => line.method === 'POST' && line.path.endsWith('/payment-request')));
  expect(sender, 'one gateway sent the payment request').toBeDefined();
  await sender!.stop();
  expect(sender!.child.exitCode).toBe(0);
  const survivor = cluster.gateways.find((gateway) => gateway !== sender)!;
  const servedBefore = survivor.requests().length;

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Order items' })).toBeVisible();
  await page.getByRole('link', { name: 'Activity' }).click();
  const table = page.getByRole('table', { name: 'Activity' });
  const row = table.getByRole('row').filter({ hasText: 'Sent payment request' }).first();
  await expect(row).toContainText(ACCOUNTS.admin);
  await expect(row.getByRole('link')).toHaveAttribute('href', `/companies/${companyId}/checkouts/${checkoutId}`);
  expect(survivor.requests().slice(servedBefore).some((line) => line.path === '/api/activity' && line.status === 200 && line.user !== 'none')).toBe(true);
});
