import { resolve } from 'node:path';
import type { GatewayConfig } from '../gateway/config.ts';
import { openDatabase, type Database } from '../gateway/db/database.ts';

/** `.data/` in the project folder (git-ignored): where the embedded database lives by default. */
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../.data');

/** The configured PostgreSQL server, else the embedded PGlite in DATA_DIR. */
export function openConfiguredDatabase(config: GatewayConfig): Promise<Database> {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: dataDirOf(config) });
}

export function dataDirOf(config: GatewayConfig): string {
  return config.dataDir ? resolve(config.dataDir) : DEFAULT_DATA_DIR;
}
