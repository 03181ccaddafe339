import { resolve } from 'node:path';
import type { GatewayConfig } from '../gateway/config.ts';
import { openDatabase, type Database } from '../gateway/db/database.ts';
import { resolveSessionSecret } from '../gateway/session/session-secret.ts';

/** `.data/` in the project folder (git-ignored): where the embedded database lives by default. */
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../.data');

/** The configured PostgreSQL server, else the embedded PGlite in DATA_DIR. */
export function openConfiguredDatabase(config: GatewayConfig): Promise<Database> {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: dataDirOf(config) });
}

export function dataDirOf(config: GatewayConfig): string {
  return config.dataDir ? resolve(config.dataDir) : DEFAULT_DATA_DIR;
}

/**
 * The configuration with the session secret start-up settled on: SESSION_SECRET, required in live
 * mode and with a shared DATABASE_URL; else one generated into (and reused from) DATA_DIR.
 */
export function withSessionSecret(config: GatewayConfig, mode: { live: boolean }): GatewayConfig {
  const sessionSecret = resolveSessionSecret({
    configured: config.sessionSecret,
    required: mode.live || Boolean(config.databaseUrl),
    dataDir: dataDirOf(config),
  });
  return { ...config, sessionSecret };
}
