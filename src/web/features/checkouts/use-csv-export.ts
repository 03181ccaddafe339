import { useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error.ts';
import { fetchCheckoutsCsv } from '../../api/checkouts-export.ts';
import { saveFile } from '../../lib/save-file.ts';

export type CsvExportState =
  | { phase: 'idle' }
  | { phase: 'running'; rows: number; total: number | undefined }
  | { phase: 'done'; rows: number; filename: string }
  | { phase: 'canceled' }
  | { phase: 'failed'; error: ApiError };

/**
 * One CSV export at a time: start, progress, cancel, and the file handed to the browser at the
 * end. Leaving the page cancels a running export.
 */
export function useCsvExport(companyId: string, query: URLSearchParams) {
  const [state, setState] = useState<CsvExportState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  async function start() {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setState({ phase: 'running', rows: 0, total: undefined });
    try {
      const file = await fetchCheckoutsCsv(companyId, query, {
        signal: controller.signal,
        onProgress: ({ rows, total }) => {
          if (!controller.signal.aborted) setState({ phase: 'running', rows, total });
        },
      });
      if (controller.signal.aborted) return;
      saveFile(file.blob, file.filename);
      setState({ phase: 'done', rows: file.rows, filename: file.filename });
    } catch (error) {
      if (controller.signal.aborted) setState({ phase: 'canceled' });
      else setState({ phase: 'failed', error: toApiError(error) });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }

  function cancel() {
    running.current?.abort();
  }

  return { state, start: () => void start(), cancel };
}
