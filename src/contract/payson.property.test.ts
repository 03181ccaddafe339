import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkoutListPageSchema, checkoutSchema, paysonErrorSchema } from './payson.ts';
import { KNOWN_STATUSES } from './status.ts';

/**
 * Payson's payloads are upstream data: any field may be missing, null, of the wrong type, huge, or
 * carry HTML. These properties feed the contract thousands of such checkouts and list pages and
 * check what the gateway and the SPA rely on: parsing fails only for a checkout without an id (or a
 * page without its paging numbers), unknown values are kept as they came, text is never altered,
 * no number the SPA could choke on gets through, and the output re-parses to itself over the wire.
 * A fixed seed keeps runs repeatable; a failure prints its seed and shrunk counter-example.
 */

const RUNS = { numRuns: 2000, seed: 0x9a750 };

/** Text an attacker or a broken upstream could put in any field. */
const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
  'javascript:alert(1)',
  '&lt;b&gt;bold&lt;/b&gt;',
  '\u202Egnp.exe',
  '\u0000\u0001\u001f',
  '${7*7}{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '',
  '   ',
  '🧾'.repeat(50),
  'x'.repeat(100_000),
];

/** What JSON.parse can hand over for a number, and then some: 1e400 parses to Infinity. */
const HOSTILE_NUMBERS = [Infinity, -Infinity, NaN, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324];

const hostileText = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }));

/** Any value at all where a field should be. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Usually the right kind of value, often junk: so both paths are common. */
const field = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: junk });

/** An object whose every key may be missing. */
const partial = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.record(fields, { requiredKeys: [] });

const anyCase = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) =>
    [...word].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join(''),
  );
const knownStatusAnyCase = fc.constantFrom(...KNOWN_STATUSES).chain(anyCase);
const statusValue = fc.oneof(knownStatusAnyCase, hostileText, fc.constantFrom('Credited', 'onHold', 'READY_TO_SHIP'), junk);

const amount = fc.oneof(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.double({ min: -1e9, max: 1e12, noNaN: true }));
const text = fc.oneof(fc.string(), hostileText);
const isoTime = fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 19));

const orderItem = partial({
  itemId: field(text),
  name: field(text),
  reference: field(text),
  ean: field(text),
  type: field(fc.oneof(fc.constantFrom('physical', 'service', 'fee', 'discount', 'giftCard', 'PHYSICAL'), text)),
  quantity: field(amount),
  unitPrice: field(amount),
  taxRate: field(fc.double({ min: 0, max: 1, noNaN: true })),
  discountRate: field(fc.double({ min: 0, max: 1, noNaN: true })),
  creditedAmount: field(amount),
  totalPriceExcludingTax: field(amount),
  totalPriceIncludingTax: field(amount),
  totalTaxAmount: field(amount),
  imageUri: field(text),
  uri: field(text),
});

const checkoutFields = {
  status: statusValue,
  snippet: field(text),
  purchaseId: field(fc.oneof(fc.integer(), text)),
  description: field(text),
  expirationTime: field(isoTime),
  merchant: field(partial({ checkoutUri: field(text), confirmationUri: field(text), notificationUri: field(text), reference: field(text) })),
  customer: field(
    partial({
      type: field(fc.constantFrom('person', 'business', 'alien')),
      firstName: field(text),
      lastName: field(text),
      email: field(text),
      phone: field(text),
      identityNumber: field(text),
      street: field(text),
      postalCode: field(text),
      city: field(text),
      countryCode: field(text),
      country: field(text),
    }),
  ),
  order: field(
    partial({
      currency: field(fc.constantFrom('sek', 'SEK', 'eur', '')),
      totalPriceIncludingTax: field(amount),
      totalPriceExcludingTax: field(amount),
      totalTaxAmount: field(amount),
      items: field(fc.array(field(orderItem), { maxLength: 6 })),
    }),
  ),
  gui: field(
    partial({
      locale: field(text),
      countries: field(fc.array(text, { maxLength: 3 })),
      verification: field(fc.oneof(fc.boolean(), text)),
      verfication: field(fc.oneof(fc.boolean(), text)),
    }),
  ),
  history: field(fc.dictionary(fc.oneof(knownStatusAnyCase, fc.string()), field(isoTime), { maxKeys: 6 })),
};

