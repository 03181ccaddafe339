import { describe, expect, it } from 'vitest';
import { paths } from '../../lib/paths.ts';
import { parseActivitySearch } from './activity-search.ts';

describe('parseActivitySearch', () => {
  it('reads action, person and page from the URL, and paths.activity writes them back', () => {
    const url = paths.activity({ action: 'sent_payment_request', who: 'anna@test.se', page: 3 });
    const { search, ignored } = parseActivitySearch(new URL(url, 'http://x').searchParams);
    expect(search).toEqual({ action: 'sent_payment_request', who: 'anna@test.se', page: 3 });
    expect(ignored).toBe(false);
    expect(paths.activity()).toBe('/activity');
  });

  it('drops what it does not understand and says so', () => {
    const { search, ignored } = parseActivitySearch(new URLSearchParams('action=drop_tables&page=-2'));
    expect(search).toEqual({ action: undefined, who: undefined, page: 1 });
    expect(ignored).toBe(true);
  });
});
