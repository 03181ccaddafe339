import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost } from './loopback.ts';

describe('isLoopbackAddress', () => {
  it('knows this machine’s addresses as a socket reports them', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1', '[::1]']) {
      expect(isLoopbackAddress(address), address).toBe(true);
    }
  });

  it('refuses every other address, and none at all', () => {
    for (const address of [undefined, '', '10.0.0.5', '192.168.1.2', '::ffff:10.0.0.5', '0.0.0.0', '::', 'fe80::1', '128.0.0.1', 'localhost']) {
      expect(isLoopbackAddress(address), String(address)).toBe(false);
    }
  });
});

describe('isLoopbackHost', () => {
  it('takes loopback addresses and localhost names, refuses wildcards and other hosts', () => {
    for (const host of ['127.0.0.1', 'localhost', 'LOCALHOST', 'app.localhost', '::1', '[::1]']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of [undefined, '0.0.0.0', '::', '192.168.1.2', 'admin.example.se', 'localhost.evil.example']) {
      expect(isLoopbackHost(host), String(host)).toBe(false);
    }
  });
});
