import * as z from 'zod/mini';
import { lenient, lenientBoolean, lenientIdentifier, lenientNumber, lenientString } from './lenient.ts';
import { statusSchema } from './status.ts';

/** Payson Checkout 2.0 payloads (https://tech.payson.se/paysoncheckout2/). */

export const orderItemSchema = z.object({
  itemId: lenientString,
  name: lenientString,
  reference: lenientString,
  ean: lenientString,
  type: lenientString, // physical | service | fee | discount; other values are kept and shown raw
  quantity: lenientNumber,
  unitPrice: lenientNumber,
  taxRate: lenientNumber,
  discountRate: lenientNumber,
  creditedAmount: lenientNumber,
  totalPriceExcludingTax: lenientNumber,
  totalPriceIncludingTax: lenientNumber,
  totalTaxAmount: lenientNumber,
  imageUri: lenientString,
  uri: lenientString,
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const orderSchema = z.object({
  currency: lenientString,
  billingPeriod: lenientString,
  totalPriceExcludingTax: lenientNumber,
  totalPriceIncludingTax: lenientNumber,
  totalTaxAmount: lenientNumber,
  totalFeeExcludingTax: lenientNumber,
  totalFeeIncludingTax: lenientNumber,
  totalCreditedAmount: lenientNumber,
  items: z.catch(z.array(orderItemSchema), []),
});
export type Order = z.infer<typeof orderSchema>;

export const customerSchema = z.object({
  type: lenientString, // person | business
  firstName: lenientString,
  lastName: lenientString,
  email: lenientString,
  phone: lenientString,
  identityNumber: lenientString,
  street: lenientString,
  postalCode: lenientString,
  city: lenientString,
  countryCode: lenientString,
  /** Older payloads (the documented list example) say `country` instead of `countryCode`. */
  country: lenientString,
  reference: lenientString,
});
export type Customer = z.infer<typeof customerSchema>;

export const merchantSchema = z.object({
  checkoutUri: lenientString,
  confirmationUri: lenientString,
  notificationUri: lenientString,
  termsUri: lenientString,
  validationUri: lenientString,
  integrationInfo: lenientString,
  // A number in Payson's documented example (upstream-apis findings, 12); a string elsewhere.
  partnerId: lenientIdentifier,
  reference: lenientString,
});
export type Merchant = z.infer<typeof merchantSchema>;

const verificationValue = lenient(z.union([z.string(), z.number(), z.boolean()]));

/**
 * Payson's docs name the field `verification`, its documented JSON example says `verfication`; SDKs
 * send one and read the other. Both are read; the output has only `verification`.
 */
export const guiSchema = z.pipe(
  z.object({
    colorScheme: lenientString,
    locale: lenientString,
    requestPhone: lenientBoolean,
    phoneOptional: lenientBoolean,
    countries: lenient(z.array(z.string())),
    verification: verificationValue,
    verfication: verificationValue,
  }),
  z.transform(({ verfication, verification, ...gui }) => ({
    ...gui,
    verification: verification ?? verfication,
  })),
);
export type Gui = z.infer<typeof guiSchema>;

/**
 * Timestamps keyed by the status they mark (`created`, `readyToShip`, …). Payson documents eight
 * keys but the published example also has `formsFilled`, so any key is kept; values that are not
 * strings are dropped.
 */
export const historySchema = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((history) => {
    const times: Record<string, string> = {};
    for (const [key, value] of Object.entries(history)) {
      if (typeof value === 'string') times[key] = value;
    }
    return times;
  }),
);
export type History = z.infer<typeof historySchema>;

export const checkoutSchema = z.object({
  id: z.string().check(z.minLength(1)),
  status: z.catch(statusSchema, ''),
  snippet: lenientString,
  purchaseId: lenient(z.union([z.number(), z.string()])),
  description: lenientString,
  expirationTime: lenientString,
  merchant: lenient(merchantSchema),
  customer: lenient(customerSchema),
  order: lenient(orderSchema),
  gui: lenient(guiSchema),
  history: z.catch(historySchema, {}),
});
export type Checkout = z.infer<typeof checkoutSchema>;

export const checkoutListPageSchema = z.object({
  pageSize: z.number(),
  page: z.number(),
  totalPages: z.number(),
  count: lenientNumber,
  totalCount: z.number(),
  data: z.array(checkoutSchema),
});
export type CheckoutListPage = z.infer<typeof checkoutListPageSchema>;

/** Payson's 400 body as the official SDKs parse it; a 401 may have no body at all. */
export const paysonErrorSchema = z.object({
  message: lenientString,
  code: lenient(z.union([z.string(), z.number()])),
  errors: z.catch(
    z.array(z.object({ property: lenientString, message: lenientString })),
    [],
  ),
});
export type PaysonError = z.infer<typeof paysonErrorSchema>;

/** Payson's account resource (`GET /Accounts`). */
export const paysonAccountSchema = z.object({
  accountEmail: lenientString,
  status: lenientString,
  merchantId: lenient(z.number()),
});
