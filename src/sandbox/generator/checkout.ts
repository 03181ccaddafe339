import { isoSeconds } from '../clock.ts';
import { createRandom, mixSeed, type Random } from '../random.ts';
import { encodeCheckoutId } from './checkout-ids.ts';
import type { GeneratedCompany } from './companies.ts';
import { buildCustomer, type GeneratedCustomer } from './customer.ts';
import { buildLifecycle, createdAt, statusFor, type GeneratedStatus, type Timeline } from './lifecycle.ts';
import { buildOrder, type GeneratedOrder } from './order.ts';

/** One generated Payson checkout resource, as Payson's API 2.0 would serve it. */
export interface GeneratedCheckout {
  id: string;
  status: GeneratedStatus;
  description: string;
  purchaseId: number | null;
  expirationTime: string;
  snippet: string;
  merchant: {
    checkoutUri: string;
    confirmationUri: string;
    notificationUri: string;
    termsUri: string;
    reference: string;
  };
  customer: GeneratedCustomer;
  order: GeneratedOrder;
  gui: { colorScheme: string; locale: 'sv'; requestPhone: boolean; verification: 'none' };
  history: Record<string, string>;
  links: { href: string; rel: 'self' }[];
}

export interface GeneratorContext {
  seedHash: number;
  companies: readonly GeneratedCompany[];
  checkoutsPerCompany: number;
  timeline: Timeline;
  /** The sandbox's own origin, where the snippet's embed page and the Payson API live. */
  origin: string;
  paysonBase: string;
}

/** The seed of checkout (company, index); its first draw decides the status. */
export function checkoutSeed(context: GeneratorContext, company: number, index: number): number {
  return mixSeed(context.seedHash, company, index);
}

export function generateCheckout(context: GeneratorContext, company: number, index: number): GeneratedCheckout {
  const generatedCompany = context.companies[company];
  if (!generatedCompany) throw new RangeError(`No company ${company}`);
  const random = createRandom(checkoutSeed(context, company, index));
  const status = statusFor(context.timeline, index, random.next());
  const createdMs = createdAt(context.timeline, index, random.next());
  const lifecycle = buildLifecycle(status, createdMs, context.timeline.nowMs, random);
  const customer = buildCustomer(random, generatedCompany.company.city);
  const { order, mainService } = buildOrder(random, generatedCompany.trade);
  const id = encodeCheckoutId(context.seedHash, company, index);
  // Numbers that grow with time across all companies, like BokaMera's booking ids and Payson's purchase ids.
  const ordinal = (context.checkoutsPerCompany - 1 - index) * context.companies.length + company;
  const bookingId = String(2_400_000 + ordinal);
  const site = `https://www.bokamera.se/${generatedCompany.sitePath}`;
  const embedUrl = `${context.origin}/embedded/checkout?id=${id}`;
  return {
    id,
    status,
    description: `${mainService.name}, ${appointmentText(random, createdMs)} hos ${generatedCompany.company.name}`,
    purchaseId: lifecycle.paid ? 3_100_000 + ordinal : null,
    expirationTime: isoSeconds(lifecycle.expirationMs),
    snippet: `<div id="paysonContainer" url="${embedUrl}"></div><script src="${context.origin}/embedded/payson.js"></script>`,
    merchant: {
      checkoutUri: `${site}/checkout?bookingId=${bookingId}`,
      confirmationUri: `${site}/bekraftelse?bookingId=${bookingId}`,
      notificationUri: `https://api.bokamera.se/payment/payson/v2/ipncallback?companyId=${generatedCompany.company.id}&bookingId=${bookingId}`,
      termsUri: `${site}/villkor`,
      reference: bookingId,
    },
    customer,
    order,
    gui: {
      colorScheme: generatedCompany.trade.colorScheme,
      locale: 'sv',
      requestPhone: generatedCompany.trade.requestPhone,
      verification: 'none',
    },
    history: Object.fromEntries(Object.entries(lifecycle.times).map(([key, ms]) => [key, isoSeconds(ms)])),
    links: [{ href: `${context.paysonBase}/Checkouts/${id}`, rel: 'self' }],
  };
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** The booked time, one to three weeks after booking, in Swedish: `12 mars 2025 kl. 14:15`. */
function appointmentText(random: Random, createdMs: number): string {
  const day = new Date(Math.floor(createdMs / DAY_MS) * DAY_MS + random.int(1, 21) * DAY_MS);
  const time = `${String(random.int(8, 18)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`;
  return `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()} kl. ${time}`;
}
