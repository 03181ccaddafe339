import { isLoopbackHost } from '../sandbox/loopback.ts';
import type { Env } from '../gateway/config.ts';

/**
 * The sandbox fails closed. Its accounts have public passwords (a superadmin among them) and its
 * control routes reset data and inject faults, so without live configuration it serves this machine
 * only. Listening on any other address needs SANDBOX=1, saying the sandbox is wanted there.
 */
export function assertSandboxMayListen(host: string, env: Env): void {
  if (isLoopbackHost(host) || env.SANDBOX?.trim() === '1') return;
  throw new Error(
    `Refusing to start: HOST=${host} is not a loopback address, and without live configuration (IDENTITY_URL) ` +
      'this would expose the sandbox, whose accounts have public passwords. Configure the live upstreams, listen on ' +
      '127.0.0.1, or set SANDBOX=1 if the sandbox is really wanted on that address.',
  );
}

/** Start-up stops with the reason alone: it is a message for whoever starts the process, not a bug. */
export function exitWithReason(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
