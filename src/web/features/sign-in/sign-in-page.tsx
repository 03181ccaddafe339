import { useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { messages } from '../../lib/i18n/messages.ts';
import { safeReturnTo } from '../../lib/return-to.ts';
import { SignInForm } from './sign-in-form.tsx';
import './sign-in.css';

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const expired = searchParams.get('reason') === 'expired';
  return (
    <div className="standalone-page">
      <title>{messages.app.pageTitle(messages.signIn.title)}</title>
      <p className="standalone-page__brand">{messages.app.name}</p>
      <main id="main" className="standalone-page__main sign-in">
        <h1 className="sign-in__title">{messages.signIn.title}</h1>
        <p className="sign-in__intro">{messages.signIn.intro}</p>
        {expired ? <Alert tone="info">{messages.signIn.sessionEnded}</Alert> : null}
        <SignInForm returnTo={returnTo} />
      </main>
    </div>
  );
}
