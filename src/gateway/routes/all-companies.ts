import type { CompanySummary } from '../../contract/gateway-api.ts';
import { isSuperadmin } from '../../contract/roles.ts';
import { forbidden } from '../api-error.ts';
import type { GatewayDeps } from '../gateway-env.ts';
import { paysonCredentialsFor } from '../payson-credentials.ts';
import type { Session } from '../session/store.ts';
import { allCompanies } from './companies.ts';

/** Company names change rarely; a superadmin paging through "All companies" asks BokaMera once a minute at most. */
const NAMES_MS = 60_000;
/** How often one session re-resolves every company's credentials (the credential cache's own lifetime). */
const RESOLVE_EVERY_MS = 5 * 60_000;
/** BokaMera calls at a time while resolving credentials for every company. */
const RESOLVE_CONCURRENCY = 4;
/** Bounds the per-process memory of sessions seen. */
const MAX_SESSIONS = 1000;

/**
 * Superadmins' "All companies" (companyId `all`): the companies' names for the Company column, and
 * every company's Payson credentials for the indexer, which has no user of its own and learns them
 * only from requests (checkout-indexing.ts). Resolving runs in the background with bounded
 * concurrency; a company whose credentials cannot be read (no Payson settings at BokaMera) is
 * left out of "All companies"' freshness, since it can never be indexed.
 */
export class AllCompanies {
  private names: { at: number; companies: Promise<CompanySummary[]> } | undefined;
  private readonly resolvedFor = new Map<string, number>();
  private readonly noPayson = new Map<string, number>();

  constructor(private readonly deps: GatewayDeps) {}

  /** 403 for anyone but a superadmin. */
  assertMayList(session: Session): void {
    if (!isSuperadmin(session.user.roles)) throw forbidden('Only superadmins can list every company’s checkouts.', 'company_access');
  }

  /** Every company, lower-case id → name, read from BokaMera at most once a minute. */
  async companyNames(session: Session): Promise<Map<string, string>> {
    const now = this.deps.sessions.now();
    if (!this.names || now - this.names.at > NAMES_MS) {
      const companies = allCompanies(this.deps, session);
      this.names = { at: now, companies };
      // A failed read is not kept: the next request asks again.
      companies.catch(() => {
        if (this.names?.companies === companies) this.names = undefined;
      });
    }
    const companies = await this.names.companies;
    return new Map(companies.map((company) => [company.id.toLowerCase(), company.name]));
  }

  /** The companies "All companies" waits for: all but those without Payson credentials. */
  indexableCompanies(names: ReadonlyMap<string, string>): string[] {
    const now = this.deps.sessions.now();
    return [...names.keys()].filter((id) => (this.noPayson.get(id) ?? 0) <= now);
  }

  /**
   * Resolves each company's credentials with this superadmin's token and hands them to the indexer,
   * in the background (the list does not wait), at most once per session every few minutes.
   */
  learnCredentials(session: Session, companyIds: readonly string[]): void {
    const index = this.deps.index;
    if (!index) return;
    const now = this.deps.sessions.now();
    if ((this.resolvedFor.get(session.idHash) ?? 0) > now) return;
    if (this.resolvedFor.size >= MAX_SESSIONS) this.resolvedFor.clear();
    this.resolvedFor.set(session.idHash, now + RESOLVE_EVERY_MS);
    const queue = [...companyIds];
    const worker = async () => {
      for (let companyId = queue.shift(); companyId !== undefined; companyId = queue.shift()) {
        try {
          const credentials = await paysonCredentialsFor(this.deps, session, companyId);
          index.ensureIndexing(companyId, credentials);
          this.noPayson.delete(companyId);
        } catch {
          this.noPayson.set(companyId, this.deps.sessions.now() + RESOLVE_EVERY_MS);
        }
      }
    };
    void Promise.all(Array.from({ length: RESOLVE_CONCURRENCY }, worker));
  }
}
