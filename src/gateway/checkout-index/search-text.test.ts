import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTextOf } from './search-text.ts';

describe('foldForSearch', () => {
  it('folds case and accents, so "ostlund" finds "Östlund"', () => {
    expect(foldForSearch('Östlund')).toBe('ostlund');
    expect(foldForSearch('ÅSA Ängström')).toBe('asa angstrom');
    expect(foldForSearch('Müller-Lüdenscheidt')).toBe('muller-ludenscheidt');
  });

  it('maps letters NFD leaves alone', () => {
    expect(foldForSearch('Søren Straße Łukasz')).toBe('soren strasse lukasz');
  });

  it('collapses white space', () => {
    expect(foldForSearch('  Anna \t Berg ')).toBe('anna berg');
  });
});

describe('searchTextOf', () => {
  it('joins the fields it has, folded', () => {
    expect(searchTextOf(['Åsa', undefined, 'ASA@Example.se', null, 12345, ''])).toBe('asa asa@example.se 12345');
  });
});
