import type { CheckoutSearchPage } from '../../contract/checkout-search.ts';
import { readIndexFreshness } from '../checkout-index/freshness.ts';
import { COMPANY_TIME_ZONE } from '../company-time-zone.ts';
import type { GatewayDeps } from '../gateway-env.ts';
import type { Session } from '../session/store.ts';
import type { AllCompanies } from './all-companies.ts';
import { checkoutSearchOf, type CheckoutListRequest } from './checkout-list-query.ts';
import { indexListPage, indexNotReady } from './checkout-list.ts';

/**
 * Superadmins' "All companies": every company's checkouts in one list, from the index only (Payson
 * lists one merchant at a time, so there is no live answer). It is served while first passes still
 * run, with the freshness saying so ("Indexing: 3,200 of 5,000"), rather than waiting for the
 * slowest of hundreds of companies; with INDEX=off there is nothing to serve (409).
 */
export async function allCompaniesListPage(
  deps: GatewayDeps,
  everyCompany: AllCompanies,
  session: Session,
  request: CheckoutListRequest,
): Promise<CheckoutSearchPage> {
  everyCompany.assertMayList(session);
  if (!deps.index) throw indexNotReady();
  const names = await everyCompany.companyNames(session);
  everyCompany.learnCredentials(session, [...names.keys()]);
  const freshness = await readIndexFreshness(deps.db, everyCompany.indexableCompanies(names), deps.sessions.now());
  return indexListPage(deps, checkoutSearchOf(request, 'every', COMPANY_TIME_ZONE), request, freshness, names);
}
