import { useCallback, useId } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { isRetryableError } from '../../api/api-error.ts';
import { checkoutDetailQuery } from '../../api/checkouts.ts';
import type { HeadingLevel } from '../../components/ui/heading.tsx';
import { shortId } from '../../lib/checkout-fields.ts';
import { customerDisplayName } from '../../lib/checkout-view/customer-display-name.ts';
import { parseCheckoutsSearch } from '../../lib/checkouts-search.ts';
import { checkoutLinkId, focusReturn } from '../../lib/focus-return.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { useSplitView } from '../../lib/use-media-query.ts';
import { useRecoveryRetry } from '../../lib/use-recovery-retry.ts';
import { CheckoutDetailContent } from './checkout-detail-content.tsx';
import { CheckoutDetailError } from './checkout-detail-error.tsx';
import { CheckoutDetailHeader } from './checkout-detail-header.tsx';
import { CheckoutDetailSkeleton } from './checkout-detail-skeleton.tsx';
import { useEscapeToClose } from './use-escape-to-close.ts';

export interface CheckoutDetailPanelProps {
  companyId: string;
  checkoutId: string;
}

/**
 * One checkout: beside the list on wide screens (a panel that scrolls on its own), alone on narrow
 * ones. Its heading and way back show at once; the body shows a skeleton, the checkout or why not.
 */
export function CheckoutDetailPanel({ companyId, checkoutId }: CheckoutDetailPanelProps) {
  const split = useSplitView();
  const level: HeadingLevel = split ? 2 : 1;
  const titleId = useId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const closeHref = paths.checkouts(companyId, parseCheckoutsSearch(searchParams).search);
  const queryClient = useQueryClient();
  const query = useQuery(checkoutDetailQuery(queryClient, companyId, checkoutId));
  // Back in the list, focus returns to the checkout's row (when the list shows it).
  const closeState = focusReturn(checkoutLinkId(checkoutId));
  const close = useCallback(
    () => void navigate(closeHref, { preventScrollReset: split, state: focusReturn(checkoutLinkId(checkoutId)) }),
    [navigate, closeHref, split, checkoutId],
  );
  useEscapeToClose(close);

  const checkout = query.data;
  const name = checkout ? customerDisplayName(checkout.customer) : undefined;
  const pageTitle = [messages.detail.title(shortId(checkoutId)), name].filter(Boolean).join(' · ');

  // Here, not in the error message: a try replaces the message with a skeleton (decision 006).
  useRecoveryRetry(!checkout && query.isError && isRetryableError(query.error), () => void query.refetch(), checkout !== undefined);

  let body;
  if (checkout) {
    body = <CheckoutDetailContent companyId={companyId} checkoutId={checkoutId} level={level} />;
  } else if (query.isError) {
    body = (
      <CheckoutDetailError
        error={query.error}
        closeHref={closeHref}
        closeState={closeState}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  } else {
    body = <CheckoutDetailSkeleton />;
  }

  return (
    <article
      className={split ? 'checkout-panel checkout-panel--beside' : 'checkout-panel'}
      aria-labelledby={titleId}
      aria-busy={query.isPending || undefined}
    >
      <title>{messages.app.pageTitle(pageTitle)}</title>
      <CheckoutDetailHeader
        checkoutId={checkoutId}
        titleId={titleId}
        level={level}
        closeHref={closeHref}
        closeState={closeState}
        split={split}
      />
      {body}
    </article>
  );
}
