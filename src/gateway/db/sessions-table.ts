import { bigint, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { SessionUser } from '../../contract/gateway-api.ts';

/**
 * Signed-in sessions. The row is keyed by the SHA-256 of the cookie's random id, so the database
 * never holds a usable cookie; the upstream tokens are sealed with AES-256-GCM. Times are epoch
 * milliseconds from the gateway's clock (tests move that clock), not the database's `now()`.
 */
export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  user: jsonb('user').$type<SessionUser>().notNull(),
  /** A pseudonym of the user for logs. */
  userHash: text('user_hash').notNull(),
  /** The access and refresh tokens, sealed (see session/token-seal.ts). */
  sealedTokens: text('sealed_tokens').notNull(),
  accessExpiresAt: bigint('access_expires_at', { mode: 'number' }).notNull(),
  /** Bumped by every token refresh, so a request can tell that another one already refreshed. */
  tokenVersion: integer('token_version').notNull().default(0),
  /** When the tokens were last stored (sign-in or refresh): a request that began earlier can use them. */
  tokensRefreshedAt: bigint('tokens_refreshed_at', { mode: 'number' }).notNull(),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  lastSeenAt: bigint('last_seen_at', { mode: 'number' }).notNull(),
});
