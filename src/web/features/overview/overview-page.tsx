import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useSignedInUser } from '../../api/session.ts';
import { isIndexNotReady, overviewQueries } from '../../api/overview.ts';
import { AccessDenied } from '../../components/access-denied.tsx';
import { LoadErrorAlert } from '../../components/load-error-alert.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { companyZoneLabel, formatDateTime } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { paths } from '../../lib/paths.ts';
import { PerDayFigures } from './per-day-figures.tsx';
import { ReadyToShipFigure } from './ready-to-ship-figure.tsx';
import './overview.css';

/**
 * The Overview: charts of the last 30 days and of the money waiting in Ready to ship, from the
 * index. Until the company's index is ready the gateway says so (409), and the page waits for it.
 */
export function OverviewPage() {
  const user = useSignedInUser();
  const { companyId = user.companyId } = useParams();
  const query = useQuery(overviewQueries.detail(companyId));
  const text = messages.overview;
  const locale = userLocale();
  const { data } = query;

  let body;
  if (data) {
    const empty = data.days.every((day) => day.statuses.length === 0);
    body = (
      <>
        <p className="overview__freshness">{text.updated(formatDateTime(new Date(data.index.updatedAt ?? data.generatedAt), locale))}</p>
        <div className="overview__figures">
          {empty ? (
            <div className="overview__empty" role="status">
              <p className="overview__empty-title">{text.empty}</p>
              <p className="overview__empty-text">{text.emptyHint}</p>
            </div>
          ) : (
            <PerDayFigures days={data.days} />
          )}
          <ReadyToShipFigure buckets={data.readyToShip} />
        </div>
      </>
    );
  } else if (query.isError && query.error.status === 403) {
    return <AccessDenied homeHref={paths.home()} />;
  } else if (query.isError && isIndexNotReady(query.error)) {
    body = <Alert tone="info" live="status" title={text.notReadyTitle}>{<p>{text.notReadyBody}</p>}</Alert>;
  } else if (query.isError) {
    body = (
      <LoadErrorAlert title={text.loadError} error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
    );
  } else {
    body = (
      <div className="overview__loading">
        <Spinner label={text.loading} />
      </div>
    );
  }

  return (
    <section className="overview" aria-labelledby="overview-title">
      <title>{messages.app.pageTitle(text.title)}</title>
      <div className="page-header">
        <h1 id="overview-title" className="page-header__title" tabIndex={-1}>
          {text.title}
        </h1>
      </div>
      <p className="overview__intro">{text.intro(companyZoneLabel())}</p>
      {body}
    </section>
  );
}
