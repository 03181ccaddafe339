import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../../contract/gateway-api.ts';
import type { PaysonCredentials } from '../upstream/payson-client.ts';

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
  readonly id: string;
  readonly user: SessionUser;
  /** A pseudonym of the user for logs; never the id or email itself. */
  readonly userHash: string;
  tokens: SessionTokens;
  readonly createdAt: number;
  lastSeenAt: number;
  /** Per company; lives and dies with the session, so it never outlasts the user's own access. */
  readonly paysonCredentials: Map<string, CachedPaysonCredentials>;
  /** The token refresh in flight, shared by concurrent requests: Keycloak may rotate refresh tokens. */
  refreshing?: Promise<void>;
}

export interface SessionStoreOptions {
  idleMs: number;
  absoluteMs: number;
  now?: () => number;
}

/**
 * Sessions in memory, keyed by a random 256-bit id that only the session cookie carries. A session
 * ends after `idleMs` without a request or `absoluteMs` after sign-in, whichever comes first.
 * Memory only: a restart signs everyone out, which is acceptable for an admin tool on one process.
 */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #idleMs: number;
  readonly #absoluteMs: number;
  readonly now: () => number;

  constructor(options: SessionStoreOptions) {
    this.#idleMs = options.idleMs;
    this.#absoluteMs = options.absoluteMs;
    this.now = options.now ?? Date.now;
  }

  create(init: Pick<Session, 'user' | 'userHash' | 'tokens'>): Session {
    this.#sweepExpired();
    const now = this.now();
    const session: Session = {
      ...init,
      id: randomBytes(32).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      paysonCredentials: new Map(),
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, its idle clock restarted; undefined once expired. */
  get(id: string): Session | undefined {
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    if (this.#isExpired(session)) {
      this.#sessions.delete(id);
      return undefined;
    }
    session.lastSeenAt = this.now();
    return session;
  }

  delete(id: string): void {
    this.#sessions.delete(id);
  }

  get size(): number {
    return this.#sessions.size;
  }

  #isExpired(session: Session): boolean {
    const now = this.now();
    return now - session.lastSeenAt >= this.#idleMs || now - session.createdAt >= this.#absoluteMs;
  }

  /** Sessions nobody comes back for would otherwise stay in memory; sign-ins are rare enough to pay for it. */
  #sweepExpired(): void {
    for (const session of this.#sessions.values()) {
      if (this.#isExpired(session)) this.#sessions.delete(session.id);
    }
  }
}
