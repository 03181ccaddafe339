import { Agent, request } from 'node:http';
import { listPath, paysonListPath, signInToGateway, type SandboxDirect } from './accounts.ts';
import { quantile, round, sortedCopy } from './stats.ts';

/**
 * Load on the list route: closed-loop virtual users on loopback, each with its own keep-alive
 * connection (and, through the gateway, its own session), asking for pages 1–50 in turn. The same
 * load straight at the sandbox's Payson list (Basic auth, what the gateway calls) is the baseline;
 * the difference is what the gateway adds. Bounded by time and by request count.
 */

export interface LoadResult {
  target: 'gateway' | 'sandbox' | 'sign-in';
  users: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
}

export interface GatewayLoad {
  serial: { gateway: LoadResult; sandbox: LoadResult; overheadP50Ms: number };
  loaded: { gateway: LoadResult; sandbox: LoadResult; overheadP50Ms: number; overheadP99Ms: number };
}

export interface Target {
  name: LoadResult['target'];
  url: (page: number) => URL;
  /** Headers per virtual user (its session or the Basic credentials). */
  headers: (user: number) => Record<string, string>;
  /** GET unless said; a POST sends `body` as it is. */
  method?: 'GET' | 'POST';
  body?: string;
}

const PAGES = 50;

function send(agent: Agent, target: Target, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(url, { agent, headers, method: target.method ?? 'GET' }, (response) => {
      response.resume(); // read and drop the body; the time includes receiving all of it
      response.once('end', () => resolve(response.statusCode ?? 0));
      response.once('error', reject);
    });
    call.once('error', reject);
    call.end(target.body);
  });
}

export async function runLoad(target: Target, users: number, warmupMs: number, durationMs: number, maxRequests: number): Promise<LoadResult> {
  const agents = Array.from({ length: users }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const measureFrom = started + warmupMs;
  const stopAt = measureFrom + durationMs;
  let measuredEnd = measureFrom;

  await Promise.all(
    agents.map(async (agent, user) => {
      let page = 1 + ((user * 7) % PAGES);
      while (performance.now() < stopAt && latencies.length < maxRequests) {
        const sent = performance.now();
        const status = await send(agent, target, target.url(page), target.headers(user)).catch(() => 0);
        const done = performance.now();
        if (sent >= measureFrom && done <= stopAt) {
          if (status === 200) latencies.push(done - sent);
          else errors++;
          measuredEnd = Math.max(measuredEnd, done);
        }
        page = (page % PAGES) + 1;
      }
    }),
  );
  for (const agent of agents) agent.destroy();

  const sorted = sortedCopy(latencies);
  const seconds = Math.max(0.001, (measuredEnd - measureFrom) / 1000);
  return {
    target: target.name,
    users,
    requests: latencies.length,
    errors,
    requestsPerSecond: round(latencies.length / seconds),
    p50Ms: round(quantile(sorted, 0.5), 2),
    p90Ms: round(quantile(sorted, 0.9), 2),
    p99Ms: round(quantile(sorted, 0.99), 2),
  };
}

/** The list route through the gateway, with one session per virtual user, as real users would have. */
export async function gatewayListTarget(origin: string, users: number): Promise<Target> {
  const sessions = await Promise.all(Array.from({ length: users }, () => signInToGateway(origin)));
  const companyId = sessions[0]?.companyId ?? '';
  return {
    name: 'gateway',
    url: (page) => new URL(listPath(companyId, page), origin),
    headers: (user) => ({ cookie: `session=${sessions[user]?.cookie ?? ''}`, accept: 'application/json' }),
  };
}

/** The same pages straight at the sandbox's Payson, with the credentials the gateway would use. */
export function sandboxListTarget(direct: SandboxDirect): Target {
  return {
    name: 'sandbox',
    url: (page) => new URL(`${direct.paysonUrl}${paysonListPath(page)}`),
    headers: () => ({ authorization: direct.authorization, accept: 'application/json' }),
  };
}

export async function measureGatewayLoad(
  origin: string,
  direct: SandboxDirect,
  options: { users: number; warmupMs: number; durationMs: number; maxRequests: number },
): Promise<GatewayLoad> {
  const gateway = await gatewayListTarget(origin, options.users);
  const sandbox = sandboxListTarget(direct);

  const { warmupMs, durationMs, maxRequests } = options;
  const serialSandbox = await runLoad(sandbox, 1, warmupMs, durationMs / 2, maxRequests);
  const serialGateway = await runLoad(gateway, 1, warmupMs, durationMs / 2, maxRequests);
  const loadedSandbox = await runLoad(sandbox, options.users, warmupMs, durationMs, maxRequests);
  const loadedGateway = await runLoad(gateway, options.users, warmupMs, durationMs, maxRequests);
  return {
    serial: { gateway: serialGateway, sandbox: serialSandbox, overheadP50Ms: round(serialGateway.p50Ms - serialSandbox.p50Ms, 2) },
    loaded: {
      gateway: loadedGateway,
      sandbox: loadedSandbox,
      overheadP50Ms: round(loadedGateway.p50Ms - loadedSandbox.p50Ms, 2),
      overheadP99Ms: round(loadedGateway.p99Ms - loadedSandbox.p99Ms, 2),
    },
  };
}
