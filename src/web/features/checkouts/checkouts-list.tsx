import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { KnownStatus } from '../../../contract/status.ts';
import { checkoutQueries } from '../../api/checkouts.ts';
import { companyQueries } from '../../api/companies.ts';
import { useSignedInUser } from '../../api/session.ts';
import { AccessDenied } from '../../components/access-denied.tsx';
import { preloadCheckoutDetailRouteWhenIdle } from '../checkout-detail/checkout-detail-module.ts';
import { parseCheckoutsSearch } from '../../lib/checkouts-search.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { CheckoutsNotices } from './checkouts-notices.tsx';
import { CheckoutsTable } from './checkouts-table.tsx';
import { FindCheckoutForm } from './find-checkout-form.tsx';
import { ReadyToShipCallout } from './ready-to-ship-callout.tsx';
import { StatusFilter } from './status-filter.tsx';
import { useCheckoutList } from './use-checkout-list.ts';

export interface CheckoutsListProps {
  /** The checkout open beside the list, if any: its row is highlighted and paging keeps it open. */
  openCheckoutId: string | undefined;
}

/** The checkout list. Its state is the URL: `?status=readyToShip&page=3`. */
export function CheckoutsList({ openCheckoutId }: CheckoutsListProps) {
  const { companyId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { search, problems } = parseCheckoutsSearch(searchParams);
  const user = useSignedInUser();
  const list = useCheckoutList({ companyId, ...search });
  // The counts (eleven upstream calls) wait for the rows rather than compete with them, and are not
  // asked while the rows failed: they come with the rows when the upstream is back.
  const counts = useQuery({ ...checkoutQueries.statusCounts(companyId), enabled: list.isSuccess }).data;
  const companyName = useQuery(companyQueries.list()).data?.companies.find((c) => c.id === companyId)?.name;
  // Once rows are on screen, the checkout's code loads in idle time: opening one then waits for data only.
  const hasRows = list.data !== undefined;
  useEffect(() => (hasRows ? preloadCheckoutDetailRouteWhenIdle() : undefined), [hasRows]);

  if (list.error?.status === 403) {
    return (
      <>
        <title>{messages.app.pageTitle(messages.access.deniedTitle)}</title>
        <AccessDenied homeHref={paths.checkouts(user.companyId)} />
      </>
    );
  }

  // With a checkout open, other statuses and pages load beside it; the checkout stays.
  function show(status: KnownStatus | undefined, page: number) {
    const search = { status, page };
    const path = openCheckoutId ? paths.checkout(companyId, openCheckoutId, search) : paths.checkouts(companyId, search);
    void navigate(path, { preventScrollReset: Boolean(openCheckoutId) });
  }

  function open(checkoutId: string) {
    void navigate(paths.checkout(companyId, checkoutId, search), { preventScrollReset: true });
  }

  const pageTitle = companyName ? `${messages.checkouts.title} · ${companyName}` : messages.checkouts.title;
  return (
    <section className="checkouts-list" aria-labelledby="checkouts-title">
      {/* An open checkout names the page itself. */}
      {openCheckoutId ? null : <title>{messages.app.pageTitle(pageTitle)}</title>}
      <div className="page-header">
        <h1 id="checkouts-title" className="page-header__title" tabIndex={-1}>
          {messages.checkouts.title}
        </h1>
        <FindCheckoutForm companyId={companyId} />
      </div>
      <CheckoutsNotices problems={problems} />
      <CheckoutsTable
        companyId={companyId}
        status={search.status}
        page={search.page}
        query={list}
        onPageChange={(page) => show(search.status, page)}
        selectedRowId={openCheckoutId}
        onRowClick={open}
        filters={
          <>
            <StatusFilter value={search.status} counts={counts} onChange={(status) => show(status, 1)} />
            <ReadyToShipCallout
              companyId={companyId}
              count={counts?.counts['readyToShip']}
              active={search.status === 'readyToShip'}
            />
          </>
        }
      />
    </section>
  );
}
