import { execFile as execFileCallback } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);

export interface PostgresServer {
  /** A superuser URL (`postgres://postgres@127.0.0.1:port/postgres`); trust authentication on loopback. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL server for tests: a fresh cluster in a temporary folder, listening on
 * loopback only, tuned for speed over durability, deleted on stop. Uses the machine's PostgreSQL
 * binaries (Debian's `postgresql` package, or POSTGRES_BIN_DIR). PostgreSQL refuses to run as
 * root, so as root (CI) the server runs as the unprivileged user `nobody`.
 */
export async function startPostgresServer(options: { port?: number } = {}): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const folder = mkdtempSync(join(tmpdir(), 'payson-admin-pg-'));
  const dataDir = join(folder, 'data');
  const asUser = process.getuid?.() === 0 ? 'nobody' : undefined;
  if (asUser) {
    const [uid, gid] = await Promise.all([idOf(asUser, '-u'), idOf(asUser, '-g')]);
    chownSync(folder, uid, gid);
  }
  const run = (command: string, args: string[]) =>
    asUser ? execFile('runuser', ['-u', asUser, '--', join(bin, command), ...args]) : execFile(join(bin, command), args);

  const port = options.port ?? (await freePort());
  try {
    await run('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '--no-sync', '--no-locale', '-E', 'UTF8']);
    const settings = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      "-c unix_socket_directories=''",
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    await run('pg_ctl', ['start', '-w', '-t', '60', '-D', dataDir, '-l', join(folder, 'server.log'), '-o', settings]);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`Could not start a test PostgreSQL server: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await run('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', dataDir]).catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** POSTGRES_BIN_DIR, else the newest Debian PostgreSQL under /usr/lib/postgresql/<major>/bin. */
function postgresBinDir(): string {
  const configured = process.env.POSTGRES_BIN_DIR;
  if (configured) return configured;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = majors[0];
  if (newest === undefined) {
    throw new Error(
      'The tests need PostgreSQL server binaries: install Debian\'s "postgresql" package (apt-get install postgresql) or set POSTGRES_BIN_DIR to a folder with initdb and pg_ctl.',
    );
  }
  return join(root, newest, 'bin');
}

async function idOf(user: string, flag: '-u' | '-g'): Promise<number> {
  const { stdout } = await execFile('id', [flag, user]);
  return Number(stdout.trim());
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

