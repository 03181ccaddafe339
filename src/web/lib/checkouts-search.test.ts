import { describe, expect, it } from 'vitest';
import { checkoutsSearchParams, emptyCheckoutsSearch, parseCheckoutsSearch, withoutFilters } from './checkouts-search.ts';

function parse(query: string) {
  return parseCheckoutsSearch(new URLSearchParams(query));
}

const none = { ...emptyCheckoutsSearch, status: [] };

describe('parseCheckoutsSearch', () => {
  it('reads an empty query as all checkouts, page 1', () => {
    expect(parse('')).toEqual({ search: none, problems: [] });
  });

  it('reads a status in any casing and a page', () => {
    expect(parse('status=ReadyToShip&page=3').search).toEqual({ ...none, status: ['readyToShip'], page: 3 });
    expect(parse('status=readytoship').search.status).toEqual(['readyToShip']);
  });

  it('reads several statuses, once each', () => {
    expect(parse('status=readyToShip&status=shipped&status=readyToShip').search.status).toEqual(['readyToShip', 'shipped']);
  });

  it('treats "all" and an empty status as no filter', () => {
    expect(parse('status=all')).toEqual({ search: none, problems: [] });
    expect(parse('status=')).toEqual({ search: none, problems: [] });
  });

  it('reports an unknown status and shows all', () => {
    expect(parse('status=teleported&page=2')).toEqual({
      search: { ...none, page: 2 },
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

  it('reads the search, the dates, the amounts, the order, the page size and the view', () => {
    const { search, problems } = parse(
      'q=+%C3%B6stlund+&createdFrom=2026-01-01&createdTo=2026-01-31&amountFrom=100&amountTo=1+200,50&sort=amount&dir=asc&pageSize=50&view=attention',
    );
    expect(problems).toEqual([]);
    expect(search).toEqual({
      ...none,
      q: 'östlund',
      createdFrom: '2026-01-01',
      createdTo: '2026-01-31',
      amountFrom: '100',
      amountTo: '1200.5',
      sort: 'amount',
      dir: 'asc',
      pageSize: 50,
      view: 'attention',
    });
  });

  it('leaves out each value that makes no sense, saying which', () => {
    const { search, problems } = parse(
      'createdFrom=2026-02-30&createdTo=yesterday&amountFrom=lots&sort=colour&dir=up&pageSize=37&view=mine&q=ok',
    );
    expect(search).toEqual({ ...none, q: 'ok' });
    expect(problems).toEqual([
      { kind: 'invalidValue', param: 'createdFrom', raw: '2026-02-30' },
      { kind: 'invalidValue', param: 'createdTo', raw: 'yesterday' },
      { kind: 'invalidValue', param: 'amountFrom', raw: 'lots' },
      { kind: 'invalidValue', param: 'sort', raw: 'colour' },
      { kind: 'invalidValue', param: 'dir', raw: 'up' },
      { kind: 'invalidValue', param: 'pageSize', raw: '37' },
      { kind: 'invalidValue', param: 'view', raw: 'mine' },
    ]);
  });
});

describe('checkoutsSearchParams', () => {
  it('writes back what it read, leaving out the defaults', () => {
    const query = 'q=anna&status=readyToShip&status=shipped&createdFrom=2026-01-01&amountTo=99.5&sort=customer&dir=asc&pageSize=100&page=4';
    expect(checkoutsSearchParams(parse(query).search).toString()).toBe(query);
    expect(checkoutsSearchParams(none).toString()).toBe('');
  });
});

describe('withoutFilters', () => {
  it('clears the filters but keeps the order, the page size and the view', () => {
    const search = parse('q=a&status=shipped&amountFrom=3&sort=amount&pageSize=50&page=3&view=attention').search;
    expect(withoutFilters(search)).toEqual({ ...none, sort: 'amount', pageSize: 50, view: 'attention' });
  });
});
