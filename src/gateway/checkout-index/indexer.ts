import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Checkout, CheckoutListPage } from '../../contract/payson.ts';
import type { KnownStatus } from '../../contract/status.ts';
import type { GatewayConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { apiErrorFromUpstream } from '../upstream-errors.ts';
import { UpstreamError } from '../upstream/http.ts';
import type { CheckoutListQuery, PaysonClient, PaysonCredentials } from '../upstream/payson-client.ts';
import { backoffMs, isTooManyRequests, isTransient, retryAfterOf } from './backoff.ts';
import type { CheckoutIndexing } from './checkout-indexing.ts';
import { indexRowOf } from './index-row.ts';
import { CheckoutIndexStore } from './index-store.ts';

/**
 * Statuses a checkout can still leave (docs/decisions/010-index-refresh.md): a refresh re-reads
 * their lists whole. The rest (paid to account, canceled, expired, denied) are final.
 */
export const CHANGEABLE_STATUSES: readonly KnownStatus[] = ['created', 'formsFilled', 'readyToPay', 'processingPayment', 'readyToShip', 'shipped'];

/** A lease outlives a stalled gateway by at most this long; it is renewed well before. */
export const LEASE_MS = 60_000;
/** Tries of one Payson read before the pass gives up and the company backs off as a whole. */
const TRIES_PER_READ = 5;

export interface CheckoutIndexerOptions {
  db: Db;
  payson: PaysonClient;
  config: Pick<GatewayConfig, 'paysonTimeZone' | 'index'>;
  now?: () => number;
  /** How the indexer waits out a backoff; tests record the wait instead of sleeping through it. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Who this gateway is in the lease; random per process. */
  holder?: string;
}

interface Company {
  key: string;
  credentials: PaysonCredentials;
  /** The work running now, if any. */
  running: Promise<void> | undefined;
  timer: NodeJS.Timeout | undefined;
  /** "Refresh now" was asked: the next run refreshes even if the last one was recent. */
  forced: boolean;
  /** Failed runs in a row, for the backoff. */
  failures: number;
  /** When this gateway last took or renewed the company's lease. */
  leasedAt: number;
}

/** The first pass's place in Payson's unfiltered list: every page before `nextPage` is indexed. */
interface PassCursor {
  nextPage: number;
}

class LeaseLost extends Error {}

/**
 * Fills and refreshes the index of each company whose credentials it has learned, in the
 * background, one company at a time per gateway process and one gateway at a time per company.
 * Polite to Payson: at most `config.index.concurrency` of its requests per company at once (and
 * through the Payson client, whose per-merchant limit users' requests share), waiting out 429s and
 * backing off on errors.
 */
export class CheckoutIndexer implements CheckoutIndexing {
  private readonly store: CheckoutIndexStore;
  private readonly companies = new Map<string, Company>();
  private readonly stopping = new AbortController();
  private readonly now: () => number;
  private readonly wait: (ms: number, signal: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly holder: string;
  private readonly refreshMs: number;
  private readonly concurrency: number;

  constructor(private readonly options: CheckoutIndexerOptions) {
    this.store = new CheckoutIndexStore(options.db);
    this.now = options.now ?? Date.now;
    this.wait = options.wait ?? ((ms, signal) => sleep(ms, undefined, { signal }));
    this.random = options.random ?? Math.random;
    this.holder = options.holder ?? randomUUID();
    this.refreshMs = options.config.index.refreshSeconds * 1000;
    this.concurrency = Math.max(1, options.config.index.concurrency);
  }

  ensureIndexing(companyId: string, credentials: PaysonCredentials): void {
    if (this.stopping.signal.aborted) return;
    const key = companyId.toLowerCase();
    const known = this.companies.get(key);
    if (known) {
      known.credentials = credentials; // a changed key at BokaMera is used from the next read
      return;
    }
    const company: Company = { key, credentials, running: undefined, timer: undefined, forced: false, failures: 0, leasedAt: 0 };
    this.companies.set(key, company);
    void this.runNow(company);
  }

  async refreshNow(companyId: string): Promise<void> {
    const company = this.companies.get(companyId.toLowerCase());
    if (!company || this.stopping.signal.aborted) return;
    company.forced = true;
    // A run in progress may be a refresh that started before the change asked about: one more after it.
    if (company.running) await company.running;
    if (company.forced) await this.runNow(company);
  }

  async recordCheckout(companyId: string, checkout: Checkout): Promise<void> {
    const row = indexRowOf(companyId, checkout, this.options.config.paysonTimeZone, this.now());
    const inserted = await this.store.upsert([row]);
    await this.store.addIndexed(companyId, inserted);
  }

  /** Every company this gateway knows credentials for. */
  knownCompanies(): string[] {
    return [...this.companies.keys()];
  }

  /** Resolves when the company has no work running (tests; the work itself is in the background). */
  async settled(companyId: string): Promise<void> {
    await this.companies.get(companyId.toLowerCase())?.running;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    for (const company of this.companies.values()) clearTimeout(company.timer);
    await Promise.allSettled([...this.companies.values()].map((company) => company.running));
  }

  private schedule(company: Company, delayMs: number): void {
    clearTimeout(company.timer);
    if (this.stopping.signal.aborted) return;
    company.timer = setTimeout(() => void this.runNow(company), delayMs);
    company.timer.unref(); // background work never keeps the process alive
  }

  private runNow(company: Company): Promise<void> {
    clearTimeout(company.timer);
    company.running ??= this.run(company).finally(() => {
      company.running = undefined;
    });
    return company.running;
  }

  /** One turn: take the lease, do what the company's state calls for, give the lease back, plan the next turn. */
  private async run(company: Company): Promise<void> {
    let next = this.refreshMs;
    let leased = false;
    try {
      leased = await this.store.takeLease(company.key, this.holder, this.now(), this.now() + LEASE_MS);
      company.leasedAt = this.now();
      // Another gateway indexes the company now: look again later (it may stop, its lease then runs out).
      if (!leased) return;
      const state = await this.store.state(company.key);
      if (state?.phase !== 'ready') {
        await this.firstPass(company, (state?.cursor as PassCursor | null | undefined)?.nextPage ?? 1);
      } else if (company.forced || (state.refreshedAt ?? 0) + this.refreshMs <= this.now()) {
        company.forced = false;
        await this.refresh(company);
      } else {
        next = state.refreshedAt! + this.refreshMs - this.now();
      }
      company.failures = 0;
    } catch (error) {
      if (this.stopping.signal.aborted || error instanceof LeaseLost) return;
      company.failures += 1;
      next = retryAfterOf(error) ?? backoffMs(company.failures, this.random);
      if (leased) await this.store.updateState(company.key, this.holder, { lastError: describe(error) }).catch(() => undefined);
    } finally {
      if (leased) await this.store.releaseLease(company.key, this.holder).catch(() => undefined);
      this.schedule(company, next);
    }
  }

  /** Payson's whole unfiltered list, page by page from the cursor, `concurrency` pages at a time. */
  private async firstPass(company: Company, fromPage: number): Promise<void> {
    await this.readAllPages(company, {}, fromPage, async (page) => {
      await this.store.updateState(company.key, this.holder, { cursor: { nextPage: page } satisfies PassCursor });
    });
    await this.finish(company, { phase: 'ready', cursor: null, firstPassDoneAt: this.now() });
  }

  /**
   * Re-reads what can have changed: the lists of the statuses a checkout can still leave (a row
   * whose status list no longer holds it is read on its own), then both ends of the unfiltered
   * list until a page holds nothing new. If the index still holds fewer checkouts than Payson
   * counts, new ones are somewhere else in an order Payson does not document: a full pass finds them.
   */
  private async refresh(company: Company): Promise<void> {
    const before = await this.store.idsWithStatuses(company.key, CHANGEABLE_STATUSES);
    const seen = new Set<string>();
    for (const status of CHANGEABLE_STATUSES) {
      await this.readAllPages(company, { status }, 1, undefined, (checkouts) => checkouts.forEach((checkout) => seen.add(checkout.id)));
    }
    const left = [...before.keys()].filter((id) => !seen.has(id));
    await this.pool(left, async (id) => {
      const checkout = await this.politely(company, () => this.options.payson.getCheckout(company.credentials, id));
      await this.write(company, [checkout]);
    });

    const expected = await this.readNewestEnds(company);
    if ((await this.store.countRows(company.key)) < expected) await this.readAllPages(company, {}, 1);
    await this.finish(company, {});
  }

  /**
   * Page 1 and the last page of the unfiltered list, then inward from each end while a page there
   * brought checkouts the index did not have. Answers Payson's count of checkouts.
   */
  private async readNewestEnds(company: Company): Promise<number> {
    const first = await this.readPage(company, { page: 1 });
    let expected = first.totalCount;
    let lastPage = first.totalPages;
    const fromStart = async (): Promise<void> => {
      let newOnes = first.newOnes;
      for (let page = 2; newOnes > 0 && page <= lastPage; page++) newOnes = (await this.readPage(company, { page })).newOnes;
    };
    const fromEnd = async (): Promise<void> => {
      for (let page = lastPage; page > 1; page--) {
        const read = await this.readPage(company, { page });
        expected = Math.max(expected, read.totalCount);
        lastPage = Math.max(lastPage, read.totalPages);
        if (read.newOnes === 0) return;
      }
    };
    await fromStart();
    await fromEnd();
    return expected;
  }

  /** Reads one list page, writes its rows; answers how many were new to the index. */
  private async readPage(company: Company, query: CheckoutListQuery): Promise<{ totalCount: number; totalPages: number; newOnes: number }> {
    const page = await this.politely(company, () => this.options.payson.listCheckouts(company.credentials, query, { retry: false }));
    const newOnes = await this.write(company, page.data);
    if (query.status === undefined) await this.store.updateState(company.key, this.holder, { expectedCount: page.totalCount });
    return { totalCount: page.totalCount, totalPages: page.totalPages, newOnes };
  }

  /**
   * Every page of a list from `fromPage`, `concurrency` at a time; `progress` is told the first page
   * not yet read whenever that moves (the first pass keeps it as its cursor).
   */
  private async readAllPages(
    company: Company,
    filter: { status?: KnownStatus },
    fromPage: number,
    progress?: (nextPage: number) => Promise<void>,
    each?: (checkouts: readonly Checkout[]) => void,
  ): Promise<void> {
    const read = async (page: number): Promise<CheckoutListPage> => {
      const answer = await this.politely(company, () => this.options.payson.listCheckouts(company.credentials, { ...filter, page }, { retry: false }));
      await this.write(company, answer.data);
      each?.(answer.data);
      return answer;
    };
    const first = await read(fromPage);
    if (filter.status === undefined) await this.store.updateState(company.key, this.holder, { expectedCount: first.totalCount });
    let lastPage = first.totalPages;
    const done = new Set<number>([fromPage]);
    let lowest = fromPage + 1;
    if (progress) await progress(lowest);
    let next = fromPage + 1;
    await this.workers(this.concurrency, async (stopped) => {
      while (!stopped() && next <= lastPage) {
        const page = next++;
        const answer = await read(page);
        lastPage = Math.max(lastPage, answer.totalPages);
        done.add(page);
        const before = lowest;
        while (done.has(lowest)) lowest++;
        if (progress && lowest !== before) await progress(lowest);
      }
    });
  }

  /** Writes rows of checkouts read from Payson; answers how many were new to the index. */
  private async write(company: Company, checkouts: readonly Checkout[]): Promise<number> {
    if (checkouts.length === 0) return 0;
    const at = this.now();
    const inserted = await this.store.upsert(checkouts.map((checkout) => indexRowOf(company.key, checkout, this.options.config.paysonTimeZone, at)));
    await this.store.addIndexed(company.key, inserted);
    return inserted;
  }

  /** The end of a pass or refresh: exact count, fresh, no error. */
  private async finish(company: Company, change: Parameters<CheckoutIndexStore['updateState']>[2]): Promise<void> {
    const indexedCount = await this.store.countRows(company.key);
    const saved = await this.store.updateState(company.key, this.holder, { ...change, indexedCount, refreshedAt: this.now(), lastError: null });
    if (!saved) throw new LeaseLost();
  }

  /**
   * One Payson read with the lease renewed first: a 429 is waited out (as long as Payson asks, or
   * a growing backoff), a transient failure tried again after a growing backoff, a few times.
   */
  private async politely<T>(company: Company, read: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      this.stopping.signal.throwIfAborted();
      await this.renewLease(company);
      try {
        return await read();
      } catch (error) {
        if (!isTransient(error) || attempt >= TRIES_PER_READ) throw error;
        const waitMs = (isTooManyRequests(error) ? retryAfterOf(error) : undefined) ?? backoffMs(attempt, this.random);
        await this.wait(waitMs, this.stopping.signal);
      }
    }
  }

  /** Renews the lease once a third of it has passed; a lease another gateway took meanwhile ends the work. */
  private async renewLease(company: Company): Promise<void> {
    const now = this.now();
    if (now - company.leasedAt < LEASE_MS / 3) return;
    if (!(await this.store.takeLease(company.key, this.holder, now, now + LEASE_MS))) throw new LeaseLost();
    company.leasedAt = now;
  }

  /** Runs `task` over the items, `concurrency` at a time. */
  private async pool<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    await this.workers(Math.min(this.concurrency, items.length), async (stopped) => {
      while (!stopped() && next < items.length) await task(items[next++]!);
    });
  }

  /**
   * `count` workers at once. The first failure stops the others from starting more work (what
   * they have in flight finishes) and is thrown once all are done: nothing writes after the
   * caller has moved on (and given the lease back).
   */
  private async workers(count: number, work: (stopped: () => boolean) => Promise<void>): Promise<void> {
    let failure: { error: unknown } | undefined;
    const stopped = () => failure !== undefined;
    await Promise.all(
      Array.from({ length: count }, async () => {
        try {
          await work(stopped);
        } catch (error) {
          failure ??= { error };
        }
      }),
    );
    if (failure) throw failure.error;
  }
}

/** What `last_error` says: the API's words for the failure, and Payson's own status and words when it answered. */
function describe(error: unknown): string {
  if (error instanceof UpstreamError && error.failure.kind === 'status' && error.failure.status !== 401) {
    const { status, message } = error.failure;
    return `Payson answered HTTP ${status}${message ? `: ${message}` : ''}.`;
  }
  if (error instanceof UpstreamError) return apiErrorFromUpstream(error).message;
  return error instanceof Error ? `${error.name}: ${error.message}` : 'Unknown error';
}
