import { messages } from '../lib/i18n/messages.ts';
import { ApiError } from './api-error.ts';
import { errorFrom } from './http.ts';
import { CsvRowCounter } from '../lib/csv-row-counter.ts';

export interface CsvExportProgress {
  /** Data rows received so far (the header row not counted). */
  rows: number;
  /** Rows the export will hold, from the gateway's `X-Total-Count`; undefined when it did not say. */
  total: number | undefined;
}

export interface CsvExportFile {
  blob: Blob;
  filename: string;
  rows: number;
}

export interface CsvExportOptions {
  signal: AbortSignal;
  onProgress: (progress: CsvExportProgress) => void;
}

const FALLBACK_FILENAME = 'checkouts.csv';

/**
 * `GET /api/companies/:companyId/checkouts/export.csv?…`: every checkout matching the query, as
 * the gateway streams it. Not through `http()`, which reads whole JSON answers: the body is read
 * chunk by chunk so the person sees how far it has come, and can cancel (`signal`). Failures are
 * the same ApiErrors as every other call.
 */
export async function fetchCheckoutsCsv(
  companyId: string,
  query: URLSearchParams,
  { signal, onProgress }: CsvExportOptions,
): Promise<CsvExportFile> {
  const search = query.toString();
  const path = `/api/companies/${encodeURIComponent(companyId)}/checkouts/export.csv${search ? `?${search}` : ''}`;
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'text/csv' }, credentials: 'same-origin', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(0, 'network', messages.errors.network, { cause: error });
  }
  if (!response.ok) throw await errorFrom(response);

  const totalHeader = Number.parseInt(response.headers.get('X-Total-Count') ?? '', 10);
  const total = Number.isFinite(totalHeader) && totalHeader >= 0 ? totalHeader : undefined;
  const filename = filenameOf(response.headers.get('Content-Disposition')) ?? FALLBACK_FILENAME;
  onProgress({ rows: 0, total });

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const counter = new CsvRowCounter();
  if (response.body) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        counter.add(value);
        onProgress({ rows: counter.dataRows(), total });
      }
    } catch (error) {
      if (signal.aborted) throw error;
      // The stream broke off: what came is not the whole export, so none of it is handed over.
      throw new ApiError(0, 'network', messages.errors.network, { cause: error });
    }
  }
  const rows = counter.finish();
  onProgress({ rows, total });
  return { blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }), filename, rows };
}

/** The file name of `Content-Disposition: attachment; filename="…"` (or RFC 5987's `filename*=UTF-8''…`). */
export function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return safeFilename(decodeURIComponent(extended[1].trim()));
    } catch {
      // A malformed escape: fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
  return safeFilename((plain?.[1] ?? plain?.[2] ?? '').trim());
}

/** The server's name, but never a path: the browser gets a bare file name. */
function safeFilename(name: string): string | undefined {
  const bare = name.split(/[/\\]/).at(-1)?.trim();
  return bare ? bare : undefined;
}
