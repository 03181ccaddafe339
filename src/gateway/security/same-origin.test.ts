import { describe, expect, it } from 'vitest';
import { isAllowedStateChange } from './same-origin.ts';

const URL = 'https://admin.example.se/api/session';

/** As the server sees it: a body comes with its Content-Length. */
function request(method: string, headers: Record<string, string>, body?: string) {
  const length: Record<string, string> = body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) };
  return new Request(URL, { method, headers: { ...length, ...headers }, body });
}

describe('isAllowedStateChange', () => {
  it('lets reads through', () => {
    expect(isAllowedStateChange(request('GET', {}))).toBe(true);
  });

  it('accepts JSON from our own origin', () => {
    expect(isAllowedStateChange(request('POST', { Origin: 'https://admin.example.se', 'Content-Type': 'application/json; charset=utf-8' }, '{}'))).toBe(true);
  });

  it('refuses a missing or foreign Origin', () => {
    const json = { 'Content-Type': 'application/json' };
    expect(isAllowedStateChange(request('POST', json, '{}'))).toBe(false);
    expect(isAllowedStateChange(request('POST', { ...json, Origin: 'https://evil.example' }, '{}'))).toBe(false);
    expect(isAllowedStateChange(request('POST', { ...json, Origin: 'http://admin.example.se' }, '{}'))).toBe(false);
    expect(isAllowedStateChange(request('PUT', { ...json, Origin: 'null' }, '{}'))).toBe(false);
  });

  it('refuses what an HTML form can send', () => {
    const origin = { Origin: 'https://admin.example.se' };
    expect(isAllowedStateChange(request('POST', { ...origin, 'Content-Type': 'text/plain' }, '{}'))).toBe(false);
    expect(isAllowedStateChange(request('POST', { ...origin, 'Content-Type': 'application/x-www-form-urlencoded' }, 'a=b'))).toBe(false);
    expect(isAllowedStateChange(request('POST', origin))).toBe(false);
  });

  it('lets DELETE come without a body, but not with a non-JSON one', () => {
    const origin = { Origin: 'https://admin.example.se' };
    expect(isAllowedStateChange(request('DELETE', origin))).toBe(true);
    expect(isAllowedStateChange(request('DELETE', { ...origin, 'Content-Type': 'text/plain' }, 'x'))).toBe(false);
    expect(isAllowedStateChange(request('DELETE', {}))).toBe(false);
  });

  it('compares with the configured public origin behind a proxy, not the URL the gateway sees', () => {
    const behindProxy = new Request('http://10.0.0.5:4173/api/session', {
      method: 'DELETE',
      headers: { Origin: 'https://admin.example.se' },
    });
    expect(isAllowedStateChange(behindProxy, 'https://admin.example.se')).toBe(true);
    expect(isAllowedStateChange(behindProxy)).toBe(false);
    const internal = new Request('http://10.0.0.5:4173/api/session', { method: 'DELETE', headers: { Origin: 'http://10.0.0.5:4173' } });
    expect(isAllowedStateChange(internal, 'https://admin.example.se')).toBe(false);
  });
});
