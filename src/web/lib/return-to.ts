const probeOrigin = 'https://return-to.invalid';

/**
 * Where to go after signing in. Only a same-origin path is accepted: it must start with one "/"
 * ("//host" and "/\host" are protocol-relative URLs to another site) and contain no control
 * characters or backslashes, which browsers may normalise into something else.
 */
export function safeReturnTo(raw: string | null | undefined): string | undefined {
  if (!raw || !raw.startsWith('/')) return undefined;
  if (raw.startsWith('//') || raw.includes('\\')) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw, probeOrigin);
  } catch {
    return undefined;
  }
  if (url.origin !== probeOrigin || url.pathname === '/sign-in') return undefined;
  return raw;
}
