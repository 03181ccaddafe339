import type { BundleSizes } from './bundle-size.ts';
import type { ColdLoadSummary } from './first-row.ts';
import type { GatewayLoad } from './gateway-load.ts';
import type { HeapResult } from './heap.ts';
import type { InteractionSummary } from './interactions.ts';

/** The budgets, each checked against the measured figure. */

export interface BudgetCheck {
  budget: string;
  limit: string;
  measured: string;
  met: boolean;
}

/** A frame at 60 Hz. */
const FRAME_MS = 1000 / 60;
/** What may stay on the heap after the cache let go, over the warmed-up baseline. */
const HEAP_RESIDUE_LIMIT_MB = 2;

export interface Measured {
  bundle: BundleSizes;
  firstRow: ColdLoadSummary[];
  interactions: InteractionSummary[];
  heap: HeapResult;
  gateway: GatewayLoad;
}

function ratio(firstRow: ColdLoadSummary[], profile: ColdLoadSummary['profile']): { app: number; plain: number; ratio: number } {
  const app = firstRow.find((row) => row.target === 'app' && row.profile === profile)?.firstRowMs ?? Number.NaN;
  const plain = firstRow.find((row) => row.target === 'plain' && row.profile === profile)?.firstRowMs ?? Number.NaN;
  return { app, plain, ratio: app / plain };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function checkBudgets(measured: Measured): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const jsGzipKB = measured.bundle.firstScreenJs.gzipBytes / 1000;
  checks.push({ budget: 'First-screen JavaScript, gzip', limit: '≤ 150 kB', measured: `${jsGzipKB.toFixed(1)} kB`, met: jsGzipKB <= 150 });

  const unthrottled = ratio(measured.firstRow, 'unthrottled');
  checks.push({
    budget: 'First row, unthrottled, vs plain HTML table',
    limit: '≤ 5×',
    measured: `${unthrottled.ratio.toFixed(2)}× (${ms(unthrottled.app)} vs ${ms(unthrottled.plain)})`,
    met: unthrottled.ratio <= 5,
  });
  const latency = ratio(measured.firstRow, 'latency50');
  checks.push({
    budget: 'First row, 50 ms latency, vs plain HTML table',
    limit: '≤ 2.5×',
    measured: `${latency.ratio.toFixed(2)}× (${ms(latency.app)} vs ${ms(latency.plain)})`,
    met: latency.ratio <= 2.5,
  });

  const interaction = (name: InteractionSummary['name']) => measured.interactions.find((entry) => entry.name === name);
  const labels: Record<InteractionSummary['name'], string> = {
    nextPage: 'Next page (prefetched), click → rows',
    statusFilter: 'Status filter change → rows',
    openCheckout: 'Open a checkout (first), click → content',
    openAnotherCheckout: 'Open another checkout, click → content',
  };
  for (const name of ['nextPage', 'statusFilter', 'openCheckout', 'openAnotherCheckout'] as const) {
    const entry = interaction(name);
    const value = entry?.latencyMs ?? Number.NaN;
    checks.push({ budget: labels[name], limit: '≤ 100 ms', measured: ms(value), met: value <= 100 });
  }
  const next = interaction('nextPage');
  checks.push({
    budget: 'Next page (prefetched) in the first frame after the click',
    limit: `1 frame (${FRAME_MS.toFixed(1)} ms)`,
    measured: `${next?.frames ?? Number.NaN} frames, ${ms(next?.latencyMs ?? Number.NaN)}`,
    met: (next?.frames ?? Number.NaN) <= 1,
  });
  const worstTask = Math.max(0, ...measured.interactions.map((entry) => entry.worstLongTaskMs));
  checks.push({
    budget: 'Longest task during the interactions (worst run)',
    limit: '≤ 50 ms',
    measured: worstTask === 0 ? 'none ≥ 50 ms' : ms(worstTask),
    met: worstTask <= 50,
  });

  const { heap } = measured;
  const residue = heap.afterCacheExpiry.heapMB - heap.warmedUp.heapMB;
  checks.push({
    budget: `Heap bounded after ${heap.pages} pages + ${heap.opens} checkouts`,
    limit: `back within ${HEAP_RESIDUE_LIMIT_MB} MB once the cache expires`,
    measured: `${residue >= 0 ? '+' : ''}${residue.toFixed(2)} MB (peak ${heap.afterWalk.heapMB.toFixed(1)} MB vs ${heap.firstPage.heapMB.toFixed(1)} MB first page)`,
    met: residue <= HEAP_RESIDUE_LIMIT_MB,
  });

  const { serial, loaded } = measured.gateway;
  checks.push({
    budget: 'Gateway overhead on the list route, p50, 1 user',
    limit: '< 5 ms',
    measured: ms(serial.overheadP50Ms),
    met: serial.overheadP50Ms < 5,
  });
  checks.push({
    budget: `Gateway overhead on the list route, p50, ${loaded.gateway.users} concurrent users`,
    limit: '< 5 ms',
    measured: ms(loaded.overheadP50Ms),
    met: loaded.overheadP50Ms < 5,
  });
  return checks;
}
