import * as z from 'zod/mini';

/** The gateway's own `/api` payloads: what the SPA sends and receives. */

export const signInRequestSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1), z.maxLength(320)),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const sessionUserSchema = z.object({
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  companyId: z.string(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** `GET /api/session`: who is signed in, `null` when nobody is. */
export const currentSessionSchema = z.object({ user: z.nullable(sessionUserSchema) });

/**
 * `POST /api/session`: the user just signed in, and how many wrong passwords were tried at the
 * account since its last sign-in (from anywhere), so its owner learns of a guesser.
 */
export const signedInSchema = z.object({ user: sessionUserSchema, failedSignInsSinceLast: z.number() });

export const companySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
});
export type CompanySummary = z.infer<typeof companySummarySchema>;

export const companiesResponseSchema = z.object({
  companies: z.array(companySummarySchema),
});
export type CompaniesResponse = z.infer<typeof companiesResponseSchema>;

/**
 * Every gateway failure has this body. `code` is stable and machine-readable; `message` is safe to
 * show (an upstream's own message when it sent one, e.g. BokaMera's ResponseStatus.Message).
 */
export const API_ERROR_CODES = [
  'bad_request',
  'invalid_credentials',
  'too_many_attempts',
  'too_many_requests',
  'misdirected',
  'unauthenticated',
  /** Two session cookies arrived; the gateway serves neither (a planted cookie must not choose the session). */
  'ambiguous_session',
  'forbidden',
  'not_found',
  'conflict',
  'upstream_error',
  'upstream_unavailable',
  'upstream_timeout',
  'upstream_contract',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * Finer reasons a gateway error may carry, for the SPA to say in the person's language. The SPA
 * shows `message` (English) only when the code is unknown to it, or when `upstreamMessage` says the
 * message is the upstream's own words (then shown as theirs, untranslated).
 */
export const API_ERROR_REASONS = [
  'not_admin',
  'no_company',
  'company_access',
  'write_role',
  'cross_origin',
  'payson_credentials',
  'not_ready_to_ship',
  'body_too_large',
  /** Search, filters and sorting need the company's index, whose first pass is not done yet. */
  'index_not_ready',
] as const;
export type ApiErrorReason = (typeof API_ERROR_REASONS)[number];

export const UPSTREAM_NAMES = ['identity', 'bokamera', 'payson'] as const;
export type UpstreamServiceName = (typeof UPSTREAM_NAMES)[number];

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    reason: z.optional(z.string()),
    /** The upstream the failure concerns. */
    upstream: z.optional(z.string()),
    /** True when `message` is the upstream's own words (BokaMera's ResponseStatus.Message, Payson's). */
    upstreamMessage: z.optional(z.boolean()),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Query of `GET /api/companies/:companyId/checkouts`. */
export const checkoutListQuerySchema = z.object({
  status: z.optional(z.string()),
  page: z.optional(z.number()),
});

/**
 * `GET /api/config`: the Payson embed pages (origin + path) a checkout preview may show; the IANA
 * zone Payson's offset-less times are written in (PAYSON_TIME_ZONE) and the zone the company's
 * times are shown in (BokaMera's company has no zone field: Europe/Stockholm). Older gateways omit
 * the zones; the SPA then uses Europe/Stockholm.
 */
export const configResponseSchema = z.object({
  embedUrls: z.array(z.string()),
  paysonTimeZone: z.optional(z.string()),
  companyTimeZone: z.optional(z.string()),
});
export type ConfigResponse = z.infer<typeof configResponseSchema>;

/** `POST /api/companies/:companyId/checkouts/:checkoutId/identity-number`: the full number, a recorded reveal. */
export const revealedIdentityNumberSchema = z.object({ identityNumber: z.nullable(z.string()) });
export type RevealedIdentityNumber = z.infer<typeof revealedIdentityNumberSchema>;

/** What the audit trail records. `exported_data` is defined ahead of the export (issue 13). */
export const AUDIT_ACTIONS = [
  'signed_in',
  'sign_in_refused',
  'signed_out',
  'opened_company',
  'revealed_identity_number',
  'sent_payment_request',
  'exported_data',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const auditActionSchema = z.enum(AUDIT_ACTIONS);

/** `success` (a payment request: sent), `refused` (with the reason in `detail`), `unknown` (the answer never came). */
export const AUDIT_OUTCOMES = ['success', 'refused', 'unknown'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const activityEntrySchema = z.object({
  id: z.string(),
  /** ISO 8601, UTC. */
  at: z.string(),
  action: z.string(),
  outcome: z.string(),
  /** Why it was refused, e.g. BokaMera's message; never personal data or tokens. */
  detail: z.nullable(z.string()),
  who: z.object({ email: z.string(), name: z.nullable(z.string()), role: z.nullable(z.string()) }),
  companyId: z.nullable(z.string()),
  checkoutId: z.nullable(z.string()),
  clientAddress: z.string(),
  requestId: z.string(),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

/** `GET /api/activity?page=&action=&who=&companyId=`: newest first. */
export const activityPageSchema = z.object({
  entries: z.array(activityEntrySchema),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;
