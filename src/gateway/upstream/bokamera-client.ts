import type * as z from 'zod/mini';
import {
  adminRoleCatalogueSchema,
  administratorListSchema,
  companyListSchema,
  currentUserSchema,
  errorResponseSchema,
  paysonApiSettingsSchema,
  paysonCheckoutV2ResponseSchema,
  type AdministratorList,
  type AdminRole,
  type CurrentUser,
  type PaysonApiSettings,
  type PaysonCheckoutV2Response,
} from '../../contract/bokamera.ts';
import type { GatewayConfig } from '../config.ts';
import { createUpstreamHttp } from './http.ts';

export type CompanyPage = z.infer<typeof companyListSchema>;

export type CompanyQuery = {
  Id?: string;
  Skip?: number;
  Take?: number;
};

/** BokaMera API calls, each with the API key and the signed-in user's own token. */
export interface BokameraClient {
  currentUser(accessToken: string): Promise<CurrentUser>;
  companies(accessToken: string, query: CompanyQuery): Promise<CompanyPage>;
  /** BokaMera ignores CompanyId for anyone but a superadmin: callers must check the answer's CompanyId. */
  paysonApiSettings(accessToken: string, companyId: string): Promise<PaysonApiSettings>;
  sendPaymentRequest(accessToken: string, checkoutId: string, companyId: string): Promise<PaysonCheckoutV2Response>;
  /** CompanyUserQuery narrowed to one administrator, whose `Roles` say what they may do. */
  administrators(accessToken: string, userId: string): Promise<AdministratorList>;
  /** CompanyUserRolesQuery: every administrator role, to turn role ids into names. */
  adminRoleCatalogue(accessToken: string): Promise<AdminRole[]>;
}

export function createBokameraClient(config: GatewayConfig): BokameraClient {
  const http = createUpstreamHttp({
    upstream: 'bokamera',
    timeoutMs: config.upstreamTimeoutMs,
    errorMessage: (body) => errorResponseSchema.safeParse(body).data?.ResponseStatus?.Message,
  });
  const base = config.bokameraUrl;
  const headers = (accessToken: string) => ({ 'x-api-key': config.bokameraApiKey, Authorization: `Bearer ${accessToken}` });

  return {
    currentUser: (accessToken) =>
      http({ method: 'GET', url: `${base}/users`, headers: headers(accessToken), schema: currentUserSchema }),
    companies: (accessToken, query) =>
      http({
        method: 'GET',
        url: `${base}/companies?${queryString(query)}`,
        headers: headers(accessToken),
        schema: companyListSchema,
      }),
    paysonApiSettings: (accessToken, companyId) =>
      http({
        method: 'GET',
        url: `${base}/payment/payson/apisettings?${queryString({ CompanyId: companyId })}`,
        headers: headers(accessToken),
        schema: paysonApiSettingsSchema,
      }),
    sendPaymentRequest: (accessToken, checkoutId, companyId) =>
      http({
        method: 'PUT',
        url: `${base}/payment/payson/v2/checkout/${encodeURIComponent(checkoutId)}/sendpaymentrequest`,
        headers: headers(accessToken),
        body: { json: { CompanyId: companyId } },
        schema: paysonCheckoutV2ResponseSchema,
      }),
    administrators: (accessToken, userId) =>
      http({
        method: 'GET',
        url: `${base}/administrators?${queryString({ Id: userId, IncludeRoles: 'true' })}`,
        headers: headers(accessToken),
        schema: administratorListSchema,
      }),
    adminRoleCatalogue: async (accessToken) =>
      (await http({ method: 'GET', url: `${base}/administrators/roles`, headers: headers(accessToken), schema: adminRoleCatalogueSchema }))
        .Results,
  };
}

function queryString(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return new URLSearchParams(entries.map(([key, value]): [string, string] => [key, String(value)])).toString();
}
