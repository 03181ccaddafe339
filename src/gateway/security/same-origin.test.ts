import { describe, expect, it } from 'vitest';
import { isAddressedToUs, isAllowedStateChange } from './same-origin.ts';

const URL = 'https://admin.example.se/api/session';
const OURS = ['https://admin.example.se'];

/** As the server sees it: a body comes with its Content-Length. */
function request(method: string, headers: Record<string, string>, body?: string) {
  const length: Record<string, string> = body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(body)) };
  return new Request(URL, { method, headers: { ...length, ...headers }, body });
}

describe('isAllowedStateChange', () => {
  it('lets reads through', () => {
    expect(isAllowedStateChange(request('GET', {}), OURS)).toBe(true);
  });

  it('accepts JSON from our own origin', () => {
    expect(isAllowedStateChange(request('POST', { Origin: 'https://admin.example.se', 'Content-Type': 'application/json; charset=utf-8' }, '{}'), OURS)).toBe(true);
  });

  it('refuses a missing or foreign Origin', () => {
    const json = { 'Content-Type': 'application/json' };
    expect(isAllowedStateChange(request('POST', json, '{}'), OURS)).toBe(false);
    expect(isAllowedStateChange(request('POST', { ...json, Origin: 'https://evil.example' }, '{}'), OURS)).toBe(false);
    expect(isAllowedStateChange(request('POST', { ...json, Origin: 'http://admin.example.se' }, '{}'), OURS)).toBe(false);
    expect(isAllowedStateChange(request('PUT', { ...json, Origin: 'null' }, '{}'), OURS)).toBe(false);
  });

  it('refuses what an HTML form can send', () => {
    const origin = { Origin: 'https://admin.example.se' };
    expect(isAllowedStateChange(request('POST', { ...origin, 'Content-Type': 'text/plain' }, '{}'), OURS)).toBe(false);
    expect(isAllowedStateChange(request('POST', { ...origin, 'Content-Type': 'application/x-www-form-urlencoded' }, 'a=b'), OURS)).toBe(false);
    expect(isAllowedStateChange(request('POST', origin), OURS)).toBe(false);
  });

  it('lets DELETE come without a body, but not with a non-JSON one', () => {
    const origin = { Origin: 'https://admin.example.se' };
    expect(isAllowedStateChange(request('DELETE', origin), OURS)).toBe(true);
    expect(isAllowedStateChange(request('DELETE', { ...origin, 'Content-Type': 'text/plain' }, 'x'), OURS)).toBe(false);
    expect(isAllowedStateChange(request('DELETE', {}), OURS)).toBe(false);
  });

  it('compares with the configured origins, never the URL or Host the request names', () => {
    const behindProxy = new Request('http://10.0.0.5:4173/api/session', {
      method: 'DELETE',
      headers: { Origin: 'https://admin.example.se' },
    });
    expect(isAllowedStateChange(behindProxy, OURS)).toBe(true);
    const rebound = new Request('http://evil.example:4173/api/session', { method: 'DELETE', headers: { Origin: 'http://evil.example:4173' } });
    expect(isAllowedStateChange(rebound, OURS)).toBe(false);
    const loopback = ['http://localhost:4173', 'http://127.0.0.1:4173', 'http://[::1]:4173'];
    expect(isAllowedStateChange(new Request('http://[::1]:4173/api/session', { method: 'DELETE', headers: { Origin: 'http://[::1]:4173' } }), loopback)).toBe(true);
    expect(isAllowedStateChange(rebound, loopback)).toBe(false);
  });
});

describe('isAddressedToUs', () => {
  const loopback = ['http://localhost:4173', 'http://127.0.0.1:4173', 'http://[::1]:4173'];
  const withHost = (host: string) => new Request('http://127.0.0.1:4173/api/session', { headers: { Host: host } });

  it('accepts the origins\' hosts, whatever their case or spelled-out default port', () => {
    for (const host of ['localhost:4173', 'LocalHost:4173', '127.0.0.1:4173', '[::1]:4173']) expect(isAddressedToUs(withHost(host), loopback)).toBe(true);
    expect(isAddressedToUs(withHost('admin.example.se:443'), OURS)).toBe(true);
    expect(isAddressedToUs(withHost('admin.example.se'), OURS)).toBe(true);
  });

  it('refuses any other name, port or a malformed Host', () => {
    for (const host of ['evil.example:4173', 'localhost:4174', 'localhost', '127.0.0.2:4173', 'user@localhost:4173', 'localhost:4173/x', '']) {
      expect(isAddressedToUs(withHost(host), loopback), host).toBe(false);
    }
    expect(isAddressedToUs(withHost('10.0.0.5:4173'), OURS)).toBe(false);
  });

  it('reads the URL\'s host when the request has no Host header (app.request in tests)', () => {
    expect(isAddressedToUs(new Request('https://admin.example.se/api/config'), OURS)).toBe(true);
    expect(isAddressedToUs(new Request('https://evil.example/api/config'), OURS)).toBe(false);
  });
});
