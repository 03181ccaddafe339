import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

/** A Node entry point of the project (`src/server/*.ts`) in a process of its own, its output kept. */
export interface RunningProcess {
  child: ChildProcess;
  /** Everything it printed to stdout so far. */
  stdout(): string;
  /** Waits until stdout satisfies `ready`, or fails with what it printed when it exits first or takes too long. */
  waitFor(ready: (stdout: string) => boolean, timeoutMs?: number): Promise<void>;
  /** SIGTERM, and waits for the exit: the graceful shutdown a deploy or scale-in sends. */
  stop(): Promise<void>;
}

export function startProcess(entry: string, env: Record<string, string>): RunningProcess {
  // Node itself (not npx), so SIGTERM reaches the server and not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  return {
    child,
    stdout: () => stdout,
    waitFor: (ready, timeoutMs = 45_000) =>
      new Promise<void>((resolveReady, reject) => {
        const fail = (why: string) => reject(new Error(`${entry} ${why}\nstdout: ${stdout}\nstderr: ${stderr}`));
        const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
        const check = () => {
          if (!ready(stdout)) return;
          clearTimeout(timer);
          child.stdout?.off('data', check);
          resolveReady();
        };
        child.stdout?.on('data', check);
        void exited.then(() => {
          clearTimeout(timer);
          fail(`exited with ${child.exitCode ?? child.signalCode}`);
        });
        check();
      }),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The NAME=value lines a process printed (`npm run sandbox` prints the env a gateway needs). */
export function envLines(stdout: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}
