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
/** Issue 14: the first row against the bare HTML table, side by side in one run. */
const FIRST_ROW_RATIO_UNTHROTTLED = 2;
const FIRST_ROW_RATIO_LATENCY = 1.5;
/** The list route's overhead over calling the sandbox directly, at p50. */
const LIST_OVERHEAD_ONE_USER_MS = 5;
const LIST_OVERHEAD_LOADED_MS = 10;
/** The react-admin version of the same list: what a team would otherwise ship (issue 14). */
export const REACT_ADMIN_PEER_GZIP_KB = 293;

export interface Measured {
  bundle: BundleSizes;
  firstRow: ColdLoadSummary[];
  interactions: InteractionSummary[];
  heap: HeapResult;
  gateway: GatewayLoad;
}

export function ratio(
  firstRow: ColdLoadSummary[],
  profile: ColdLoadSummary['profile'],
  floor: 'plain' | 'styled' = 'plain',
): { app: number; plain: number; ratio: number } {
  const app = firstRow.find((row) => row.target === 'app' && row.profile === profile)?.firstRowMs ?? Number.NaN;
  const plain = firstRow.find((row) => row.target === floor && row.profile === profile)?.firstRowMs ?? Number.NaN;
  return { app, plain, ratio: app / plain };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function checkBudgets(measured: Measured): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const jsGzipKB = measured.bundle.firstScreenJs.gzipBytes / 1000;
  checks.push({
    budget: 'First-screen JavaScript, gzip',
    limit: '≤ 150 kB',
    measured: `${jsGzipKB.toFixed(1)} kB (react-admin peer: ${REACT_ADMIN_PEER_GZIP_KB} kB)`,
    met: jsGzipKB <= 150,
  });

  const unthrottled = ratio(measured.firstRow, 'unthrottled');
  checks.push({
    budget: 'First row, unthrottled, vs bare HTML table',
    limit: `≤ ${FIRST_ROW_RATIO_UNTHROTTLED}×`,
    measured: `${unthrottled.ratio.toFixed(2)}× (${ms(unthrottled.app)} vs ${ms(unthrottled.plain)})`,
    met: unthrottled.ratio <= FIRST_ROW_RATIO_UNTHROTTLED,
  });
  const latency = ratio(measured.firstRow, 'latency50');
  checks.push({
    budget: 'First row, 50 ms latency, vs bare HTML table',
    limit: `≤ ${FIRST_ROW_RATIO_LATENCY}×`,
    measured: `${latency.ratio.toFixed(2)}× (${ms(latency.app)} vs ${ms(latency.plain)})`,
    met: latency.ratio <= FIRST_ROW_RATIO_LATENCY,
  });
  const cpu = ratio(measured.firstRow, 'cpu4x');
  checks.push({
    budget: 'First row, 4x CPU, vs bare HTML table',
    limit: 'reported',
    measured: `${cpu.ratio.toFixed(2)}× (${ms(cpu.app)} vs ${ms(cpu.plain)})`,
    met: true,
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
  const longTasks = measured.interactions.reduce((sum, entry) => sum + entry.longTasksInAllRuns, 0);
  checks.push({
    budget: 'Long tasks (≥ 50 ms) during the interactions, all runs',
    limit: 'none',
    measured: longTasks === 0 ? 'none' : `${longTasks}, longest ${ms(worstTask)}`,
    met: longTasks === 0,
  });

  const { heap } = measured;
  const residue = heap.afterCacheExpiry.heapMB - heap.warmedUp.heapMB;
  checks.push({
    budget: `Heap bounded after ${heap.pages} pages + ${heap.opens} checkouts`,
    limit: `back within ${HEAP_RESIDUE_LIMIT_MB} MB once the cache expires`,
    measured: `${residue >= 0 ? '+' : ''}${residue.toFixed(2)} MB (peak ${heap.afterWalk.heapMB.toFixed(1)} MB vs ${heap.firstPage.heapMB.toFixed(1)} MB first page)`,
    met: residue <= HEAP_RESIDUE_LIMIT_MB,
  });

  const { serial, loaded, render } = measured.gateway;
  checks.push({
    budget: 'Gateway overhead on the list route, p50, 1 user',
    limit: `< ${LIST_OVERHEAD_ONE_USER_MS} ms`,
    measured: `${ms(serial.overheadP50Ms)} (p99 ${ms(serial.overheadP99Ms)})`,
    met: serial.overheadP50Ms < LIST_OVERHEAD_ONE_USER_MS,
  });
  checks.push({
    budget: `Gateway overhead on the list route, p50, ${loaded.gateway.users} concurrent users`,
    limit: `< ${LIST_OVERHEAD_LOADED_MS} ms`,
    measured: `${ms(loaded.overheadP50Ms)} (p99 ${ms(loaded.overheadP99Ms)})`,
    met: loaded.overheadP50Ms < LIST_OVERHEAD_LOADED_MS,
  });
  checks.push({
    budget: `Server render of the list URL (${render.rendered ? 'rows rendered' : 'NOT rendered: the SPA shell'}), p50 / p99`,
    limit: 'reported',
    measured: `1 user ${ms(render.serial.p50Ms)} / ${ms(render.serial.p99Ms)}; ${render.loaded.users} users ${ms(render.loaded.p50Ms)} / ${ms(render.loaded.p99Ms)}`,
    met: true,
  });
  return checks;
}
