import * as z from 'zod/mini';

/** A Payson merchant configured in the environment instead of read from BokaMera. */
export interface SingleMerchant {
  agentId: string;
  apiKey: string;
  /** The company whose checkouts these credentials list; absent: every company (a one-merchant deployment). */
  companyId?: string;
}

export interface GatewayConfig {
  /** Keycloak's OpenID Connect base; the gateway appends `/token` and `/logout`. */
  identityUrl: string;
  identityClientId: string;
  bokameraUrl: string;
  bokameraApiKey: string;
  paysonUrl: string;
  singleMerchant?: SingleMerchant;
  /** Payson embed pages (origin + path) the SPA may show in its preview iframe. */
  embedUrls: string[];
  secureCookies: boolean;
  /**
   * The origins browsers use: in live mode PUBLIC_ORIGIN (`https://admin.example.se`), in sandbox mode
   * its port under the loopback names. `Origin` on state changes must be one of them and `Host` must
   * be one of theirs: never the request's own, which a DNS-rebinding page chooses.
   */
  publicOrigins: string[];
  /** The token bucket each session (or, without one, each client address) draws on per /api request. */
  apiRate: { burst: number; perSecond: number };
  /** How many `X-Forwarded-For` hops (proxies in front of the gateway) to trust; 0: none, the peer is the client. */
  trustedProxies: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  upstreamTimeoutMs: number;
  /** The IANA zone Payson writes its offset-less times in (PAYSON_TIME_ZONE). */
  paysonTimeZone: string;
  /** A PostgreSQL server (`postgres://…`) shared by every gateway; unset: embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** Where the embedded database and the generated session key live; unset: start-up's default. */
  dataDir?: string;
  /** The key material sealing upstream tokens at rest; required in live mode (see session/session-key.ts). */
  sessionSecret?: string;
  /**
   * The index of checkouts (issue 13). `enabled` false (INDEX=off): no index, the list is Payson's
   * own, as before. `refreshSeconds` (INDEX_REFRESH_SECONDS, 120): between incremental refreshes.
   * `concurrency` (INDEX_CONCURRENCY, 2): Payson requests at a time per company while indexing.
   */
  index: { enabled: boolean; refreshSeconds: number; concurrency: number };
}

export type Env = Record<string, string | undefined>;

const baseUrl = z.pipe(
  z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  z.transform((url: string) => url.replace(/\/+$/, '')),
);

const text = z.string().check(z.minLength(1, 'must not be empty'));

function positiveWholeNumber(fallback: number) {
  return z._default(
    z.pipe(
      z.string().check(z.regex(/^[1-9]\d{0,8}$/, 'must be a positive whole number')),
      z.transform(Number),
    ),
    fallback,
  );
}

const wholeNumber = (fallback: number) =>
  z._default(z.pipe(z.string().check(z.regex(/^\d{1,3}$/, 'must be a whole number')), z.transform(Number)), fallback);

const FLAG_VALUES: Record<string, boolean> = { true: true, '1': true, yes: true, on: true, false: false, '0': false, no: false, off: false };

const flag = z.pipe(
  z.string().check(z.refine((value) => value.toLowerCase() in FLAG_VALUES, 'must be true or false')),
  z.transform((value: string) => FLAG_VALUES[value.toLowerCase()] === true),
);

/** Origin + path of each allow-listed embed page; a query or fragment would never match a snippet's URL. */
const embedUrlList = z.pipe(
  z.string(),
  z.transform((list: string, ctx) => {
    const urls: string[] = [];
    for (const entry of list.split(',').map((item) => item.trim()).filter(Boolean)) {
      const parsed = URL.canParse(entry) ? new URL(entry) : undefined;
      if (parsed?.protocol !== 'https:' && parsed?.protocol !== 'http:') {
        ctx.issues.push({ code: 'custom', input: entry, message: `"${entry}" is not an http(s) URL` });
        continue;
      }
      urls.push(parsed.origin + parsed.pathname);
    }
    return urls;
  }),
);

