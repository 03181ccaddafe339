import { useId } from 'react';
import type { IndexFreshness } from '../../../contract/checkout-search.ts';
import { isIndexNotReady } from '../../api/checkouts.ts';
import { Alert } from '../../components/ui/alert.tsx';
import { Button } from '../../components/ui/button.tsx';
import { formatCount } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { useCsvExport, type CsvExportState } from './use-csv-export.ts';
import './export-csv.css';

export interface ExportCsvButtonProps {
  companyId: string;
  /** The export's query: the list's search and filters (see exportQueryOf). */
  query: URLSearchParams;
  /** The index's state as the list reported it; undefined while the list loads. */
  indexState: IndexFreshness['state'] | undefined;
}

/** Why the export cannot run now, if it cannot: it reads the dashboard's index. */
function unavailableReason(indexState: ExportCsvButtonProps['indexState']): string | undefined {
  if (indexState === 'indexing') return messages.queue.exportNotReady;
  if (indexState === 'off') return messages.queue.exportIndexOff;
  return undefined;
}

/** 409 index_not_ready: say what that means rather than the bare reason. */
function failureText(state: Extract<CsvExportState, { phase: 'failed' }>): string {
  return isIndexNotReady(state.error) ? messages.queue.exportNotReady : state.error.message;
}

/**
 * "Export CSV": every checkout matching the list's search and filters, streamed from the gateway
 * with its progress ("Exporting: 3,200 of 10,000 rows"), cancellable, then saved as the gateway
 * names the file.
 */
export function ExportCsvButton({ companyId, query, indexState }: ExportCsvButtonProps) {
  const text = messages.queue;
  const locale = userLocale();
  const reasonId = useId();
  const { state, start, cancel } = useCsvExport(companyId, query);
  const reason = unavailableReason(indexState);
  const running = state.phase === 'running';

  let status = '';
  if (state.phase === 'running') {
    status =
      state.total === undefined && state.rows === 0
        ? text.exportStarting
        : text.exporting(formatCount(state.rows, locale), state.total === undefined ? undefined : formatCount(state.total, locale));
  } else if (state.phase === 'done') {
    status = text.exportDone(state.rows, formatCount(state.rows, locale), state.filename);
  } else if (state.phase === 'canceled') {
    status = text.exportCanceled;
  }

  return (
    <div className="export-csv">
      <div className="export-csv__controls">
        <Button
          onClick={start}
          pending={running}
          aria-disabled={reason !== undefined || undefined}
          aria-describedby={reason ? reasonId : undefined}
        >
          {text.exportCsv}
        </Button>
        {running ? (
          <>
            <progress
              className="export-csv__progress"
              aria-label={text.exportProgressLabel}
              max={state.total || undefined}
              value={state.total ? Math.min(state.rows, state.total) : undefined}
            />
            <Button variant="ghost" onClick={cancel}>
              {text.exportCancel}
            </Button>
          </>
        ) : null}
      </div>
      {reason ? (
        <p id={reasonId} className="export-csv__note">
          {reason}
        </p>
      ) : null}
      <p className="export-csv__status" role="status">
        {status}
      </p>
      {state.phase === 'failed' ? (
        <Alert tone="error" live="alert" title={text.exportFailed}>
          <p>{failureText(state)}</p>
          <p className="alert__code">{messages.errors.code(state.error.code, state.error.status)}</p>
        </Alert>
      ) : null}
    </div>
  );
}
