import { Link, NavLink } from 'react-router';
import type { SessionUser } from '../../../contract/gateway-api.ts';
import { isSuperadmin } from '../../../contract/roles.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { CompanyName } from './company-name.tsx';
import { CompanySwitcher } from './company-switcher.tsx';
import { NeedsAttentionLink } from './needs-attention-link.tsx';
import { UserMenu } from './user-menu.tsx';

export interface AppHeaderProps {
  user: SessionUser;
  /** The company whose pages are shown. */
  companyId: string;
}

export function AppHeader({ user, companyId }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Link to={paths.home()} className="app-header__brand">
        {messages.app.name}
      </Link>
      <div className="app-header__company">
        {isSuperadmin(user.roles) ? <CompanySwitcher companyId={companyId} /> : <CompanyName companyId={companyId} />}
      </div>
      <nav className="app-header__nav" aria-label={messages.app.navigation}>
        <NavLink to={paths.overview(companyId)} className="app-header__nav-link">
          {messages.overview.navLink}
        </NavLink>
        <NeedsAttentionLink companyId={companyId} />
        <NavLink to={paths.activity()} className="app-header__nav-link">
          {messages.activity.navLink}
        </NavLink>
      </nav>
      <UserMenu user={user} />
    </header>
  );
}
