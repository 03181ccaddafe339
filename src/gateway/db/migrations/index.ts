import { sessionsMigration } from './001-sessions.ts';
import { auditMigration } from './002-audit.ts';
import { signInFailuresMigration } from './003-sign-in-failures.ts';
import { checkoutIndexMigration } from './004-checkout-index.ts';
import { checkoutSearchMigration } from './006-checkout-search.ts';
import type { Migration } from './migration.ts';

/** Every migration, in the order they apply. Add new ones at the end with the next version. */
export const MIGRATIONS: readonly Migration[] = [sessionsMigration, auditMigration, signInFailuresMigration, checkoutIndexMigration, checkoutSearchMigration];
