import { Link, useLocation, useSearchParams } from 'react-router';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import './needs-attention-link.css';

export interface NeedsAttentionLinkProps {
  companyId: string;
}

/**
 * The work queue in the main navigation. A NavLink would ignore the query (`?view=attention`) and
 * call the plain list current too, so the current page is worked out here.
 */
export function NeedsAttentionLink({ companyId }: NeedsAttentionLinkProps) {
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const href = paths.needsAttention(companyId);
  const current = pathname === href.split('?')[0] && searchParams.get('view') === 'attention';
  return (
    <Link to={href} className="app-header__nav-link" aria-current={current ? 'page' : undefined}>
      {messages.queue.needsAttention}
    </Link>
  );
}
