import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyListSchema, currentUserSchema, errorResponseSchema, paysonCheckoutV2ResponseSchema } from './bokamera.ts';
import { accessTokenClaimsSchema, tokenResponseSchema } from './identity.ts';
import { KNOWN_STATUSES } from './status.ts';

/**
 * BokaMera's and Keycloak's payloads reach the gateway only, but a surprise there must still end in
 * a clean answer: these properties check that each schema fails only where the gateway cannot go on
 * (no company id, no access token), keeps unknown values and text as they came, and that the error
 * message the SPA shows is text or nothing. A fixed seed keeps runs repeatable.
 */

const RUNS = { numRuns: 2000, seed: 0xb0ca };

const text = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'x'.repeat(50_000), '', '\u202E'),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.double(),
  fc.constantFrom(Infinity, -Infinity, NaN, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
);
const field = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: junk });
const partial = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.record(fields, { requiredKeys: [] });
const isText = (value: unknown): value is string => typeof value === 'string';

describe("BokaMera's answer to a payment request", () => {
  it('parses any object, keeps an unknown status, and the snippet as it came', () => {
    const status = fc.oneof(fc.constantFrom(...KNOWN_STATUSES, 'ReadyToShip', 'Credited', 'Refunded'), text, junk);
    fc.assert(
      fc.property(partial({ Id: field(fc.uuid()), Snippet: field(text), Status: status }), (raw) => {
        const parsed = paysonCheckoutV2ResponseSchema.parse(raw);
        expect(parsed.Snippet).toBe(isText(raw.Snippet) ? raw.Snippet : undefined);
        if (!isText(raw.Status)) expect(parsed.Status).toBe('');
        else if (!KNOWN_STATUSES.some((known) => known.toLowerCase() === (raw.Status as string).trim().toLowerCase())) expect(parsed.Status).toBe(raw.Status);
      }),
      RUNS,
    );
  });
});

describe("BokaMera's error body", () => {
  it('parses any object, and its message is text or nothing', () => {
    const responseStatus = partial({ ErrorCode: field(text), Message: field(text), StackTrace: field(text), Errors: field(fc.array(partial({ Message: field(text) }), { maxLength: 3 })) });
    fc.assert(
      fc.property(partial({ ResponseStatus: field(responseStatus) }), (raw) => {
        const message = errorResponseSchema.parse(raw).ResponseStatus?.Message;
        expect(message === undefined || isText(message)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("BokaMera's company list and current user", () => {
  it('parses a company list when every company has an id, whatever else is wrong', () => {
    const company = partial({ Id: field(fc.uuid()), Name: field(text), Active: field(fc.boolean()), City: field(text) });
    fc.assert(
      fc.property(partial({ Offset: field(fc.nat()), Total: field(fc.nat()), Results: fc.array(company, { maxLength: 5 }) }), (raw) => {
        const valid = (raw.Results as { Id?: unknown }[] | undefined)?.every((item) => isText(item.Id)) ?? false;
        const parsed = companyListSchema.safeParse(raw);
        expect(parsed.success).toBe(valid);
        if (parsed.success) for (const item of parsed.data.Results) expect(item.Name === undefined || isText(item.Name)).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads an admin profile only with a company id, and never fails for a missing one', () => {
    const profile = partial({ CompanyId: field(fc.uuid()), Email: field(text), Firstname: field(text) });
    fc.assert(
      fc.property(partial({ UserId: field(fc.uuid()), AdminProfile: field(profile) }), (raw) => {
        const parsed = currentUserSchema.parse(raw);
        const companyId = (raw.AdminProfile as { CompanyId?: unknown } | null | undefined)?.CompanyId;
        expect(parsed.AdminProfile?.CompanyId).toBe(isText(companyId) ? companyId : undefined);
      }),
      RUNS,
    );
  });
});

describe("Keycloak's token response and access-token claims", () => {
  it('parses only with an access token, and always yields a usable lifetime', () => {
    fc.assert(
      fc.property(partial({ access_token: field(fc.base64String({ minLength: 1 })), expires_in: field(fc.integer({ min: 1, max: 86_400 })), refresh_token: field(text) }), (raw) => {
        const parsed = tokenResponseSchema.safeParse(raw);
        expect(parsed.success).toBe(isText(raw.access_token) && raw.access_token.length > 0);
        if (parsed.success) expect(Number.isFinite(parsed.data.expires_in)).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads roles as a list of text, whatever the claims hold', () => {
    fc.assert(
      fc.property(partial({ sub: field(fc.uuid()), email: field(text), realm_access: field(partial({ roles: field(fc.array(field(text), { maxLength: 4 })) })) }), (raw) => {
        const { roles } = accessTokenClaimsSchema.parse(raw).realm_access;
        expect(Array.isArray(roles) && roles.every(isText)).toBe(true);
      }),
      RUNS,
    );
  });
});
