import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { SessionTokens } from './store.ts';

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * Seals a session's upstream tokens with AES-256-GCM before they go into the database, so a copy of
 * the database (a backup, a read-only breach) holds no usable token. The key is derived from
 * SESSION_SECRET; the row's id hash is bound in as associated data, so a sealed value copied onto
 * another session's row does not open.
 */
export class TokenSeal {
  readonly #key: Buffer;

  constructor(secret: string) {
    this.#key = Buffer.from(hkdfSync('sha256', secret, 'payson-checkouts-admin', 'session tokens v1', 32));
  }

  seal(tokens: SessionTokens, idHash: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(idHash));
    const plain = JSON.stringify({ a: tokens.accessToken, r: tokens.refreshToken ?? null });
    const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), encrypted].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  /** The tokens, or undefined when the value was sealed with another key or for another row, or altered. */
  open(sealed: string, idHash: string, accessExpiresAt: number): SessionTokens | undefined {
    const [version, iv, tag, encrypted] = sealed.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || encrypted === undefined) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(idHash));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64url')), decipher.final()]).toString('utf8');
      const { a, r } = JSON.parse(plain) as { a: string; r: string | null };
      return { accessToken: a, accessExpiresAt, refreshToken: r ?? undefined };
    } catch {
      return undefined;
    }
  }
}
