import { Outlet, useParams } from 'react-router';
import { useSignedInUser } from '../../api/session.ts';
import { AccessDenied } from '../../components/access-denied.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { mayOpenCompany } from '../../../contract/roles.ts';
import { useSplitView } from '../../lib/use-media-query.ts';
import { CheckoutsList } from './checkouts-list.tsx';
import './checkouts.css';

/**
 * The list, and the checkout opened from it (the child route). Wide screens show both, the
 * checkout in a panel that scrolls on its own; narrow ones show the checkout alone.
 */
export function CheckoutsPage() {
  const { companyId = '', checkoutId } = useParams();
  const user = useSignedInUser();
  const split = useSplitView();
  // The gateway's rule, known up front: one refusal for the page, not one per part of it.
  if (!mayOpenCompany(user, companyId)) {
    return (
      <>
        <title>{messages.app.pageTitle(messages.access.deniedTitle)}</title>
        <AccessDenied homeHref={paths.checkouts(user.companyId)} />
      </>
    );
  }
  if (checkoutId && !split) return <Outlet />;
  // The list keeps its place in the tree when a checkout opens beside it: it re-renders, it is not
  // built again (its table, its rows, its scroll position).
  const beside = Boolean(checkoutId);
  return (
    <div className={beside ? 'checkouts-split' : undefined}>
      <CheckoutsList openCheckoutId={checkoutId} />
      {beside ? <Outlet /> : null}
    </div>
  );
}
