import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE, type CheckoutSortKey, type PageSize, type SortDirection } from '../../../contract/checkout-search.ts';
import { checkoutQueries } from '../../api/checkouts.ts';
import { companyQueries } from '../../api/companies.ts';
import { useSignedInUser } from '../../api/session.ts';
import { AccessDenied } from '../../components/access-denied.tsx';
import { preloadCheckoutDetailRouteWhenIdle } from '../checkout-detail/checkout-detail-module.ts';
import { parseCheckoutsSearch, withoutFilters, type CheckoutsSearch } from '../../lib/checkouts-search.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { rememberPageSize, useRememberedPageSize } from '../../lib/page-size-cookie.ts';
import { paths } from '../../lib/paths.ts';
import { ActiveFilters } from './active-filters.tsx';
import { CheckoutSearchField } from './checkout-search-field.tsx';
import { CheckoutsNotices } from './checkouts-notices.tsx';
import { CheckoutsTable } from './checkouts-table.tsx';
import { FindCheckoutForm } from './find-checkout-form.tsx';
import { IndexFreshnessBar } from './index-freshness.tsx';
import { AmountFilterField, DateFilterField } from './range-filter-fields.tsx';
import { ReadyToShipCallout } from './ready-to-ship-callout.tsx';
import { StatusFilter } from './status-filter.tsx';
import { useCheckoutList } from './use-checkout-list.ts';
import { useIndexFreshness } from './use-index-freshness.ts';

export interface CheckoutsListProps {
  /** The checkout open beside the list, if any: its row is highlighted and paging keeps it open. */
  openCheckoutId: string | undefined;
}

/** The last value that was not undefined: controls do not vanish while a next answer loads or fails. */
function useLastKnown<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}

/**
 * The checkout list. Its state is the URL (`?q=östlund&status=readyToShip&sort=amount&page=3`,
 * checkouts-search.ts). Once the company's checkouts are indexed it searches, filters and sorts;
 * until then (or with the index off) it is Payson's own list by status and page.
 */
export function CheckoutsList({ openCheckoutId }: CheckoutsListProps) {
  const { companyId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { search, problems } = parseCheckoutsSearch(searchParams);
  const rememberedPageSize = useRememberedPageSize();
  const user = useSignedInUser();
  const list = useCheckoutList({ companyId, ...search, rememberedPageSize });
  const freshness = useLastKnown(useIndexFreshness(companyId, list));
  const source = useLastKnown(list.data?.source);
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

  const indexState = freshness?.state;
  const searchReady = indexState === 'ready';
  const indexed = source === 'index';
  const pageSize: PageSize = search.pageSize ?? (indexed ? rememberedPageSize : undefined) ?? DEFAULT_PAGE_SIZE;

  // With a checkout open, other searches and pages load beside it; the checkout stays.
  function show(next: CheckoutsSearch, options: { replace?: boolean } = {}) {
    const path = openCheckoutId ? paths.checkout(companyId, openCheckoutId, next) : paths.checkouts(companyId, next);
    void navigate(path, { preventScrollReset: Boolean(openCheckoutId), replace: options.replace ?? false });
  }

  /** Any change of what is shown starts again at page 1. */
  function filter(patch: Partial<CheckoutsSearch>, options?: { replace?: boolean }) {
    show({ ...search, ...patch, page: 1 }, options);
  }

  function sortBy(sort: CheckoutSortKey, dir: SortDirection) {
    // Newest first is the list's own order: the URL stays clean for it.
    const isDefault = sort === 'created' && dir === 'desc';
    filter({ sort: isDefault ? undefined : sort, dir: isDefault ? undefined : dir });
  }

  function changePageSize(size: PageSize) {
    rememberPageSize(size);
    filter({ pageSize: size === DEFAULT_PAGE_SIZE ? undefined : size });
  }

  function open(checkoutId: string) {
    void navigate(paths.checkout(companyId, checkoutId, search), { preventScrollReset: true });
  }

  const pageTitle = companyName ? `${messages.checkouts.title} · ${companyName}` : messages.checkouts.title;
  const searchField =
    indexState === 'ready' || indexState === 'indexing' ? (
      <CheckoutSearchField
        value={search.q}
        onSearch={(q) => filter({ q }, { replace: true })}
        unavailable={searchReady ? undefined : messages.search.notReady}
      />
    ) : undefined;
  return (
    <section className="checkouts-list" aria-labelledby="checkouts-title">
      {/* An open checkout names the page itself. */}
      {openCheckoutId ? null : <title>{messages.app.pageTitle(pageTitle)}</title>}
      <div className="page-header">
        <h1 id="checkouts-title" className="page-header__title" tabIndex={-1}>
          {messages.checkouts.title}
        </h1>
        {/* Once search is ready it finds checkouts by id too, and takes the "/" key. */}
        {searchReady ? null : <FindCheckoutForm companyId={companyId} />}
      </div>
      <IndexFreshnessBar companyId={companyId} freshness={freshness} />
      <CheckoutsNotices problems={problems} />
      <CheckoutsTable
        companyId={companyId}
        search={search}
        pageSize={pageSize}
        query={list}
        indexed={indexed}
        onPageChange={(page) => show({ ...search, page })}
        onSortChange={sortBy}
        onPageSizeChange={changePageSize}
        selectedRowId={openCheckoutId}
        onRowClick={open}
        searchField={searchField}
        filters={
          <>
            <StatusFilter
              value={search.status}
              counts={counts}
              multiple={indexed}
              onChange={(status) => filter({ status })}
            />
            {indexed ? (
              <>
                <DateFilterField
                  label={messages.search.createdFrom}
                  value={search.createdFrom}
                  onChange={(createdFrom) => filter({ createdFrom })}
                />
                <DateFilterField
                  label={messages.search.createdTo}
                  value={search.createdTo}
                  onChange={(createdTo) => filter({ createdTo })}
                />
                <AmountFilterField
                  label={messages.search.amountFrom}
                  value={search.amountFrom}
                  onChange={(amountFrom) => filter({ amountFrom })}
                />
                <AmountFilterField
                  label={messages.search.amountTo}
                  value={search.amountTo}
                  onChange={(amountTo) => filter({ amountTo })}
                />
              </>
            ) : null}
            <ReadyToShipCallout
              companyId={companyId}
              count={counts?.counts['readyToShip']}
              active={search.status.length === 1 && search.status[0] === 'readyToShip'}
            />
          </>
        }
        summary={
          indexed ? (
            <ActiveFilters search={search} onChange={(next) => show(next)} onClear={() => show(withoutFilters(search))} />
          ) : undefined
        }
      />
    </section>
  );
}
