import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from './start-sandbox.ts';
import { listPage, payson, paysonAuthorization, signIn, startTestSandbox } from './test-support.ts';

/**
 * A million checkouts (2 × 500,000), generated lazily: a list page must answer well under a second.
 * The figures are printed; the assertion is generous so that a slow machine does not fail it.
 */

const RUNS = 15;
let sandbox: RunningSandbox;
let authorization = '';

beforeAll(async () => {
  sandbox = await startTestSandbox({ checkoutsPerCompany: 500_000 });
  authorization = await paysonAuthorization(sandbox, (await signIn(sandbox, 'admin@sandbox.test')).access_token);
});
afterAll(() => sandbox.close());

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function medianMs(path: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    times.push(await timed(async () => expect((await payson(sandbox, path, authorization)).status).toBe(200)));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Infinity;
}

describe('a list page at 1,000,000 checkouts', () => {
  it('answers well under a second', async () => {
    const first = await listPage(sandbox, authorization);
    expect(first.totalCount).toBe(500_000);
    const coldStatusMs = await timed(() => listPage(sandbox, authorization, '?status=readyToShip'));
    const ready = await listPage(sandbox, authorization, '?status=readyToShip');
    const deepReadyPage = Math.max(1, ready.totalPages - 3);

    const figures = {
      'first status list (builds the index)': coldStatusMs,
      'all, page 1': await medianMs('/Checkouts?page=1'),
      'all, page 20000': await medianMs('/Checkouts?page=20000'),
      'readyToShip, page 1': await medianMs('/Checkouts?status=readyToShip&page=1'),
      [`readyToShip, page ${deepReadyPage}`]: await medianMs(`/Checkouts?status=readyToShip&page=${deepReadyPage}`),
      'paidToAccount, page 10000': await medianMs('/Checkouts?status=PaidToAccount&page=10000'),
      'one checkout by id': await medianMs(`/Checkouts/${String(ready.data[0]?.id)}`),
    };
    console.log(
      `1,000,000 checkouts (${ready.totalCount} readyToShip in the first company); median of ${RUNS} runs, ms:\n` +
        Object.entries(figures).map(([name, ms]) => `  ${name}: ${ms.toFixed(1)}`).join('\n'),
    );
    const { 'first status list (builds the index)': indexBuildMs, ...pages } = figures;
    expect(indexBuildMs).toBeLessThan(10_000);
    for (const ms of Object.values(pages)) expect(ms).toBeLessThan(1000);
  }, 60_000);
});
