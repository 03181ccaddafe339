import { data, redirect } from 'react-router';
import { ALL_COMPANIES, checkoutSearchPageSchema } from '../../../contract/checkout-search.ts';
import { mayOpenCompany, sameId } from '../../../contract/roles.ts';
import type { SessionUser } from '../../../contract/gateway-api.ts';
import { http } from '../../api/http.ts';
import { paths } from '../../lib/paths.ts';

/**
 * `/companies/all/checkouts/:checkoutId` (a bookmark, a shared link): a checkout always belongs to
 * one company, and is read and acted on under it. All companies' search finds it by its id; the
 * page then moves to `/companies/<its company>/checkouts/<id>`, or says there is no such checkout.
 * Someone who may not see all companies gets no lookup: the page around it says access denied.
 */
export async function redirectToCheckoutsCompany(
  user: SessionUser | null,
  checkoutId: string,
  signal: AbortSignal,
): Promise<Response | null> {
  if (!user || !mayOpenCompany(user, ALL_COMPANIES)) return null;
  const page = await http(`/api/companies/${ALL_COMPANIES}/checkouts`, {
    schema: checkoutSearchPageSchema,
    query: { q: checkoutId },
    signal,
  });
  const row = page.data.find((candidate) => sameId(candidate.id, checkoutId) && candidate.companyId);
  if (!row?.companyId) throw data(null, { status: 404 });
  return redirect(paths.checkout(row.companyId, row.id));
}
