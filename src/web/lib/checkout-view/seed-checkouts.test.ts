import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkoutListPageSchema } from '../../../contract/payson.ts';
import { customerDisplayName } from './customer-display-name.ts';
import { historyTimeline, lastChange } from './history-timeline.ts';
import { maskIdentityNumber } from '../../../contract/identity-number.ts';
import { orderTotals } from './order-totals.ts';
import { readyToShipExpiry } from './ready-to-ship-expiry.ts';

/** Every helper on the seed's two real checkouts (fixtures/payson-list-page.seed.json), as parsed by the contract. */
const seedPath = resolve(import.meta.dirname, '../../../../../shared/fixtures/payson-list-page.seed.json');
const page = checkoutListPageSchema.parse(JSON.parse(readFileSync(seedPath, 'utf8')));
const [person, business] = page.data;
if (!person?.order || !business?.order) throw new Error('The seed page should hold two checkouts with orders');
const personOrder = person.order;
const businessOrder = business.order;

const local = (month: number, day: number, hour: number, minute: number, second: number) =>
  new Date(2015, month - 1, day, hour, minute, second);

describe('the seed’s person checkout', () => {
  it('is there', () => {
    expect(person.id).toBe('a9e48054-20ab-49e6-84f1-a53d00b1a905');
  });

  it('adds up its two items to 315 / 315 / 0', () => {
    const totals = orderTotals(personOrder);
    expect(totals.excludingTax).toEqual({ itemsSum: 315, orderTotal: 315, state: 'adds-up' });
    expect(totals.includingTax).toEqual({ itemsSum: 315, orderTotal: 315, state: 'adds-up' });
    expect(totals.tax).toEqual({ itemsSum: 0, orderTotal: 0, state: 'adds-up' });
    expect(totals.mismatches).toEqual([]);
  });

  it('names the customer by first and last name', () => {
    expect(customerDisplayName(person.customer)).toBe('Tess T Persson');
  });

  it('masks the identity number after the birth date', () => {
    expect(maskIdentityNumber(person.customer?.identityNumber)).toBe('460509-****');
  });

  it('has a two-step history ending in paidToAccount, and no readyToShip expiry', () => {
    expect(historyTimeline(person.history).map((entry) => entry.status)).toEqual(['created', 'paidToAccount']);
    expect(lastChange(person.history)?.at).toEqual(local(10, 26, 11, 32, 36));
    expect(readyToShipExpiry(person)).toBeUndefined();
  });
});

describe('the seed’s business checkout', () => {
  it('is there', () => {
    expect(business.id).toBe('cadacbda-3990-4ef2-8993-a53d00bcfda7');
    expect(business.customer?.type).toBe('business');
  });

  it('adds up its four items to 280 / 390 / 110', () => {
    expect(businessOrder.items).toHaveLength(4);
    const totals = orderTotals(businessOrder);
    expect(totals.excludingTax).toEqual({ itemsSum: 280, orderTotal: 280, state: 'adds-up' });
    expect(totals.includingTax).toEqual({ itemsSum: 390, orderTotal: 390, state: 'adds-up' });
    expect(totals.tax).toEqual({ itemsSum: 110, orderTotal: 110, state: 'adds-up' });
    expect(totals.mismatches).toEqual([]);
  });

  it('cannot compare credits: the items say 0 but the order has no credited total', () => {
    expect(orderTotals(businessOrder).credited).toEqual({ itemsSum: 0, orderTotal: undefined, state: 'unknown' });
  });

  it('shows the business name Payson put whole in firstName', () => {
    expect(customerDisplayName(business.customer)).toBe('Persson, Tess T');
  });

  it('masks the identity number after the birth date', () => {
    expect(maskIdentityNumber(business.customer?.identityNumber)).toBe('460814-****');
  });

  it('has a three-step history including formsFilled, oldest first', () => {
    expect(historyTimeline(business.history)).toEqual([
      { key: 'created', status: 'created', at: local(10, 26, 11, 28, 5), raw: '2015-10-26T11:28:05', invalidTime: false },
      { key: 'formsFilled', status: 'formsFilled', at: local(10, 26, 11, 29, 9), raw: '2015-10-26T11:29:09', invalidTime: false },
      { key: 'paidToAccount', status: 'paidToAccount', at: local(10, 26, 11, 35, 51), raw: '2015-10-26T11:35:51', invalidTime: false },
    ]);
    expect(lastChange(business.history)).toMatchObject({ key: 'paidToAccount', at: local(10, 26, 11, 35, 51) });
    expect(readyToShipExpiry(business)).toBeUndefined();
  });
});
