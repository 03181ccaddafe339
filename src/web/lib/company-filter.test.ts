import { describe, expect, it } from 'vitest';
import { filterCompanies } from './company-filter.ts';

const companies = [
  { id: 'b-2', name: 'Salong Malmö' },
  { id: 'a-1', name: 'Hotell Åre' },
  { id: 'c-3', name: 'Cykelverkstan' },
];

describe('filterCompanies', () => {
  it('sorts by name and keeps all with no search', () => {
    expect(filterCompanies(companies, '', undefined).map((c) => c.id)).toEqual(['c-3', 'a-1', 'b-2']);
  });

  it('ignores case and accents, and matches ids', () => {
    expect(filterCompanies(companies, 'malmo', undefined).map((c) => c.id)).toEqual(['b-2']);
    expect(filterCompanies(companies, 'ARE', undefined).map((c) => c.id)).toEqual(['a-1']);
    expect(filterCompanies(companies, 'c-3', undefined).map((c) => c.id)).toEqual(['c-3']);
  });

  it('keeps the current company whatever the search', () => {
    expect(filterCompanies(companies, 'malmo', 'c-3').map((c) => c.id)).toEqual(['c-3', 'b-2']);
  });
});
