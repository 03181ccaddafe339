import { createMiddleware } from 'hono/factory';
import type { GatewayConfig } from '../config.ts';

/**
 * The strict Content-Security-Policy for the built SPA: our own scripts and styles only, and frames
 * only from the allow-listed Payson embed origins (the checkout preview).
 */
function contentSecurityPolicy(embedUrls: readonly string[]): string {
  const frameOrigins = [...new Set(embedUrls.map((url) => new URL(url).origin))];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frameOrigins.length > 0 ? frameOrigins.join(' ') : "'none'"}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    // The one policy the SPA creates: it hands a snippet to DOMParser, which never runs it.
    "trusted-types payson-snippet-inert",
  ].join('; ');
}

function securityHeaderValues(config: Pick<GatewayConfig, 'embedUrls' | 'secureCookies'>): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config.embedUrls),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    // HSTS only where the site is served over TLS; on plain-http loopback it would be meaningless.
    ...(config.secureCookies ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Adds the security headers to every response: API, static files, errors and the sandbox control alike. */
export function securityHeaders(config: Pick<GatewayConfig, 'embedUrls' | 'secureCookies'>) {
  const headers = Object.entries(securityHeaderValues(config));
  return createMiddleware(async (c, next) => {
    await next();
    for (const [name, value] of headers) c.header(name, value);
  });
}