/** An IANA zone id this runtime's Intl knows ("Europe/Stockholm"). */
const timeZone = z.string().check(
  z.refine((id) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: id });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Stockholm'),
);
const postgresUrl = z.string().check(z.regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL'));

const envSchema = z.object({
  IDENTITY_URL: baseUrl,
  IDENTITY_CLIENT_ID: z._default(text, 'bm-external-api-users'),
  BOKAMERA_URL: baseUrl,
  BOKAMERA_API_KEY: text,
  PAYSON_URL: baseUrl,
  PAYSON_AGENT_ID: z.optional(text),
  PAYSON_API_KEY: z.optional(text),
  PAYSON_COMPANY_ID: z.optional(text),
  PAYSON_EMBED_URLS: z._default(embedUrlList, []),
  SECURE_COOKIES: z.optional(flag),
  PUBLIC_ORIGIN: z.optional(baseUrl),
  TRUSTED_PROXIES: wholeNumber(0),
  API_RATE_BURST: positiveWholeNumber(200),
  API_RATE_PER_SECOND: positiveWholeNumber(20),
  SESSION_IDLE_MINUTES: positiveWholeNumber(30),
  SESSION_ABSOLUTE_HOURS: positiveWholeNumber(12),
  UPSTREAM_TIMEOUT_MS: positiveWholeNumber(10_000),
  PAYSON_TIME_ZONE: z._default(timeZone, 'Europe/Stockholm'),
  DATABASE_URL: z.optional(postgresUrl),
  DATA_DIR: z.optional(text),
  SESSION_SECRET: z.optional(z.string().check(z.minLength(32, 'must be at least 32 characters'))),
  INDEX: z._default(flag, true),
  INDEX_REFRESH_SECONDS: positiveWholeNumber(120),
  INDEX_CONCURRENCY: positiveWholeNumber(2),
});

export interface LoadOptions {
  /** Sandbox mode: the port browsers reach the dashboard on, whose loopback origins are the default. */
  sandboxPort?: number;
}

/** The names a loopback listener is reached by; a rebinding page's own name is never one of them. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/**
 * Reads the gateway's settings from environment variables. Empty values count as unset. Throws one
 * error naming every bad variable, so a misconfigured deployment fails at start-up, not on first use.
 */
export function loadGatewayConfig(env: Env, options: LoadOptions = {}): GatewayConfig {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((name) => [name, env[name]?.trim()] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${String(issue.path[0] ?? '')} ${issue.message}`);
    throw new Error(`Invalid gateway configuration: ${problems.join('; ')}`);
  }
  const vars = result.data;
  return {
    identityUrl: vars.IDENTITY_URL,
    identityClientId: vars.IDENTITY_CLIENT_ID,
    bokameraUrl: vars.BOKAMERA_URL,
    bokameraApiKey: vars.BOKAMERA_API_KEY,
    paysonUrl: vars.PAYSON_URL,
    singleMerchant: singleMerchantFrom(vars.PAYSON_AGENT_ID, vars.PAYSON_API_KEY, vars.PAYSON_COMPANY_ID),
    embedUrls: vars.PAYSON_EMBED_URLS,
    // Default: secure cookies whenever the identity provider is reached over TLS, i.e. outside the loopback sandbox.
    secureCookies: vars.SECURE_COOKIES ?? vars.IDENTITY_URL.startsWith('https:'),
    publicOrigins: publicOriginsFor(vars.PUBLIC_ORIGIN, options.sandboxPort),
    trustedProxies: vars.TRUSTED_PROXIES,
    apiRate: { burst: vars.API_RATE_BURST, perSecond: vars.API_RATE_PER_SECOND },
    sessionIdleMinutes: vars.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: vars.SESSION_ABSOLUTE_HOURS,
    upstreamTimeoutMs: vars.UPSTREAM_TIMEOUT_MS,
    paysonTimeZone: vars.PAYSON_TIME_ZONE,
    ...(vars.DATABASE_URL ? { databaseUrl: vars.DATABASE_URL } : {}),
    ...(vars.DATA_DIR ? { dataDir: vars.DATA_DIR } : {}),
    ...(vars.SESSION_SECRET ? { sessionSecret: vars.SESSION_SECRET } : {}),
    index: { enabled: vars.INDEX, refreshSeconds: vars.INDEX_REFRESH_SECONDS, concurrency: vars.INDEX_CONCURRENCY },
  };
}

function publicOriginsFor(publicOrigin: string | undefined, sandboxPort: number | undefined): string[] {
  if (publicOrigin) return [new URL(publicOrigin).origin];
  if (sandboxPort !== undefined) return LOOPBACK_HOSTS.map((host) => `http://${host}:${sandboxPort}`);
  throw new Error(
    'Invalid gateway configuration: PUBLIC_ORIGIN is required in live mode: the origin browsers use ' +
      '(e.g. https://admin.example.se), which requests must name in Origin and Host',
  );
}

function singleMerchantFrom(agentId?: string, apiKey?: string, companyId?: string): SingleMerchant | undefined {
  if (Boolean(agentId) !== Boolean(apiKey)) {
    throw new Error('Invalid gateway configuration: PAYSON_AGENT_ID and PAYSON_API_KEY must be set together');
  }
  if (!agentId || !apiKey) {
    if (companyId) throw new Error('Invalid gateway configuration: PAYSON_COMPANY_ID needs PAYSON_AGENT_ID and PAYSON_API_KEY');
    return undefined;
  }
  return companyId ? { agentId, apiKey, companyId } : { agentId, apiKey };
}

/** Base URLs of the three upstreams and the embed page, e.g. a running sandbox's `urls`. */
export interface UpstreamUrls {
  identity: string;
  bokamera: string;
  payson: string;
  embed: string;
}

/**
 * The configuration for given upstreams (start-up passes the sandbox's URLs and API key). Session and
 * timeout settings still come from `env`, so the sandbox runs with the same knobs as live mode.
 */
export function gatewayConfigFromUrls(
  urls: UpstreamUrls,
  bokameraApiKey: string,
  env: Env = {},
  options: LoadOptions = {},
): GatewayConfig {
  return loadGatewayConfig(
    {
      ...env,
      IDENTITY_URL: urls.identity,
      BOKAMERA_URL: urls.bokamera,
      BOKAMERA_API_KEY: bokameraApiKey,
      PAYSON_URL: urls.payson,
      PAYSON_EMBED_URLS: urls.embed,
    },
    options,
  );
}
