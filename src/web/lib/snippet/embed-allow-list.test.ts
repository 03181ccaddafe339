import { describe, expect, it } from 'vitest';
import { normaliseHostname, parseEmbedAllowList } from './embed-allow-list.ts';

describe('parseEmbedAllowList', () => {
  it('reads Payson and sandbox entries into normalised parts', () => {
    expect(
      parseEmbedAllowList([
        'https://www.payson.se/embedded/checkout',
        'http://127.0.0.1:54321/embedded/checkout',
      ]),
    ).toEqual([
      {
        protocol: 'https:',
        hostname: 'www.payson.se',
        port: '',
        pathname: '/embedded/checkout',
        origin: 'https://www.payson.se',
      },
      {
        protocol: 'http:',
        hostname: '127.0.0.1',
        port: '54321',
        pathname: '/embedded/checkout',
        origin: 'http://127.0.0.1:54321',
      },
    ]);
  });

  it('normalises host case, a trailing dot and the default port', () => {
    expect(parseEmbedAllowList(['https://WWW.Payson.SE.:443/embedded/checkout'])).toEqual([
      expect.objectContaining({ origin: 'https://www.payson.se', pathname: '/embedded/checkout' }),
    ]);
  });

  it('tolerates surrounding space from a comma-separated environment variable', () => {
    expect(parseEmbedAllowList([' https://www.payson.se/embedded/checkout '])).toHaveLength(1);
  });

  it.each([
    ['not a URL', 'www.payson.se/embedded/checkout'],
    ['another scheme', 'ftp://www.payson.se/embedded/checkout'],
    ['javascript:', 'javascript:alert(1)'],
    ['credentials', 'https://user:pass@www.payson.se/embedded/checkout'],
    ['a query', 'https://www.payson.se/embedded/checkout?id=x'],
    ['a fragment', 'https://www.payson.se/embedded/checkout#x'],
    ['an IPv6 literal', 'http://[::1]:5000/embedded/checkout'],
    ['empty', ''],
  ])('drops an entry with %s, so it can never widen the list', (_name, entry) => {
    expect(parseEmbedAllowList([entry])).toEqual([]);
  });
});

describe('normaliseHostname', () => {
  it('lower-cases and drops one trailing dot only', () => {
    expect(normaliseHostname('WWW.PAYSON.SE.')).toBe('www.payson.se');
    expect(normaliseHostname('www.payson.se..')).toBe('www.payson.se.');
  });
});
