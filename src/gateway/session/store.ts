import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lte, or } from 'drizzle-orm';
import type { SessionUser } from '../../contract/gateway-api.ts';
import type { Db } from '../db/database.ts';
import { sessions } from '../db/sessions-table.ts';
import type { PaysonCredentials } from '../upstream/payson-client.ts';
import { TokenSeal } from './token-seal.ts';

/** How stale the stored last-seen time may get before a request writes it again. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  accessExpiresAt: number;
  refreshToken: string | undefined;
}

export interface CachedPaysonCredentials {
  credentials: PaysonCredentials;
  expiresAt: number;
}

export interface Session {
  /** The SHA-256 of the cookie's id: the row's key. The id itself is only ever in the cookie. */
  readonly idHash: string;
  readonly user: SessionUser;
  /** A pseudonym of the user for logs; never the id or email itself. */
  readonly userHash: string;
  tokens: SessionTokens;
  /** Which refresh produced `tokens`; see token-refresh.ts. */
  tokenVersion: number;
  /** When this request began reading the session (it may have waited for another's refresh). */
  readonly readStartedAt: number;
  readonly createdAt: number;
  lastSeenAt: number;
  /**
   * Per company; this process's cache (never stored in the database), dropped with the session, so
   * it never outlasts the user's own access by more than its few minutes.
   */
  readonly paysonCredentials: Map<string, CachedPaysonCredentials>;
}

export interface SessionStoreOptions {
  db: Db;
  /** Seals the upstream tokens at rest (SESSION_SECRET). */
  secret: string;
  idleMs: number;
  absoluteMs: number;
  now?: () => number;
}

type SessionRow = typeof sessions.$inferSelect;

/**
 * Sessions in the database, shared by every gateway on it and surviving restarts. The cookie holds a
 * random 256-bit id; the row holds only its SHA-256 and the upstream tokens sealed. A session ends
 * after `idleMs` without a request or `absoluteMs` after sign-in, whichever comes first; ended rows
 * are deleted when found and swept at every sign-in.
 */
export class SessionStore {
  readonly #db: Db;
  readonly #seal: TokenSeal;
  readonly #idleMs: number;
  readonly #absoluteMs: number;
  readonly #paysonCredentials = new Map<string, Map<string, CachedPaysonCredentials>>();
  readonly now: () => number;

  constructor(options: SessionStoreOptions) {
    this.#db = options.db;
    this.#seal = new TokenSeal(options.secret);
    this.#idleMs = options.idleMs;
    this.#absoluteMs = options.absoluteMs;
    this.now = options.now ?? Date.now;
  }

