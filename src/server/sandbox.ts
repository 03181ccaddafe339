import { sandboxOptionsFromEnv, startSandbox, type RunningSandbox } from '../sandbox/start-sandbox.ts';
import { assertSandboxMayListen, exitWithReason } from './sandbox-exposure.ts';
import { describeSandboxAccounts, sandboxGatewayEnv } from './upstreams.ts';

/**
 * `npm run sandbox`: the sandbox alone, in its own process, so several gateways can share it and a
 * benchmark can keep it off the gateway's event loop. It takes the same settings as the sandbox
 * `npm start` runs (SANDBOX_PORT, SANDBOX_SEED, SANDBOX_COMPANIES, …) and HOST (loopback unless
 * SANDBOX=1), serves its control routes on its own origin (/__sandbox/*), and prints to stdout, one
 * `NAME=value` a line, the environment a gateway needs to use it in live mode; SANDBOX_URL is its
 * origin. People's notes go to stderr, so stdout can be read as an env file.
 */
const host = process.env.HOST?.trim() || '127.0.0.1';

let sandbox: RunningSandbox;
try {
  assertSandboxMayListen(host, process.env);
  sandbox = await startSandbox({ ...sandboxOptionsFromEnv(process.env), host });
} catch (error) {
  exitWithReason(error);
}

const printed = { SANDBOX_URL: sandbox.origin, ...sandboxGatewayEnv(sandbox) };
console.log(
  Object.entries(printed)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n'),
);
console.error(`Sandbox on ${sandbox.origin}; control routes at ${sandbox.origin}/__sandbox/*`);
console.error(describeSandboxAccounts());

function shutDown() {
  void sandbox.close().then(() => process.exit(0));
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
