import { describe, expect, it } from 'vitest';
import { paymentRequestBlock, canCancelInStatus } from './checkout-rules.ts';
import { mayOpenCompany, ROLES } from './roles.ts';
import { KNOWN_STATUSES, canonicalStatus, isKnownStatus, pascalCaseStatus } from './status.ts';

describe('statuses', () => {
  it('reads PascalCase, camelCase and any casing into one spelling', () => {
    expect(canonicalStatus('ReadyToShip')).toBe('readyToShip');
    expect(canonicalStatus('readyToShip')).toBe('readyToShip');
    expect(canonicalStatus('paidtoaccount')).toBe('paidToAccount');
  });

  it('keeps an unknown value as it came', () => {
    expect(canonicalStatus('OnHold')).toBe('OnHold');
    expect(isKnownStatus('OnHold')).toBe(false);
  });

  it('writes the query-string spelling', () => {
    expect(pascalCaseStatus('readyToShip')).toBe('ReadyToShip');
    for (const status of KNOWN_STATUSES) expect(canonicalStatus(pascalCaseStatus(status))).toBe(status);
  });
});

describe('the payment request rule', () => {
  it('allows only ReadyToShip, for the write role or superadmin', () => {
    expect(paymentRequestBlock('readyToShip', [ROLES.write])).toBeNull();
    expect(paymentRequestBlock('readyToShip', [ROLES.superadmin])).toBeNull();
    expect(paymentRequestBlock('readyToShip', [ROLES.read])).toBe('role');
    for (const status of KNOWN_STATUSES.filter((s) => s !== 'readyToShip')) {
      expect(paymentRequestBlock(status, [ROLES.write])).toBe('status');
    }
    expect(paymentRequestBlock('SomethingNew', [ROLES.write])).toBe('status');
  });

  it('allows cancelling only before shipped', () => {
    expect(canCancelInStatus('readyToShip')).toBe(true);
    expect(canCancelInStatus('shipped')).toBe(false);
    expect(canCancelInStatus('paidToAccount')).toBe(false);
  });
});

describe('mayOpenCompany', () => {
  it('lets superadmins open any company and everybody else only their own', () => {
    const admin = { roles: ['bookingsupplier-administrator-write'], companyId: 'a' };
    expect(mayOpenCompany(admin, 'a')).toBe(true);
    expect(mayOpenCompany(admin, 'b')).toBe(false);
    expect(mayOpenCompany({ roles: ['superadmin'], companyId: 'a' }, 'b')).toBe(true);
    // BokaMera GUIDs may come in either letter case.
    expect(mayOpenCompany({ ...admin, companyId: 'ABC' }, 'abc')).toBe(true);
  });
});
