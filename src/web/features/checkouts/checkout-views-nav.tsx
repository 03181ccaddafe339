import { Link } from 'react-router';
import type { CheckoutView } from '../../../contract/checkout-search.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import './queue.css';

export interface CheckoutViewsNavProps {
  companyId: string;
  view: CheckoutView;
}

/**
 * The list's two views as links (they change the URL, so they are links, not ARIA tabs): every
 * checkout, or the work queue. The current one carries `aria-current="page"`.
 */
export function CheckoutViewsNav({ companyId, view }: CheckoutViewsNavProps) {
  const text = messages.queue;
  return (
    <nav className="checkout-views" aria-label={text.viewsLabel}>
      <Link
        to={paths.checkouts(companyId)}
        className="checkout-views__link"
        aria-current={view === 'all' ? 'page' : undefined}
      >
        {text.allCheckouts}
      </Link>
      <Link
        to={paths.needsAttention(companyId)}
        className="checkout-views__link"
        aria-current={view === 'attention' ? 'page' : undefined}
      >
        {text.needsAttention}
      </Link>
    </nav>
  );
}
