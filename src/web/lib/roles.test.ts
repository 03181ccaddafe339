import { describe, expect, it } from 'vitest';
import { roleLabel } from './roles.ts';

describe('roleLabel', () => {
  it('names the strongest role', () => {
    expect(roleLabel(['bookingsupplier-administrator-read', 'superadmin'])).toBe('Superadmin');
    expect(roleLabel(['bookingsupplier-administrator-write'])).toBe('Administrator');
    expect(roleLabel(['bookingsupplier-administrator-read'])).toBe('Read-only administrator');
    expect(roleLabel([])).toBe('No administrator role');
  });
});
