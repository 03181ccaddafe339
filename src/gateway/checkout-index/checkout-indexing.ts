import type { Checkout } from '../../contract/payson.ts';
import type { PaysonCredentials } from '../upstream/payson-client.ts';

/**
 * What the routes ask of the background indexing (issue 13). The indexer keeps each company's
 * index filled from Payson's own list; it learns a company's Payson credentials from the requests
 * that resolve them for a signed-in user (or from the single-merchant configuration), since it has
 * no user of its own.
 */
export interface CheckoutIndexing {
  /**
   * Starts the company's first pass, or keeps its refreshes going, with these credentials. Returns
   * at once; the work happens in the background (one gateway at a time per company).
   */
  ensureIndexing(companyId: string, credentials: PaysonCredentials): void;
  /** "Refresh now": an incremental refresh of the company as soon as one may start. */
  refreshNow(companyId: string): Promise<void>;
  /** A checkout read live (opened, or after a payment request): its row is written at once. */
  recordCheckout(companyId: string, checkout: Checkout): Promise<void>;
  /** Stops every pass and refresh (shutdown); a pass resumes from its cursor on the next start. */
  stop(): Promise<void>;
}
