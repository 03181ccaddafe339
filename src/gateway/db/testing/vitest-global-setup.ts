import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway PostgreSQL server of this test run (a superuser URL). */
    postgresUrl: string;
  }
}

/**
 * Every `vitest run` starts its own PostgreSQL server, so the database tests run against a real
 * PostgreSQL as well as PGlite on every run instead of assuming the two behave alike.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
