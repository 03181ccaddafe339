import { randomGuid, type Random } from '../random.ts';
import { CAMPAIGN_DISCOUNT_RATES, DISCOUNT_CODES, type Article, type Trade } from './trades.ts';

/** A Payson order whose totals add up exactly: all sums are taken in öre, then shown in kronor. */

export type ItemType = 'service' | 'physical' | 'fee' | 'discount';

export interface GeneratedItem {
  itemId: string;
  name: string;
  reference: string;
  type: ItemType;
  quantity: number;
  unitPrice: number;
  taxRate: number;
  discountRate: number;
  creditedAmount: number;
  totalPriceExcludingTax: number;
  totalPriceIncludingTax: number;
  totalTaxAmount: number;
}

export interface GeneratedOrder {
  currency: 'sek';
  billingPeriod: 'once';
  totalPriceExcludingTax: number;
  totalPriceIncludingTax: number;
  totalTaxAmount: number;
  totalFeeExcludingTax: number;
  totalFeeIncludingTax: number;
  totalCreditedAmount: number;
  items: GeneratedItem[];
}

interface Line {
  item: GeneratedItem;
  includingOre: number;
  excludingOre: number;
}

const kronor = (ore: number): number => ore / 100;

/** Item totals: incl = unitPrice × quantity × (1 − discountRate); excl = incl / (1 + taxRate); tax = incl − excl. */
function line(random: Random, article: Article, type: ItemType, quantity: number, discountRate = 0): Line {
  const unitOre = Math.round(article.price * 100);
  const payablePercent = 100 - Math.round(discountRate * 100);
  const includingOre = Math.round((unitOre * quantity * payablePercent) / 100);
  const excludingOre = Math.round((includingOre * 100) / (100 + Math.round(article.taxRate * 100)));
  return {
    includingOre,
    excludingOre,
    item: {
      itemId: randomGuid(random),
      name: article.name,
      reference: article.reference,
      type,
      quantity,
      unitPrice: article.price,
      taxRate: article.taxRate,
      discountRate,
      creditedAmount: 0,
      totalPriceExcludingTax: kronor(excludingOre),
      totalPriceIncludingTax: kronor(includingOre),
      totalTaxAmount: kronor(includingOre - excludingOre),
    },
  };
}

const quantityOf = (random: Random, article: Article): number =>
  random.chance(0.8) ? 1 : random.int(1, article.maxQuantity);

export function buildOrder(random: Random, trade: Trade): { order: GeneratedOrder; mainService: Article } {
  const mainService = random.pick(trade.services);
  const campaignRate = random.chance(0.1) ? random.pick(CAMPAIGN_DISCOUNT_RATES) : 0;
  const lines = [line(random, mainService, 'service', quantityOf(random, mainService), campaignRate)];
  if (random.chance(0.2)) {
    const extra = random.pick(trade.services);
    lines.push(line(random, extra, 'service', 1));
  }
  if (trade.products.length > 0 && random.chance(0.25)) {
    const product = random.pick(trade.products);
    lines.push(line(random, product, 'physical', quantityOf(random, product)));
  }
  if (trade.bookingFee && random.chance(0.5)) lines.push(line(random, trade.bookingFee, 'fee', 1));
  if (random.chance(0.08)) {
    // A discount code is its own item with a negative price, taxed like the service it reduces;
    // at most half the service's price, so the order stays positive.
    const code = random.pick(DISCOUNT_CODES);
    const amount = Math.max(1, Math.round(mainService.price * code.share));
    const discount = { ...mainService, name: code.name, reference: code.reference, price: -amount, maxQuantity: 1 };
    lines.push(line(random, discount, 'discount', 1));
  }

  const sum = (pick: (l: Line) => number, only: (l: Line) => boolean = () => true): number =>
    kronor(lines.filter(only).reduce((total, l) => total + pick(l), 0));
  const isFee = (l: Line) => l.item.type === 'fee';
  const order: GeneratedOrder = {
    currency: 'sek',
    billingPeriod: 'once',
    totalPriceExcludingTax: sum((l) => l.excludingOre),
    totalPriceIncludingTax: sum((l) => l.includingOre),
    totalTaxAmount: sum((l) => l.includingOre - l.excludingOre),
    totalFeeExcludingTax: sum((l) => l.excludingOre, isFee),
    totalFeeIncludingTax: sum((l) => l.includingOre, isFee),
    totalCreditedAmount: 0,
    items: lines.map((l) => l.item),
  };
  return { order, mainService };
}
