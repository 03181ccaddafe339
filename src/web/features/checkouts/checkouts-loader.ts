import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { checkoutQueries } from '../../api/checkouts.ts';
import { startWhenMayOpenCompany } from '../../api/session.ts';
import { parseCheckoutsSearch } from '../../lib/checkouts-search.ts';
import { prepareListFormatters } from '../../lib/format.ts';
import { userLocale } from '../../lib/locale.ts';
import { pageSizeFromCookieHeader, rememberedPageSize } from '../../lib/page-size-cookie.ts';

let formattersPrepared = false;

/** While the rows are on their way the page is idle: time to build the formatters they need. */
function prepareFormattersWhenIdle(): void {
  if (formattersPrepared) return;
  formattersPrepared = true;
  const prepare = () => prepareListFormatters(userLocale());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 1_000 });
  else setTimeout(prepare, 0);
}

/**
 * Starts the page's requests as early as possible, in parallel with loading its code, without
 * waiting for them: the page shows skeleton rows first, and the previous page's rows (dimmed)
 * while another page loads. Errors are shown by the page, next to what failed.
 *
 * React Router runs this in parallel with the app layout's guard, which turns a missing session
 * into the sign-in page. On a signed-in browser's cold load (the session hint) the list goes out
 * at once, beside the session check; otherwise only once the session says this company may be
 * opened, so a signed-out visitor sends no list request, and another company's list, which would
 * only be refused (403), is not asked for: the page says so without asking.
 */
export function checkoutsLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const companyId = params.companyId ?? '';
    const { search } = parseCheckoutsSearch(new URL(request.url).searchParams);
    // The browser's cookie; on the server (a first screen rendered there) the request's.
    const remembered = rememberedPageSize() ?? pageSizeFromCookieHeader(request.headers.get('cookie'));
    await startWhenMayOpenCompany(queryClient, companyId, () => {
      const list = checkoutQueries.list({ companyId, ...search, rememberedPageSize: remembered });
      prepareFormattersWhenIdle();
      // The counts are eleven upstream calls: they wait for the rows rather than compete with them.
      void queryClient.prefetchQuery(list).then(() => {
        if (queryClient.getQueryState(list.queryKey)?.status !== 'success') return;
        void queryClient.prefetchQuery(checkoutQueries.statusCounts(companyId));
      });
    });
    return null;
  };
}
