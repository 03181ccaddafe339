import { describe, expect, it } from 'vitest';
import { CsvRowCounter } from '../lib/csv-row-counter.ts';
import { exportQueryOf } from '../lib/export-query.ts';
import { filenameOf } from './checkouts-export.ts';

describe('CsvRowCounter', () => {
  it('counts records, not line ends inside quoted fields, however the bytes are split', () => {
    const csv = new TextEncoder().encode('id,name\n1,"Åsa ""Ö"" Berg"\n2,"two\nlines"\n3,x');
    for (const size of [1, 2, 3, 7, csv.length]) {
      const counter = new CsvRowCounter();
      for (let at = 0; at < csv.length; at += size) counter.add(csv.subarray(at, at + size));
      expect(counter.dataRows()).toBe(2);
      expect(counter.finish()).toBe(3);
    }
  });

  it('a header alone is no rows', () => {
    const counter = new CsvRowCounter();
    counter.add(new TextEncoder().encode('id,name\n'));
    expect(counter.finish()).toBe(0);
  });
});

describe('filenameOf', () => {
  it('reads the plain and the UTF-8 form, and never a path', () => {
    expect(filenameOf('attachment; filename="checkouts-2026-12-06.csv"')).toBe('checkouts-2026-12-06.csv');
    expect(filenameOf("attachment; filename=\"x.csv\"; filename*=UTF-8''k%C3%B6p.csv")).toBe('köp.csv');
    expect(filenameOf('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameOf(null)).toBeUndefined();
    expect(filenameOf('attachment')).toBeUndefined();
  });
});

describe('exportQueryOf', () => {
  it('keeps the search, filters and order, repeated statuses too, and drops the page', () => {
    const query = exportQueryOf(
      new URLSearchParams('q=berg&status=readyToShip&status=shipped&page=3&pageSize=50&sort=amount&dir=asc&createdFrom=2026-11-01&x=1'),
    );
    expect(query.toString()).toBe('q=berg&status=readyToShip&status=shipped&createdFrom=2026-11-01&sort=amount&dir=asc');
  });
});
