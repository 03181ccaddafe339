import { firstDraw, hashString } from '../random.ts';
import type { CheckoutLocation, CheckoutSource, SandboxCompany } from '../source.ts';
import { checkoutSeed, generateCheckout, type GeneratedCheckout, type GeneratorContext } from './checkout.ts';
import { decodeCheckoutId } from './checkout-ids.ts';
import { generateCompanies } from './companies.ts';
import { statusFor, timelineFor } from './lifecycle.ts';

export interface GeneratorOptions {
  seed: string;
  companies: number;
  checkoutsPerCompany: number;
  now: Date;
  origin: string;
  paysonBase: string;
}

/** Generated data, computed on demand: nothing per checkout is stored. */
export class GeneratedSource implements CheckoutSource {
  readonly companies: readonly SandboxCompany[];
  private readonly context: GeneratorContext;

  constructor(options: GeneratorOptions) {
    const generated = generateCompanies(options.seed, options.companies);
    this.companies = generated.map(({ company }) => company);
    this.context = {
      seedHash: hashString(options.seed),
      companies: generated,
      checkoutsPerCompany: options.checkoutsPerCompany,
      timeline: timelineFor(options.checkoutsPerCompany, options.now),
      origin: options.origin,
      paysonBase: options.paysonBase,
    };
  }

  checkoutCount(): number {
    return this.context.checkoutsPerCompany;
  }

  statusKeyAt(company: number, index: number): string {
    const draw = firstDraw(checkoutSeed(this.context, company, index));
    return statusFor(this.context.timeline, index, draw).toLowerCase();
  }

  checkoutAt(company: number, index: number): GeneratedCheckout {
    return generateCheckout(this.context, company, index);
  }

  locate(id: string): CheckoutLocation | undefined {
    const decoded = decodeCheckoutId(this.context.seedHash, id);
    if (!decoded) return undefined;
    const inRange = decoded.company < this.companies.length && decoded.index < this.context.checkoutsPerCompany;
    return inRange ? decoded : undefined;
  }
}
