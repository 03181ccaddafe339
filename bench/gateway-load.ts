import { Agent, request } from 'node:http';
import { listPagePath, listPath, paysonListPath, signInToGateway, type SandboxDirect } from './accounts.ts';
import { quantile, round, sortedCopy } from './stats.ts';

/**
 * Load on the list route: closed-loop virtual users on loopback, each with its own keep-alive
 * connection (and, through the gateway, its own session), asking for pages 1–50 in turn. The same
 * load straight at the sandbox's Payson list (Basic auth, what the gateway calls) is the baseline;
 * the difference is what the gateway adds. Bounded by time and by request count.
 */

export interface LoadResult {
  target: 'gateway' | 'sandbox' | 'sign-in' | 'html';
  users: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
}

export interface GatewayLoad {
  /** Where the sandbox ran: its own process (the gateway in live mode against it) or the gateway's. */
  sandboxProcess: 'own-process' | 'in-process';
  /** What served the list during the load: the dashboard's index or Payson live (`source`). */
  listSource: string;
  serial: { gateway: LoadResult; sandbox: LoadResult; overheadP50Ms: number; overheadP99Ms: number };
  loaded: { gateway: LoadResult; sandbox: LoadResult; overheadP50Ms: number; overheadP99Ms: number };
  /** GET of the list URL's HTML, signed in: the server render's cost per request (issue 14). */
  render: RenderCost;
}

export interface RenderCost {
  /** Whether the HTML answer held the rows (server rendering) or was the SPA's empty shell. */
  rendered: boolean;
  htmlBytes: number;
  serial: LoadResult;
  loaded: LoadResult;
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

/** The list URL's HTML, as a signed-in browser asks for it on a cold load. */
export async function gatewayHtmlTarget(origin: string, users: number): Promise<Target> {
  const sessions = await Promise.all(Array.from({ length: users }, () => signInToGateway(origin)));
  const companyId = sessions[0]?.companyId ?? '';
  return {
    name: 'html',
    url: (page) => new URL(listPagePath(companyId, page), origin),
    headers: (user) => ({ cookie: `session=${sessions[user]?.cookie ?? ''}`, accept: 'text/html,application/xhtml+xml' }),
  };
}

/**
 * Whether the list URL's HTML holds the first page's rows: a row header in a table body (what the
 * first-row probe looks for), else it is the SPA's shell that renders in the browser.
 */
async function probeHtml(target: Target): Promise<{ rendered: boolean; htmlBytes: number }> {
  const response = await fetch(target.url(1), { headers: target.headers(0) });
  const html = await response.text();
  if (!response.ok) throw new Error(`The list URL answered ${response.status}`);
  return { rendered: /<tbody[^>]*>[\s\S]*?<th[^>]*scope="row"/.test(html), htmlBytes: Buffer.byteLength(html) };
}

/** What answered the list: the `source` of its JSON (index or live), or "live" before the index. */
async function listSource(target: Target): Promise<string> {
  const response = await fetch(target.url(1), { headers: target.headers(0) });
  const body = (await response.json()) as { source?: string };
  return body.source ?? 'live';
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
  options: { users: number; warmupMs: number; durationMs: number; maxRequests: number; sandboxProcess: GatewayLoad['sandboxProcess'] },
): Promise<GatewayLoad> {
  const gateway = await gatewayListTarget(origin, options.users);
  const sandbox = sandboxListTarget(direct);
  const html = await gatewayHtmlTarget(origin, options.users);

  const { warmupMs, durationMs, maxRequests } = options;
  const serialSandbox = await runLoad(sandbox, 1, warmupMs, durationMs / 2, maxRequests);
  const serialGateway = await runLoad(gateway, 1, warmupMs, durationMs / 2, maxRequests);
  const loadedSandbox = await runLoad(sandbox, options.users, warmupMs, durationMs, maxRequests);
  const loadedGateway = await runLoad(gateway, options.users, warmupMs, durationMs, maxRequests);
  const serialHtml = await runLoad(html, 1, warmupMs, durationMs / 2, maxRequests);
  const loadedHtml = await runLoad(html, options.users, warmupMs, durationMs, maxRequests);
  const overhead = (through: LoadResult, direct: LoadResult) => ({
    overheadP50Ms: round(through.p50Ms - direct.p50Ms, 2),
    overheadP99Ms: round(through.p99Ms - direct.p99Ms, 2),
  });
  return {
    sandboxProcess: options.sandboxProcess,
    listSource: await listSource(gateway),
    serial: { gateway: serialGateway, sandbox: serialSandbox, ...overhead(serialGateway, serialSandbox) },
    loaded: { gateway: loadedGateway, sandbox: loadedSandbox, ...overhead(loadedGateway, loadedSandbox) },
    render: { ...(await probeHtml(html)), serial: serialHtml, loaded: loadedHtml },
  };
}
