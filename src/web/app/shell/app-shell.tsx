import { Outlet, ScrollRestoration, useParams } from 'react-router';
import { useSignedInUser } from '../../api/session.ts';
import { AppHeader } from './app-header.tsx';
import { FailedSignInsNotice } from './failed-sign-ins-notice.tsx';
import { NavigationProgress } from './navigation-progress.tsx';
import { SkipLink } from './skip-link.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';
import './app-shell.css';

/** The signed-in layout: header, progress bar, and the page in the main landmark. */
export function AppShell() {
  const user = useSignedInUser();
  const { companyId = user.companyId } = useParams();
  useFocusOnNavigation();
  return (
    <div className="app">
      <SkipLink />
      <AppHeader user={user} companyId={companyId} />
      <NavigationProgress />
      <main id="main" className="app__main" tabIndex={-1}>
        <FailedSignInsNotice />
        <Outlet />
      </main>
      <ScrollRestoration getKey={(location) => location.pathname} />
    </div>
  );
}