  /** A new session and the id its cookie carries (returned once, stored nowhere). */
  async create(init: Pick<Session, 'user' | 'userHash' | 'tokens'>): Promise<{ id: string; session: Session }> {
    await this.purgeExpired();
    const now = this.now();
    const id = randomBytes(32).toString('base64url');
    const idHash = hashSessionId(id);
    await this.#db.insert(sessions).values({
      idHash,
      user: init.user,
      userHash: init.userHash,
      sealedTokens: this.#seal.seal(init.tokens, idHash),
      accessExpiresAt: init.tokens.accessExpiresAt,
      tokensRefreshedAt: now,
      createdAt: now,
      lastSeenAt: now,
    });
    return { id, session: { ...init, idHash, tokenVersion: 0, readStartedAt: now, createdAt: now, lastSeenAt: now, paysonCredentials: this.#credentialCache(idHash) } };
  }

  /** The live session this cookie id names, its idle clock restarted; undefined once ended. */
  async get(id: string): Promise<Session | undefined> {
    const idHash = hashSessionId(id);
    const now = this.now();
    // A plain read: it never waits for another request's token refresh (which holds the row lock).
    const [row] = await this.#db
      .select()
      .from(sessions)
      .where(and(eq(sessions.idHash, idHash), this.#alive(now)));
    if (!row) {
      await this.#forget(idHash);
      return undefined;
    }
    // Writing on every request would make each read a write (the benchmark's list route lost most of
    // its throughput to it); a minute's precision on a 30-minute idle limit is plenty.
    if (now - row.lastSeenAt >= TOUCH_INTERVAL_MS) {
      await this.#db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
      row.lastSeenAt = now;
    }
    return this.#fromRow(row, now);
  }

  /**
   * The row key of the live session this cookie id names, read without touching the row: a plain
   * read never waits for another request's token refresh, and does not count as activity.
   */
  async liveIdHash(id: string): Promise<string | undefined> {
    const idHash = hashSessionId(id);
    const [row] = await this.#db
      .select({ idHash: sessions.idHash })
      .from(sessions)
      .where(and(eq(sessions.idHash, idHash), this.#alive(this.now())));
    return row?.idHash;
  }

  async delete(session: Pick<Session, 'idHash'>): Promise<void> {
    await this.#forget(session.idHash);
  }

  /** Deletes the session a cookie id names, live or not (a sign-in replacing an earlier cookie). */
  async deleteById(id: string): Promise<void> {
    await this.#forget(hashSessionId(id));
  }

  /** Deletes every ended session; answers how many. */
  async purgeExpired(): Promise<number> {
    const now = this.now();
    const gone = await this.#db
      .delete(sessions)
      .where(or(lte(sessions.lastSeenAt, now - this.#idleMs), lte(sessions.createdAt, now - this.#absoluteMs)))
      .returning({ idHash: sessions.idHash });
    for (const { idHash } of gone) this.#paysonCredentials.delete(idHash);
    // Sessions another gateway ended leave their cache here; it is useless once its entries expired.
    for (const [idHash, cache] of this.#paysonCredentials) {
      if ([...cache.values()].every((entry) => entry.expiresAt <= now)) this.#paysonCredentials.delete(idHash);
    }
    return gone.length;
  }

  /**
   * Runs `decide` with the session's current tokens while holding its row lock, and stores the tokens
   * it answers (bumping the version). Requests of any gateway asking at the same time wait for the
   * lock and then see the stored result. Undefined when the session no longer exists.
   */
  async withTokenLock(
    session: Session,
    decide: (current: { tokens: SessionTokens; tokenVersion: number; tokensRefreshedAt: number }) => Promise<SessionTokens | undefined>,
  ): Promise<{ tokens: SessionTokens; tokenVersion: number } | undefined> {
    return this.#db.transaction(async (tx) => {
      const [row] = await tx.select().from(sessions).where(eq(sessions.idHash, session.idHash)).for('update');
      const tokens = row && this.#seal.open(row.sealedTokens, row.idHash, row.accessExpiresAt);
      if (!row || !tokens) return undefined;
      const current = { tokens, tokenVersion: row.tokenVersion, tokensRefreshedAt: row.tokensRefreshedAt };
      const next = await decide(current);
      if (!next) return current;
      const tokenVersion = row.tokenVersion + 1;
      await tx
        .update(sessions)
        .set({ sealedTokens: this.#seal.seal(next, row.idHash), accessExpiresAt: next.accessExpiresAt, tokenVersion, tokensRefreshedAt: this.now() })
        .where(eq(sessions.idHash, row.idHash));
      return { tokens: next, tokenVersion };
    });
  }

  #alive(now: number) {
    return and(gt(sessions.lastSeenAt, now - this.#idleMs), gt(sessions.createdAt, now - this.#absoluteMs));
  }

  async #forget(idHash: string): Promise<void> {
    this.#paysonCredentials.delete(idHash);
    await this.#db.delete(sessions).where(eq(sessions.idHash, idHash));
  }

  #fromRow(row: SessionRow, readStartedAt: number): Session | undefined {
    // Sealed with another secret (a misconfigured peer) or altered: as good as no session.
    const tokens = this.#seal.open(row.sealedTokens, row.idHash, row.accessExpiresAt);
    if (!tokens) return undefined;
    return {
      idHash: row.idHash,
      user: row.user,
      userHash: row.userHash,
      tokens,
      tokenVersion: row.tokenVersion,
      readStartedAt,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      paysonCredentials: this.#credentialCache(row.idHash),
    };
  }

  #credentialCache(idHash: string): Map<string, CachedPaysonCredentials> {
    let cache = this.#paysonCredentials.get(idHash);
    if (!cache) {
      cache = new Map();
      this.#paysonCredentials.set(idHash, cache);
    }
    return cache;
  }
}

/** What the database keys a session by: the cookie id's SHA-256, useless as a cookie. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

