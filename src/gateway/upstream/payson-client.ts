import * as z from 'zod/mini';
import {
  checkoutListPageSchema,
  checkoutSchema,
  paysonErrorSchema,
  type Checkout,
  type CheckoutListPage,
} from '../../contract/payson.ts';
import { pascalCaseStatus, type KnownStatus } from '../../contract/status.ts';
import type { GatewayConfig } from '../config.ts';
import { createUpstreamHttp } from './http.ts';

/** A company's Payson merchant: BokaMera's SecurityUserId and SecurityPassword. */
export interface PaysonCredentials {
  agentId: string;
  apiKey: string;
}

export interface CheckoutListQuery {
  status?: KnownStatus;
  page: number;
}

export interface PaysonClient {
  listCheckouts(credentials: PaysonCredentials, query: CheckoutListQuery): Promise<CheckoutListPage>;
  getCheckout(credentials: PaysonCredentials, checkoutId: string): Promise<Checkout>;
  /** The same checkout as Payson sent it, once the contract has read it as a checkout. */
  getCheckoutAsSent(credentials: PaysonCredentials, checkoutId: string): Promise<unknown>;
}

/** Accepts what the contract reads as a checkout, and hands on the JSON itself, unchanged. */
const checkoutAsSentSchema = z.custom<unknown>((value) => checkoutSchema.safeParse(value).success);

/** Payson's HTTP Basic scheme: base64 of "agentId:apiKey" (computed here; the docs' examples disagree). */
export function basicAuthorization(credentials: PaysonCredentials): string {
  return `Basic ${Buffer.from(`${credentials.agentId}:${credentials.apiKey}`, 'utf8').toString('base64')}`;
}

export function createPaysonClient(config: GatewayConfig): PaysonClient {
  const http = createUpstreamHttp({
    upstream: 'payson',
    timeoutMs: config.upstreamTimeoutMs,
    errorMessage: (body) => {
      const error = paysonErrorSchema.safeParse(body).data;
      return error?.message ?? error?.errors.find((entry) => entry.message)?.message;
    },
  });
  const base = config.paysonUrl;

  return {
    listCheckouts: (credentials, { status, page }) => {
      // Payson's list query spells statuses in PascalCase, unlike its resources.
      const query = new URLSearchParams(status ? { status: pascalCaseStatus(status), page: String(page) } : { page: String(page) });
      return http({
        method: 'GET',
        url: `${base}/Checkouts?${query.toString()}`,
        headers: { Authorization: basicAuthorization(credentials) },
        schema: checkoutListPageSchema,
      });
    },
    getCheckout: (credentials, checkoutId) =>
      http({
        method: 'GET',
        url: `${base}/Checkouts/${encodeURIComponent(checkoutId)}`,
        headers: { Authorization: basicAuthorization(credentials) },
        schema: checkoutSchema,
      }),
    getCheckoutAsSent: (credentials, checkoutId) =>
      http({
        method: 'GET',
        url: `${base}/Checkouts/${encodeURIComponent(checkoutId)}`,
        headers: { Authorization: basicAuthorization(credentials) },
        schema: checkoutAsSentSchema,
      }),
  };
}
