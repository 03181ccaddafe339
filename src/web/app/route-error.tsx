import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { isRetryableError, toApiError } from '../api/api-error.ts';
import { AccessDenied } from '../components/access-denied.tsx';
import { Alert } from '../components/ui/alert.tsx';
import { Button } from '../components/ui/button.tsx';
import { messages } from '../lib/i18n/messages.ts';
import { paths } from '../lib/paths.ts';
import { useRecoveryRetry } from '../lib/use-recovery-retry.ts';
import { NotFound } from './not-found.tsx';

/** What a route shows when its loader or render failed: the error in words, and a way on. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const apiError = toApiError(error);
  useRecoveryRetry(isRetryableError(apiError) && revalidator.state === 'idle', () => void revalidator.revalidate());
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

  if (apiError.status === 403) return <AccessDenied homeHref={paths.home()} />;
  if (apiError.status === 401) {
    return (
      <Alert tone="info" live="alert" title={messages.errors.unauthenticated}>
        <Link to={paths.signIn()}>{messages.signIn.title}</Link>
      </Alert>
    );
  }

  // A network or server failure may pass if asked again; a failed code download (after a new
  // release) or a bug needs a fresh page; a 4xx will not change.
  const fromApi = apiError.code !== 'unexpected';
  const canRetry = !fromApi || isRetryableError(apiError);
  const retry = () => (fromApi ? void revalidator.revalidate() : window.location.reload());
  return (
    <section className="page-message">
      <title>{messages.app.pageTitle(messages.errors.title)}</title>
      <h1 className="page-message__title" tabIndex={-1}>
        {apiError.status === 404 ? messages.errors.notFound : messages.errors.title}
      </h1>
      <Alert
        tone="error"
        live="alert"
        actions={
          canRetry ? (
            <Button variant="primary" onClick={retry} pending={revalidator.state === 'loading'}>
              {messages.errors.tryAgain}
            </Button>
          ) : undefined
        }
      >
        <p>{apiError.message}</p>
        <p className="alert__code">{messages.errors.code(apiError.code, apiError.status)}</p>
      </Alert>
      <p>
        <Link to={paths.home()}>{messages.app.backToCheckouts}</Link>
      </p>
    </section>
  );
}
