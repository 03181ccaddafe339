import type { Context } from 'hono';
import { zonedIsoString } from '../../contract/zoned-time.ts';
import { auditActor, recordAct } from '../audit/record.ts';
import { csvHeader, csvRow, type CsvContext } from '../checkout-index/checkout-csv.ts';
import { countCheckoutIndex, walkCheckoutIndex, type CheckoutSearch } from '../checkout-index/search-query.ts';
import { COMPANY_TIME_ZONE } from '../company-time-zone.ts';
import type { GatewayDeps } from '../gateway-env.ts';
import type { Session } from '../session/store.ts';

/** Rows read per query while streaming: small enough to hold, large enough that the queries are few. */
export const EXPORT_BATCH_ROWS = 1000;

/** The query parameters that describe the filter (the page does not: the export is every match). */
const FILTER_PARAMETERS = ['q', 'status', 'createdFrom', 'createdTo', 'amountFrom', 'amountTo', 'sort', 'dir', 'view'];

export interface ExportTarget {
  /** For the audit trail and the file name; undefined: every company. */
  companyId: string | undefined;
  search: CheckoutSearch;
  companyNames?: ReadonlyMap<string, string>;
}

/**
 * The CSV of every checkout matching the list's query: counted first (X-Total-Count, so the SPA can
 * show progress), recorded in the audit trail before a byte of it leaves, then streamed in keyset
 * batches as the client reads: the stream asks for the next batch only when the previous one was
 * taken (pull), so a slow download holds one batch, never the whole export.
 */
export async function exportResponse(c: Context, deps: GatewayDeps, session: Session, target: ExportTarget): Promise<Response> {
  const { count } = await countCheckoutIndex(deps.db, target.search, { exact: true });
  await recordAct(c, deps, auditActor(session.user), {
    action: 'exported_data',
    outcome: 'success',
    companyId: target.companyId,
    detail: `${count} ${count === 1 ? 'row' : 'rows'} as CSV; ${filterDescription(c)}`,
  });

  const context: CsvContext = { timeZone: COMPANY_TIME_ZONE, ...(target.companyNames ? { companyNames: target.companyNames } : {}) };
  const encoder = new TextEncoder();
  const batches = walkCheckoutIndex(deps.db, target.search, EXPORT_BATCH_ROWS);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader(context)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map((row) => csvRow(row, context)).join('')));
    },
    async cancel() {
      // The client went away: stop reading the index.
      await batches.return(undefined);
    },
  });

  const day = zonedIsoString(deps.sessions.now(), COMPANY_TIME_ZONE).slice(0, 10);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="checkouts-${target.companyId?.toLowerCase() ?? 'all-companies'}-${day}.csv"`,
      'X-Total-Count': String(count),
      'Cache-Control': 'no-store',
    },
  });
}

/** The filter as the query string said it ("q=ostlund&status=shipped"), for the audit trail. */
function filterDescription(c: Context): string {
  const url = new URL(c.req.url);
  const filter = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (FILTER_PARAMETERS.includes(name) && value !== '') filter.append(name, value);
  const text = filter.toString();
  return text === '' ? 'no filter' : `filter ${text}`;
}