/** A checkout with junk anywhere, extra unknown fields, and usually (not always) a proper id. */
const checkout = fc
  .record({
    id: fc.oneof({ weight: 8, arbitrary: fc.uuid() }, { weight: 2, arbitrary: junk }),
    rest: partial(checkoutFields),
    extra: fc.dictionary(fc.string(), junk, { maxKeys: 3 }),
  })
  .map(({ id, rest, extra }) => ({ ...extra, ...rest, id }));

const hasId = (value: unknown) => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0;
};

/** What the SPA receives: the gateway's answer, serialised and parsed again. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function* numbersIn(value: unknown): Generator<number> {
  if (typeof value === 'number') yield value;
  else if (value && typeof value === 'object') for (const child of Object.values(value)) yield* numbersIn(child);
}

describe('a Payson checkout, whatever upstream sends', () => {
  it('parses whenever it has an id, and fails only without one', () => {
    fc.assert(
      fc.property(checkout, (raw) => {
        expect(checkoutSchema.safeParse(raw).success).toBe(hasId(raw));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(junk, (raw) => {
        expect(checkoutSchema.safeParse(raw).success).toBe(false);
      }),
      RUNS,
    );
  });

  it('keeps an unknown status as it came, and reads a known one in any casing', () => {
    fc.assert(
      fc.property(fc.uuid(), statusValue, (id, status) => {
        const parsed = checkoutSchema.parse({ id, status });
        const known = KNOWN_STATUSES.find((candidate) => typeof status === 'string' && candidate.toLowerCase() === status.trim().toLowerCase());
        // Not text at all: no status to show (the SPA says "unknown"), never a crash.
        expect(parsed.status).toBe(typeof status === 'string' ? (known ?? status) : '');
      }),
      RUNS,
    );
  });

  it('keeps every text exactly as it came (HTML included), and drops a wrong-typed one', () => {
    fc.assert(
      fc.property(fc.uuid(), field(text), field(text), field(text), (id, description, snippet, firstName) => {
        const parsed = checkoutSchema.parse({ id, description, snippet, customer: { firstName } });
        expect(parsed.description).toBe(typeof description === 'string' ? description : undefined);
        expect(parsed.snippet).toBe(typeof snippet === 'string' ? snippet : undefined);
        expect(parsed.customer?.firstName).toBe(typeof firstName === 'string' ? firstName : undefined);
      }),
      RUNS,
    );
  });

  it('keeps an unknown order item type, and every item of a list', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.array(fc.oneof(text, junk), { maxLength: 8 }), (id, types) => {
        const parsed = checkoutSchema.parse({ id, order: { items: types.map((type) => ({ type })) } });
        expect(parsed.order?.items.map((item) => item.type)).toEqual(types.map((type) => (typeof type === 'string' ? type : undefined)));
      }),
      RUNS,
    );
  });

  it('loses only the broken field, never its neighbours in the block', () => {
    const validOrder = fc.record({
      currency: fc.constantFrom('sek', 'eur'),
      totalPriceIncludingTax: amount,
      totalTaxAmount: amount,
      items: fc.array(fc.record({ name: text, type: text, unitPrice: amount }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.uuid(), validOrder, fc.constantFrom('currency', 'totalPriceIncludingTax', 'totalTaxAmount', 'items'), junk, (id, order, broken, value) => {
        const parsed = checkoutSchema.parse({ id, order: { ...order, [broken]: value } });
        for (const [key, kept] of Object.entries(order)) {
          if (key !== broken) expect(parsed.order?.[key as keyof typeof order]).toEqual(kept);
        }
      }),
      RUNS,
    );
  });

  it('lets no infinite, NaN or wrong-typed number through', () => {
    fc.assert(
      fc.property(checkout.filter(hasId), (raw) => {
        const parsed = checkoutSchema.parse(raw);
        for (const number of numbersIn(parsed)) expect(Number.isFinite(number)).toBe(true);
        for (const total of [parsed.order?.totalPriceIncludingTax, parsed.order?.totalTaxAmount]) {
          expect(total === undefined || typeof total === 'number').toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('re-parses to itself after crossing the wire', () => {
    fc.assert(
      fc.property(checkout.filter(hasId), (raw) => {
        const once = overTheWire(checkoutSchema.parse(raw));
        expect(overTheWire(checkoutSchema.parse(once))).toEqual(once);
      }),
      RUNS,
    );
  });

  it('never pollutes a prototype, whatever keys it carries', () => {
    const hostile = JSON.parse(
      '{"id":"c1","__proto__":{"polluted":1},"customer":{"__proto__":{"polluted":2}},"history":{"__proto__":"2025-01-01","constructor":"x"},"order":{"items":[{"__proto__":{"polluted":3}}]}}',
    ) as unknown;
    const parsed = checkoutSchema.parse(hostile);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.history)).toBe(Object.prototype);
    expect(parsed.history).toEqual({ constructor: 'x' });
  });
});

const envelopeNumber = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) }, { weight: 1, arbitrary: junk });

/** A list page: paging numbers (rarely junk), and a list of checkouts that may be empty. */
const listPage = fc.record({
  pageSize: envelopeNumber,
  page: envelopeNumber,
  totalPages: envelopeNumber,
  count: field(fc.integer({ min: 0, max: 100 })),
  totalCount: envelopeNumber,
  data: fc.oneof({ weight: 9, arbitrary: fc.array(checkout, { maxLength: 8 }) }, { weight: 1, arbitrary: junk }),
});

const isFiniteNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

describe('a Payson list page, whatever upstream sends', () => {
  it('parses when its paging numbers are numbers and every checkout has an id, and only then', () => {
    fc.assert(
      fc.property(listPage, (raw) => {
        const valid =
          [raw.pageSize, raw.page, raw.totalPages, raw.totalCount].every(isFiniteNumber) && Array.isArray(raw.data) && raw.data.every(hasId);
        expect(checkoutListPageSchema.safeParse(raw).success).toBe(valid);
      }),
      RUNS,
    );
  });

  it('keeps every checkout of the page, in order, unknown statuses included', () => {
    fc.assert(
      fc.property(fc.array(checkout.filter(hasId), { maxLength: 10 }), (data) => {
        const parsed = checkoutListPageSchema.parse({ pageSize: 20, page: 1, totalPages: 1, totalCount: data.length, data });
        expect(parsed.data.map((item) => item.id)).toEqual(data.map((item) => item.id));
        const unknown = parsed.data.filter((item) => typeof item.status === 'string' && item.status !== '' && !(KNOWN_STATUSES as readonly string[]).includes(item.status));
        for (const item of unknown) expect((data.find((raw) => raw.id === item.id) as { status?: unknown } | undefined)?.status).toBe(item.status);
      }),
      RUNS,
    );
  });

  it('reads an empty list and a page past the end as an empty page', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1_000_000 }), (totalPages, beyond) => {
        const parsed = checkoutListPageSchema.parse({ pageSize: 20, page: totalPages + beyond, totalPages, count: 0, totalCount: totalPages * 20, data: [] });
        expect(parsed.data).toEqual([]);
      }),
      RUNS,
    );
  });

  it('re-parses to itself after crossing the wire', () => {
    fc.assert(
      fc.property(listPage, (raw) => {
        const parsed = checkoutListPageSchema.safeParse(raw);
        if (!parsed.success) return;
        const once = overTheWire(parsed.data);
        expect(overTheWire(checkoutListPageSchema.parse(once))).toEqual(once);
      }),
      RUNS,
    );
  });
});

describe("Payson's error body, whatever upstream sends", () => {
  it('parses any object, keeping only text messages', () => {
    fc.assert(
      fc.property(
        partial({ message: field(text), code: field(fc.oneof(fc.integer(), text)), errors: field(fc.array(partial({ property: field(text), message: field(text) }), { maxLength: 4 })) }),
        (raw) => {
          const parsed = paysonErrorSchema.parse(raw);
          expect(parsed.message === undefined || typeof parsed.message === 'string').toBe(true);
          for (const error of parsed.errors) expect(error.message === undefined || typeof error.message === 'string').toBe(true);
        },
      ),
      RUNS,
    );
  });
});
