import { createHmac, timingSafeEqual } from 'node:crypto';

/** HS256 JSON Web Tokens, as the sandbox's identity provider issues them and BokaMera checks them. */

export type JwtClaims = Record<string, unknown> & { exp: number; iat: number };

const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

function signature(signingInput: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(signingInput).digest();
}

export function signJwt(claims: JwtClaims, secret: Buffer): string {
  const signingInput = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${signingInput}.${signature(signingInput, secret).toString('base64url')}`;
}

/** The claims of a well-signed HS256 token that has not expired at `nowSeconds`; otherwise undefined. */
export function verifyJwt(token: string, secret: Buffer, nowSeconds: number): JwtClaims | undefined {
  const [header, payload, signed, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || signed === undefined || rest.length > 0) return undefined;
  const expected = signature(`${header}.${payload}`, secret);
  const actual = Buffer.from(signed, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown };
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<JwtClaims>;
    if (alg !== 'HS256' || typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return undefined;
    return claims.exp > nowSeconds ? (claims as JwtClaims) : undefined;
  } catch {
    return undefined;
  }
}
