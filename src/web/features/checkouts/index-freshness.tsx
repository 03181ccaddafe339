import type { IndexFreshness } from '../../../contract/checkout-search.ts';
import { useRefreshIndex } from '../../api/checkouts.ts';
import { Button } from '../../components/ui/button.tsx';
import { formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { formatUpdated } from '../../lib/search-format.ts';
import { useNow } from '../../lib/use-now.ts';

/** The relative time is in minutes: a tick every 15 seconds keeps it honest to the minute. */
const CLOCK_MS = 15_000;

export interface IndexFreshnessProps {
  companyId: string;
  freshness: IndexFreshness | undefined;
}

/**
 * Says how fresh the list is, honestly: "Updated 2 minutes ago" and "Refresh now" once the
 * company's checkouts are indexed; "Indexing: 3,200 of 5,000 checkouts" with a progress bar while
 * the first pass runs (the list is Payson's own meanwhile). Nothing when the index is off.
 */
export function IndexFreshnessBar({ companyId, freshness }: IndexFreshnessProps) {
  if (!freshness || freshness.state === 'off') return null;
  if (freshness.state === 'indexing') return <IndexingProgress freshness={freshness} />;
  return <RefreshNow companyId={companyId} freshness={freshness} />;
}

function IndexingProgress({ freshness }: { freshness: IndexFreshness }) {
  const locale = userLocale();
  const { indexed, expected } = freshness;
  const text =
    expected === null
      ? messages.search.indexingSoFar(formatCount(indexed, locale), indexed)
      : messages.search.indexing(formatCount(indexed, locale), formatCount(expected, locale), expected);
  return (
    <div className="index-freshness index-freshness--indexing">
      <p className="index-freshness__text" role="status">
        {text}
      </p>
      <progress
        className="index-freshness__progress"
        aria-label={messages.search.indexingProgress}
        value={expected === null ? undefined : Math.min(indexed, expected)}
        max={expected ?? undefined}
      />
      <p className="index-freshness__note">{messages.search.liveMeanwhile}</p>
    </div>
  );
}

function RefreshNow({ companyId, freshness }: { companyId: string; freshness: IndexFreshness }) {
  const now = useNow(CLOCK_MS);
  const refresh = useRefreshIndex(companyId);
  const refreshing = freshness.refreshing || refresh.isPending;
  return (
    <div className="index-freshness">
      <p className="index-freshness__text" role="status">
        {refreshing ? (
          messages.search.refreshing
        ) : freshness.updatedAt === null ? (
          messages.search.notUpdatedYet
        ) : (
          <time dateTime={new Date(freshness.updatedAt).toISOString()}>
            {formatUpdated(freshness.updatedAt, now, userLocale())}
          </time>
        )}
      </p>
      <Button size="small" pending={refreshing} onClick={() => refresh.mutate()}>
        {messages.search.refreshNow}
      </Button>
      {refresh.isError ? (
        <p className="index-freshness__error" role="alert">
          {messages.search.refreshFailed(refresh.error.message)}
        </p>
      ) : freshness.lastError && !refreshing ? (
        <p className="index-freshness__error">{messages.search.lastRefreshFailed}</p>
      ) : null}
    </div>
  );
}
