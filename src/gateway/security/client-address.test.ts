import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address.ts';

const PEER = '10.0.0.2';

describe('clientAddressOf', () => {
  it('is the peer with no trusted proxy, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf(PEER, undefined, 0)).toBe(PEER);
    expect(clientAddressOf(PEER, '203.0.113.7', 0)).toBe(PEER);
  });

  it('is the address the one trusted proxy appended, not what the client wrote before it', () => {
    expect(clientAddressOf(PEER, '203.0.113.7', 1)).toBe('203.0.113.7');
    // The client sent "X-Forwarded-For: 1.2.3.4" itself; the proxy appended the address it saw.
    expect(clientAddressOf(PEER, '1.2.3.4, 203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('counts hops from the right with two trusted proxies', () => {
    // client 203.0.113.7 → CDN (appends it) → load balancer 10.0.0.9 (appends the CDN's address) → gateway
    expect(clientAddressOf(PEER, '1.2.3.4, 203.0.113.7, 198.51.100.20', 2)).toBe('203.0.113.7');
  });

  it('takes the leftmost it has when the chain is shorter than the trusted hops', () => {
    expect(clientAddressOf(PEER, '203.0.113.7', 3)).toBe('203.0.113.7');
    expect(clientAddressOf(PEER, undefined, 1)).toBe(PEER);
    expect(clientAddressOf(PEER, ' , ', 1)).toBe(PEER);
  });

  it('reads IPv6 entries and spaces as proxies write them', () => {
    expect(clientAddressOf(PEER, '2001:db8::1 ,  2001:db8::2', 1)).toBe('2001:db8::2');
  });
});
