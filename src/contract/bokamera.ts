import * as z from 'zod/mini';
import { lenient, lenientBoolean, lenientNumber, lenientString } from './lenient.ts';
import { statusSchema } from './status.ts';

/** BokaMera.API.Host (ServiceStack) payloads. JSON property names are PascalCase. */

export const responseErrorSchema = z.object({
  ErrorCode: lenientString,
  FieldName: lenientString,
  Message: lenientString,
});

/** ServiceStack's error shape, carried by any response DTO. */
export const responseStatusSchema = z.object({
  ErrorCode: lenientString,
  Message: lenientString,
  StackTrace: lenientString,
  Errors: z.catch(z.array(responseErrorSchema), []),
});
export type ResponseStatus = z.infer<typeof responseStatusSchema>;

export const errorResponseSchema = z.object({
  ResponseStatus: lenient(responseStatusSchema),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** The body of `PUT /payment/payson/v2/checkout/{Id}/sendpaymentrequest`; Id travels in the path. */
export const sendCheckoutPaymentRequestSchema = z.object({
  CompanyId: z.optional(z.string()),
});
export type SendCheckoutPaymentRequest = z.infer<typeof sendCheckoutPaymentRequestSchema>;

/** Returned by BokaMera's Payson v2 operations. The metadata sample omits `Id`, so it is optional. */
export const paysonCheckoutV2ResponseSchema = z.object({
  Id: lenientString,
  Snippet: lenientString,
  Status: z.catch(statusSchema, ''),
});
export type PaysonCheckoutV2Response = z.infer<typeof paysonCheckoutV2ResponseSchema>;

/** ServiceStack AutoQuery's envelope. */
export function queryResponseSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    Offset: lenientNumber,
    Total: lenientNumber,
    Results: z.array(item),
  });
}

/**
 * `GET /payment/payson/apisettings`: the company's Payson agent id and API key. BokaMera's published
 * sample (PaysonApiSettingsQuery) has no `CompanyId`, so it may be absent.
 */
export const paysonApiSettingsSchema = z.object({
  CompanyId: z.optional(z.string()),
  SecurityUserId: z.string(),
  SecurityPassword: z.string(),
  ReceiverEmail: lenientString,
  ReceiverFirstname: lenientString,
  ReceiverLastname: lenientString,
});
export type PaysonApiSettings = z.infer<typeof paysonApiSettingsSchema>;

/** The part of CompanyQueryResponse (`GET /companies`) the dashboard uses. */
export const companySchema = z.object({
  Id: z.string(),
  Name: lenientString,
  Active: lenientBoolean,
  City: lenientString,
  OrganisationNumber: lenientString,
});
export type Company = z.infer<typeof companySchema>;

export const companyListSchema = queryResponseSchema(companySchema);

/**
 * One role as BokaMera describes an administrator's roles (CompanyUserRolesQueryResponse:
 * `{RoleId, Name, Description}`). Administrators are given roles by id (`Roles: [{RoleId}]` on
 * UpdateCompanyUser), one version of the metadata names the list's items `{Id, KeyType}`, and where a
 * role list appears on the current user is not documented, so a bare string (a name or an id) and
 * either spelling are read too. See docs/decisions/005.
 */
export const adminRoleSchema = z.union([
  z.pipe(
    z.string(),
    z.transform((value) => ({ RoleId: value, Name: value })),
  ),
  z.pipe(
    z.object({ RoleId: lenientString, Id: lenient(z.union([z.string(), z.number()])), Name: lenientString, KeyType: lenientString }),
    z.transform((role) => ({ RoleId: role.RoleId ?? (role.Id === undefined ? undefined : String(role.Id)), Name: role.Name ?? role.KeyType })),
  ),
]);
export type AdminRole = z.infer<typeof adminRoleSchema>;

/** A list of roles in which an item of an unexpected shape is dropped, not fatal: unknown stays unknown. */
const adminRoleArraySchema = z.pipe(
  z.array(z.catch(z.optional(adminRoleSchema), undefined)),
  z.transform((roles) => roles.filter((role): role is AdminRole => role !== undefined)),
);
export const adminRoleListSchema = z.catch(adminRoleArraySchema, []);

/** `GET /administrators/roles` (CompanyUserRolesQuery): every administrator role BokaMera has. */
export const adminRoleCatalogueSchema = z.object({ Results: adminRoleListSchema });

/**
 * `GET /administrators` (CompanyUserQuery, QueryResponse<CompanyUserQueryResponse>): the company's
 * administrators, each with `Roles`, "the roles that are connected to the administrator".
 */
export const administratorListSchema = z.object({
  Results: z.catch(z.array(z.object({ Id: lenientString, Roles: adminRoleListSchema })), []),
});
export type AdministratorList = z.infer<typeof administratorListSchema>;

/** The part of CurrentUserQuery (`GET /users`) the dashboard uses: who the admin is and their company. */
export const currentUserSchema = z.object({
  UserId: lenientString,
  AdminProfile: lenient(
    z.object({
      CompanyId: z.string(),
      Email: lenientString,
      Firstname: lenientString,
      Lastname: lenientString,
      // Not in the documented AdminProfile; read in case BokaMera lists the admin's roles here.
      Roles: lenient(adminRoleArraySchema),
    }),
  ),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;
