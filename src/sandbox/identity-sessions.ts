import { randomBytes, randomUUID } from 'node:crypto';
import type { SandboxAccount } from './accounts.ts';
import type { Clock } from './clock.ts';

/**
 * Keycloak's sessions as far as the token endpoint shows them: each sign-in opens a session with a
 * refresh token; a refresh rotates it (the old one stops working); logout ends the session.
 */

export interface IdentitySession {
  id: string;
  account: SandboxAccount;
  refreshToken: string;
  refreshExpiresAtMs: number;
}

/** Keycloak's error descriptions for a refresh token it will not take (all `invalid_grant`). */
export type RefreshRefusal = 'Invalid refresh token' | 'Token is not active' | 'Session not active' | 'Stale token';

interface RefreshTokenRecord {
  sessionId: string;
  expiresAtMs: number;
  rotated: boolean;
}

/** Records of expired tokens are kept this long, so a late refresh still hears "not active". */
const FORGET_AFTER_MS = 60 * 60 * 1000;

export class IdentitySessions {
  private readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  private readonly activeSessions = new Map<string, SandboxAccount>();

  constructor(
    private readonly clock: Clock,
    readonly refreshLifetimeSeconds: number,
  ) {}

  open(account: SandboxAccount): IdentitySession {
    this.forgetExpired();
    const id = randomUUID();
    this.activeSessions.set(id, account);
    return this.issue(id, account);
  }

  /** A new refresh token for the session of `refreshToken`, which stops working. */
  refresh(refreshToken: string): IdentitySession | RefreshRefusal {
    const found = this.lookUp(refreshToken);
    if (typeof found === 'string') return found;
    found.record.rotated = true;
    return this.issue(found.record.sessionId, found.account);
  }

  /** Ends the session of `refreshToken`. */
  close(refreshToken: string): true | RefreshRefusal {
    const found = this.lookUp(refreshToken);
    if (typeof found === 'string') return found;
    this.activeSessions.delete(found.record.sessionId);
    return true;
  }

  private lookUp(refreshToken: string): { record: RefreshTokenRecord; account: SandboxAccount } | RefreshRefusal {
    const record = this.refreshTokens.get(refreshToken);
    if (!record) return 'Invalid refresh token';
    const account = this.activeSessions.get(record.sessionId);
    if (!account) return 'Session not active';
    if (record.expiresAtMs <= this.clock()) return 'Token is not active';
    if (record.rotated) return 'Stale token';
    return { record, account };
  }

  private issue(sessionId: string, account: SandboxAccount): IdentitySession {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAtMs = this.clock() + this.refreshLifetimeSeconds * 1000;
    this.refreshTokens.set(refreshToken, { sessionId, expiresAtMs: refreshExpiresAtMs, rotated: false });
    return { id: sessionId, account, refreshToken, refreshExpiresAtMs };
  }

  private forgetExpired(): void {
    const now = this.clock();
    const remembered = new Set<string>();
    for (const [token, record] of this.refreshTokens) {
      if (record.expiresAtMs + FORGET_AFTER_MS < now) this.refreshTokens.delete(token);
      else remembered.add(record.sessionId);
    }
    for (const sessionId of this.activeSessions.keys()) {
      if (!remembered.has(sessionId)) this.activeSessions.delete(sessionId);
    }
  }
}
