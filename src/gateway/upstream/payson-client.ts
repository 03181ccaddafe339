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
import { createUpstreamHttp, type UpstreamCall } from './http.ts';
import { perKeyConcurrency } from './per-key-concurrency.ts';

/**
 * Calls in flight at once per Payson merchant (one company's credentials; in a one-merchant
 * deployment, all of them): more wait their turn, so one user's burst neither floods Payson nor
 * takes more than its share of the gateway.
 */
export const MAX_CALLS_PER_MERCHANT = 4;

/** A company's Payson merchant: BokaMera's SecurityUserId and SecurityPassword. */
export interface PaysonCredentials {
  agentId: string;
  apiKey: string;
}

export interface CheckoutListQuery {
  status?: KnownStatus;
  page: number;
}

/** `retry: false`: no second try after a 5xx or a lost connection (a GET is otherwise retried once). */
export interface ReadOptions {
  retry?: boolean;
}

export interface PaysonClient {
  listCheckouts(credentials: PaysonCredentials, query: CheckoutListQuery, options?: ReadOptions): Promise<CheckoutListPage>;
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
  const oneMerchantAtATime = perKeyConcurrency(MAX_CALLS_PER_MERCHANT);
  const call = <T>(credentials: PaysonCredentials, request: Omit<UpstreamCall<T>, 'headers'>): Promise<T> =>
    oneMerchantAtATime(credentials.agentId, () =>
      http({ ...request, headers: { Authorization: basicAuthorization(credentials) } }),
    );

  return {
    listCheckouts: (credentials, { status, page }, options = {}) => {
      // Payson's list query spells statuses in PascalCase, unlike its resources. Unfiltered, `status`
      // is sent empty, as Payson's own SDKs (PHP and .NET) always send it.
      const query = new URLSearchParams({ status: status ? pascalCaseStatus(status) : '', page: String(page) });
      return call(credentials, {
        method: 'GET',
        url: `${base}/Checkouts?${query.toString()}`,
        schema: checkoutListPageSchema,
        retry: options.retry,
      });
    },
    getCheckout: (credentials, checkoutId) =>
      call(credentials, {
        method: 'GET',
        url: `${base}/Checkouts/${encodeURIComponent(checkoutId)}`,
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
