/**
 * Every table the gateway's queries use, one module per table family. Drizzle reads this to type
 * queries; the tables themselves are created by the migrations in `migrations/`, never from here.
 */
export { schemaMigrations } from './schema-migrations-table.ts';
export { sessions } from './sessions-table.ts';
export { auditEvents } from './audit-table.ts';
export { signInFailures } from './sign-in-failures-table.ts';
export { checkoutIndex, checkoutIndexState } from './checkout-index-table.ts';
export { checkoutIndexCount } from './checkout-index-count-table.ts';
