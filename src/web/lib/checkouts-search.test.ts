import { describe, expect, it } from 'vitest';
import { parseCheckoutsSearch } from './checkouts-search.ts';

function parse(query: string) {
  return parseCheckoutsSearch(new URLSearchParams(query));
}

describe('parseCheckoutsSearch', () => {
  it('reads an empty query as all checkouts, page 1', () => {
    expect(parse('')).toEqual({ search: { status: undefined, page: 1 }, problems: [] });
  });

  it('reads a status in any casing and a page', () => {
    expect(parse('status=ReadyToShip&page=3').search).toEqual({ status: 'readyToShip', page: 3 });
    expect(parse('status=readytoship').search.status).toBe('readyToShip');
  });

  it('treats "all" and an empty status as no filter', () => {
    expect(parse('status=all')).toEqual({ search: { status: undefined, page: 1 }, problems: [] });
    expect(parse('status=')).toEqual({ search: { status: undefined, page: 1 }, problems: [] });
  });

  it('reports an unknown status and shows all', () => {
    expect(parse('status=teleported&page=2')).toEqual({
      search: { status: undefined, page: 2 },
      problems: [{ kind: 'unknownStatus', raw: 'teleported' }],
    });
  });

  it('does not filter by statuses Payson itself never reports', () => {
    expect(parse('status=credited').problems).toEqual([{ kind: 'unknownStatus', raw: 'credited' }]);
  });

  it.each(['0', '-1', '1.5', 'abc', '99999999', '1e3'])('reports page %s and shows page 1', (raw) => {
    const { search, problems } = parse(`page=${raw}`);
    expect(search.page).toBe(1);
    expect(problems).toEqual([{ kind: 'invalidPage', raw }]);
  });
});
