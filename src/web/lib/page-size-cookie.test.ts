import { describe, expect, it } from 'vitest';
import { pageSizeFromCookieHeader } from './page-size-cookie.ts';

describe('pageSizeFromCookieHeader', () => {
  it('reads one of the page sizes from among other cookies', () => {
    expect(pageSizeFromCookieHeader('lang=sv; page_size=50; session=x')).toBe(50);
    expect(pageSizeFromCookieHeader('page_size=100')).toBe(100);
  });

  it('ignores sizes the list does not offer, and no cookie at all', () => {
    expect(pageSizeFromCookieHeader('page_size=37')).toBeUndefined();
    expect(pageSizeFromCookieHeader('page_size=')).toBeUndefined();
    expect(pageSizeFromCookieHeader('xpage_size=50')).toBeUndefined();
    expect(pageSizeFromCookieHeader(undefined)).toBeUndefined();
  });
});
