import { describe, expect, it } from 'vitest';
import { mayOpenCompany, roleLabel } from './roles.ts';

describe('roleLabel', () => {
  it('names the strongest role', () => {
    expect(roleLabel(['bookingsupplier-administrator-read', 'superadmin'])).toBe('Superadmin');
    expect(roleLabel(['bookingsupplier-administrator-write'])).toBe('Administrator');
    expect(roleLabel(['bookingsupplier-administrator-read'])).toBe('Read-only administrator');
    expect(roleLabel([])).toBe('No administrator role');
  });
});

describe('mayOpenCompany', () => {
  it('lets superadmins open any company and everybody else only their own', () => {
    const admin = { roles: ['bookingsupplier-administrator-write'], companyId: 'a' };
    expect(mayOpenCompany(admin, 'a')).toBe(true);
    expect(mayOpenCompany(admin, 'b')).toBe(false);
    expect(mayOpenCompany({ roles: ['superadmin'], companyId: 'a' }, 'b')).toBe(true);
  });
});
