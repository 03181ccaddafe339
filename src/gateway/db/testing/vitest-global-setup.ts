import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../database.ts';
import { startPostgresServer } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway PostgreSQL server of this test run (a superuser URL). */
    postgresUrl: string;
    /** A file holding a migrated, empty PGlite database; in-memory test databases start from it. */
    pgliteTemplate: string;
  }
}

/**
 * Every `vitest run` starts its own PostgreSQL server, so the database tests run against a real
 * PostgreSQL as well as PGlite on every run instead of assuming the two behave alike.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [server, template] = await Promise.all([startPostgresServer(), writePgliteTemplate()]);
  project.provide('postgresUrl', server.url);
  project.provide('pgliteTemplate', template.file);
  return async () => {
    await server.stop();
    template.remove();
  };
}

/** PGlite's initdb takes seconds; done once per run, every test database copies its result. */
async function writePgliteTemplate(): Promise<{ file: string; remove(): void }> {
  const folder = mkdtempSync(join(tmpdir(), 'payson-admin-pglite-'));
  const file = join(folder, 'template.tar');
  const database = await openDatabase({ memory: true });
  try {
    const dump = await database.dump!();
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
