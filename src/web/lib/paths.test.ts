import { describe, expect, it } from 'vitest';
import { paths } from './paths.ts';

describe('paths', () => {
  it('builds the list URL, leaving out defaults', () => {
    expect(paths.checkouts('c1')).toBe('/companies/c1/checkouts');
    expect(paths.checkouts('c1', { page: 1 })).toBe('/companies/c1/checkouts');
    expect(paths.checkouts('c1', { status: 'readyToShip', page: 3 })).toBe(
      '/companies/c1/checkouts?status=readyToShip&page=3',
    );
  });

  it('keeps the list state on a checkout URL', () => {
    expect(paths.checkout('c1', 'k1', { status: 'shipped', page: 2 })).toBe(
      '/companies/c1/checkouts/k1?status=shipped&page=2',
    );
    expect(paths.checkout('c1', 'k1', { page: 1 })).toBe('/companies/c1/checkouts/k1');
  });

  it('encodes ids and the return address', () => {
    expect(paths.checkout('c/1', 'x?y')).toBe('/companies/c%2F1/checkouts/x%3Fy');
    expect(paths.signIn('/companies/c1/checkouts?page=2')).toBe(
      '/sign-in?returnTo=%2Fcompanies%2Fc1%2Fcheckouts%3Fpage%3D2',
    );
    expect(paths.signIn('/')).toBe('/sign-in');
    expect(paths.signIn('/x', { expired: true })).toBe('/sign-in?returnTo=%2Fx&reason=expired');
  });
});
