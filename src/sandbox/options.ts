import { SANDBOX_API_KEY } from './accounts.ts';
import type { WireTap } from './wire-tap.ts';

export interface SandboxOptions {
  /** SANDBOX_SEED: every generated value derives from it. */
  seed: string;
  /** SANDBOX_COMPANIES: at least 2, so every sandbox account has a company. */
  companies: number;
  /** SANDBOX_CHECKOUTS_PER_COMPANY: generated lazily, so half a million is fine. */
  checkoutsPerCompany: number;
  /** SANDBOX_FIXTURE: load companies and checkouts from this JSON file instead of generating them. */
  fixturePath?: string;
  /** SANDBOX_TOKEN_TTL_SECONDS: lifetime of access tokens. */
  tokenTtlSeconds: number;
  /** The BokaMera x-api-key the sandbox accepts. */
  apiKey: string;
  /** Anchor for generated times; default: today 00:00 UTC, so data stays the same all day. */
  now?: Date;
  /**
   * SANDBOX_PORT: a fixed port instead of a free one, so a fixture file can hold snippets that point
   * at the sandbox's own embed page (its origin must be known when the file is written).
   */
  port?: number;
  /**
   * SANDBOX_TOKEN_ROLES: `none` issues access tokens with no role claims at all, as a Keycloak realm
   * that does not map BokaMera's roles into its tokens would; default `realm_access`, as before.
   */
  tokenRoles: TokenRoles;
  /** In-process callers only (the gateway's tests): told of every call that comes over HTTP, headers and body included. */
  wireTap?: WireTap;
  /**
   * The address to listen on; default 127.0.0.1. Only the standalone sandbox (`npm run sandbox`) sets
   * it, from HOST, and start-up refuses anything but loopback unless SANDBOX=1 asks for it.
   */
  host?: string;
}

export type TokenRoles = 'realm_access' | 'none';

export const MINIMUM_COMPANIES = 2;
/** The company's number must fit the 16 bits a generated checkout id keeps for it. */
const MAXIMUM_COMPANIES = 65_535;
const MAXIMUM_CHECKOUTS_PER_COMPANY = 100_000_000;

export type Env = Record<string, string | undefined>;

export function sandboxOptionsFromEnv(env: Env): SandboxOptions {
  const fixturePath = env.SANDBOX_FIXTURE?.trim();
  return {
    seed: env.SANDBOX_SEED?.trim() || 'bokamera',
    companies: wholeNumber(env, 'SANDBOX_COMPANIES', 2, MINIMUM_COMPANIES, MAXIMUM_COMPANIES),
    checkoutsPerCompany: wholeNumber(env, 'SANDBOX_CHECKOUTS_PER_COMPANY', 5000, 0, MAXIMUM_CHECKOUTS_PER_COMPANY),
    ...(fixturePath ? { fixturePath } : {}),
    tokenTtlSeconds: wholeNumber(env, 'SANDBOX_TOKEN_TTL_SECONDS', 300, 1, 86_400),
    apiKey: SANDBOX_API_KEY,
    ...(env.SANDBOX_PORT?.trim() ? { port: wholeNumber(env, 'SANDBOX_PORT', 0, 1, 65_535) } : {}),
    tokenRoles: tokenRolesOf(env),
  };
}

function tokenRolesOf(env: Env): TokenRoles {
  const raw = env.SANDBOX_TOKEN_ROLES?.trim();
  if (!raw || raw === 'realm_access') return 'realm_access';
  if (raw === 'none') return 'none';
  throw new Error(`SANDBOX_TOKEN_ROLES must be "none" or "realm_access", not "${raw}"`);
}

/** A setting that is a mistake (not a number, out of range) stops start-up rather than being guessed at. */
function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= min && value <= max)) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}

export function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
