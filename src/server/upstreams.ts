import { SANDBOX_ACCOUNTS, SANDBOX_API_KEY } from '../sandbox/accounts.ts';
import type { Env } from '../gateway/config.ts';
import { sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from '../sandbox/start-sandbox.ts';

export interface Upstreams {
  /** The environment the gateway is configured from: live settings, or the sandbox's. */
  gatewayEnv: Env;
  sandbox?: RunningSandbox;
}

/**
 * Live mode is chosen by configuration: with IDENTITY_URL set, the gateway talks to the real
 * upstreams. Without it, the sandbox starts on loopback and the gateway is pointed at it, so both
 * modes run the same gateway and SPA code and differ only in base URLs and credentials.
 */
export async function resolveUpstreams(env: Env): Promise<Upstreams> {
  if (env.IDENTITY_URL) return { gatewayEnv: env };
  const sandbox = await startSandbox(sandboxOptionsFromEnv(env));
  return {
    sandbox,
    gatewayEnv: {
      ...env,
      IDENTITY_URL: sandbox.urls.identity,
      BOKAMERA_URL: sandbox.urls.bokamera,
      BOKAMERA_API_KEY: SANDBOX_API_KEY,
      PAYSON_URL: sandbox.urls.payson,
      PAYSON_EMBED_URLS: sandbox.urls.embed,
    },
  };
}

export function describeSandboxAccounts(): string {
  const rows = SANDBOX_ACCOUNTS.map((account) => `  ${account.email.padEnd(26)} ${account.description}`);
  return ['Sandbox accounts (password "sandbox"):', ...rows].join('\n');
}
