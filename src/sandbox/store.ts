import { StatusIndex } from './status-index.ts';
import { statusKeyOf, type CheckoutLocation, type CheckoutSource, type RawCheckout, type SandboxCompany } from './source.ts';

export interface FoundCheckout {
  location: CheckoutLocation;
  company: SandboxCompany;
  checkout: RawCheckout;
}

export interface CheckoutPage {
  totalCount: number;
  checkouts: RawCheckout[];
}

/**
 * The checkouts as the simulated upstreams see them: the source's data with the changes made since
 * start (or the last reset) laid over it. Changes live in a small overlay, so the source stays lazy.
 */
export class CheckoutStore {
  private readonly statusIndex: StatusIndex;
  /** company → index → the checkout as changed. */
  private readonly overlay = new Map<number, Map<number, RawCheckout>>();
  /** `${company}:${statusKey}` → indexes, for companies with changes; dropped when they change again. */
  private readonly changedLists = new Map<string, Int32Array>();
  /**
   * Checkouts added since start (control route), per company, oldest first. They are listed before
   * the source's (newest first) and located by negative indexes: -1 the first added, -2 the next.
   */
  private readonly added = new Map<number, RawCheckout[]>();

  constructor(private readonly source: CheckoutSource) {
    this.statusIndex = new StatusIndex(source);
  }

  get companies(): readonly SandboxCompany[] {
    return this.source.companies;
  }

  companyById(id: string): SandboxCompany | undefined {
    const wanted = id.trim().toLowerCase();
    return this.companies.find((company) => company.id.toLowerCase() === wanted);
  }

  find(id: string): FoundCheckout | undefined {
    const location = this.locateAdded(id) ?? this.source.locate(id);
    const company = location && this.companies[location.company];
    if (!location || !company) return undefined;
    return { location, company, checkout: this.checkoutAt(location.company, location.index) };
  }

  /** One page (1-based) of a company's checkouts, newest first, optionally only those in one status. */
  page(company: number, statusKey: string | undefined, page: number, pageSize: number): CheckoutPage {
    const start = (page - 1) * pageSize;
    // Added checkouts are the newest: they come first, the newest of them first.
    const added = (this.added.get(company) ?? []).filter((checkout) => statusKey === undefined || statusKeyOf(checkout) === statusKey).reverse();
    const fromAdded = added.slice(start, start + pageSize);
    const sourceStart = Math.max(0, start - added.length);
    const sourceWanted = pageSize - fromAdded.length;
    if (statusKey === undefined) {
      const sourceCount = this.source.checkoutCount(company);
      const end = Math.min(sourceCount, sourceStart + sourceWanted);
      const checkouts: RawCheckout[] = [...fromAdded];
      for (let index = sourceStart; index < end; index++) checkouts.push(this.checkoutAt(company, index));
      return { totalCount: sourceCount + added.length, checkouts };
    }
    const indexes = this.indexesWithStatus(company, statusKey);
    const fromSource = Array.from(indexes.subarray(sourceStart, sourceStart + sourceWanted), (index) => this.checkoutAt(company, index));
    return { totalCount: indexes.length + added.length, checkouts: [...fromAdded, ...fromSource] };
  }

  /** A new checkout of the company, the newest of all; answers where it is. */
  add(company: number, checkout: RawCheckout): CheckoutLocation {
    let list = this.added.get(company);
    if (!list) {
      list = [];
      this.added.set(company, list);
    }
    list.push(checkout);
    return { company, index: -list.length };
  }

  replace(location: CheckoutLocation, checkout: RawCheckout): void {
    const added = this.added.get(location.company);
    if (location.index < 0 && added) {
      added[-location.index - 1] = checkout;
      return;
    }
    let changes = this.overlay.get(location.company);
    if (!changes) {
      changes = new Map();
      this.overlay.set(location.company, changes);
    }
    changes.set(location.index, checkout);
    for (const key of this.changedLists.keys()) {
      if (key.startsWith(`${location.company}:`)) this.changedLists.delete(key);
    }
  }

  /** Back to the source's data. */
  reset(): void {
    this.added.clear();
    this.overlay.clear();
    this.changedLists.clear();
  }

  private checkoutAt(company: number, index: number): RawCheckout {
    if (index < 0) return this.added.get(company)?.[-index - 1];
    return this.overlay.get(company)?.get(index) ?? this.source.checkoutAt(company, index);
  }

  private locateAdded(id: string): CheckoutLocation | undefined {
    const wanted = id.toLowerCase();
    for (const [company, list] of this.added) {
      const position = list.findIndex((checkout) => idOf(checkout) === wanted);
      if (position >= 0) return { company, index: -position - 1 };
    }
    return undefined;
  }

  /** The source's list for the status, minus checkouts changed away from it, plus those changed into it. */
  private indexesWithStatus(company: number, statusKey: string): Int32Array {
    const base = this.statusIndex.indexesOf(company, statusKey);
    const changes = this.overlay.get(company);
    if (!changes) return base;
    const cacheKey = `${company}:${statusKey}`;
    const cached = this.changedLists.get(cacheKey);
    if (cached) return cached;

    const leaving = new Set<number>();
    const joining: number[] = [];
    for (const [index, checkout] of changes) {
      const wasIn = this.source.statusKeyAt(company, index) === statusKey;
      const isIn = statusKeyOf(checkout) === statusKey;
      if (wasIn && !isIn) leaving.add(index);
      if (!wasIn && isIn) joining.push(index);
    }
    joining.sort((a, b) => a - b);
    const merged = new Int32Array(base.length - leaving.size + joining.length);
    let written = 0;
    let next = 0;
    for (const index of base) {
      if (leaving.has(index)) continue;
      while (next < joining.length && joining[next]! < index) merged[written++] = joining[next++]!;
      merged[written++] = index;
    }
    while (next < joining.length) merged[written++] = joining[next++]!;
    this.changedLists.set(cacheKey, merged);
    return merged;
  }
}

function idOf(checkout: RawCheckout): string | undefined {
  const id: unknown = typeof checkout === 'object' && checkout !== null ? (checkout as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.toLowerCase() : undefined;
}
