import { SANDBOX_ACCOUNTS, SANDBOX_API_KEY } from '../sandbox/accounts.ts';
import type { Env } from '../gateway/config.ts';
import { assertSandboxMayListen } from './sandbox-exposure.ts';
import { sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from '../sandbox/start-sandbox.ts';

export interface Upstreams {
  /** The environment the gateway is configured from: live settings, or the sandbox's. */
  gatewayEnv: Env;
  sandbox?: RunningSandbox;
}

/**
 * Live mode is chosen by configuration: with IDENTITY_URL set, the gateway talks to the real
 * upstreams. Without it, the sandbox starts on loopback and the gateway is pointed at it, so both
 * modes run the same gateway and SPA code and differ only in base URLs and credentials. A gateway
 * asked to listen on a non-loopback `listenHost` then refuses to start, unless SANDBOX=1.
 */
export async function resolveUpstreams(env: Env, listenHost = '127.0.0.1'): Promise<Upstreams> {
  if (env.IDENTITY_URL) return { gatewayEnv: env };
  assertSandboxMayListen(listenHost, env);
  const sandbox = await startSandbox(sandboxOptionsFromEnv(env));
  return { sandbox, gatewayEnv: { ...env, ...sandboxGatewayEnv(sandbox) } };
}

/** What a gateway needs to use a running sandbox as its live upstreams (`npm run sandbox` prints it). */
export function sandboxGatewayEnv(sandbox: RunningSandbox) {
  return {
    IDENTITY_URL: sandbox.urls.identity,
    BOKAMERA_URL: sandbox.urls.bokamera,
    BOKAMERA_API_KEY: SANDBOX_API_KEY,
    PAYSON_URL: sandbox.urls.payson,
    PAYSON_EMBED_URLS: sandbox.urls.embed,
  } satisfies Env;
}

export function describeSandboxAccounts(): string {
  const rows = SANDBOX_ACCOUNTS.map((account) => `  ${account.email.padEnd(26)} ${account.description}`);
  return ['Sandbox accounts (password "sandbox"):', ...rows].join('\n');
}
