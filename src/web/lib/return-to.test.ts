import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it.each([
    '/',
    '/companies/abc/checkouts?status=readyToShip&page=2',
    '/companies/abc/checkouts/3fa85f64-5717-4562-b3fc-2c963f66afa6',
  ])('accepts the same-origin path %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    null,
    undefined,
    '',
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/\tevil',
    '/sign-in',
    '/sign-in?returnTo=/',
    'companies/abc',
  ])('rejects %s', (raw) => {
    expect(safeReturnTo(raw)).toBeUndefined();
  });
});
