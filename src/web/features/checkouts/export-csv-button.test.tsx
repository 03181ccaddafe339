// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportCsvButton } from './export-csv-button.tsx';

const saved = vi.hoisted(() => ({ files: [] as { blob: Blob; filename: string }[] }));
vi.mock('../../lib/save-file.ts', () => ({
  saveFile: (blob: Blob, filename: string) => saved.files.push({ blob, filename }),
}));

const COMPANY = '3f1c6a52-8d7e-4b0a-9c55-1e2f3a4b5c6d';
const encoder = new TextEncoder();

/** A gateway streaming the CSV in chunks the test releases one by one. */
function streamingGateway(total: number) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const requests: { url: string; signal: AbortSignal | undefined }[] = [];
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      requests.push({ url: String(url), signal: init?.signal ?? undefined });
      init?.signal?.addEventListener('abort', () => controller.error(new DOMException('Aborted', 'AbortError')));
      return Promise.resolve(
        new Response(body, {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'X-Total-Count': String(total),
            'Content-Disposition': 'attachment; filename="checkouts-2026-12-06.csv"',
          },
        }),
      );
    }),
  );
  return {
    requests,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

beforeEach(() => {
  saved.files = [];
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ExportCsvButton', () => {
  it('asks for the list’s filters, shows the rows counted so far against the total, and saves the whole file', async () => {
    const gateway = streamingGateway(3);
    const person = userEvent.setup();
    render(<ExportCsvButton companyId={COMPANY} query={new URLSearchParams('q=berg&status=readyToShip')} indexState="ready" />);

    await person.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(gateway.requests).toHaveLength(1));
    expect(gateway.requests[0]?.url).toBe(`/api/companies/${COMPANY}/checkouts/export.csv?q=berg&status=readyToShip`);

    gateway.send('id,status,customer\n1,readyToShip,"Berg, Åsa"\n2,readyToShip,"Line\nbreak"\n');
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Exporting: 2 of 3 rows');
    const progress = screen.getByRole('progressbar', { name: 'Export progress' });
    expect(progress.getAttribute('max')).toBe('3');
    expect(progress.getAttribute('value')).toBe('2');

    gateway.send('3,readyToShip,Östlund');
    gateway.end();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Exported 3 rows to checkouts-2026-12-06.csv.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(saved.files).toHaveLength(1);
    expect(saved.files[0]?.filename).toBe('checkouts-2026-12-06.csv');
    expect(await saved.files[0]?.blob.text()).toBe(
      'id,status,customer\n1,readyToShip,"Berg, Åsa"\n2,readyToShip,"Line\nbreak"\n3,readyToShip,Östlund',
    );
  });

  it('cancels: the request is aborted, nothing is saved, and the page says so', async () => {
    const gateway = streamingGateway(10_000);
    const person = userEvent.setup();
    render(<ExportCsvButton companyId={COMPANY} query={new URLSearchParams()} indexState="ready" />);

    await person.click(screen.getByRole('button', { name: 'Export CSV' }));
    gateway.send('id\n1\n');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Exporting: 1 of 10.000 rows$/));
    await person.click(screen.getByRole('button', { name: 'Cancel export' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Export canceled.'));
    expect(gateway.requests[0]?.signal?.aborted).toBe(true);
    expect(saved.files).toHaveLength(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a 409 index_not_ready next to the button', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          Response.json(
            { error: { code: 'conflict', reason: 'index_not_ready', message: 'The index is not ready.' } },
            { status: 409 },
          ),
        ),
      ),
    );
    const person = userEvent.setup();
    render(<ExportCsvButton companyId={COMPANY} query={new URLSearchParams()} indexState="ready" />);
    await person.click(screen.getByRole('button', { name: 'Export CSV' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The export failed.');
    expect(alert.textContent).toContain('indexing is still running');
    expect(saved.files).toHaveLength(0);
  });

  it('is unavailable, with the reason as its description, while the first pass runs', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const person = userEvent.setup();
    render(<ExportCsvButton companyId={COMPANY} query={new URLSearchParams()} indexState="indexing" />);

    const button = screen.getByRole('button', { name: 'Export CSV' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('indexing is still running');
    await person.click(button);
    expect(fetch).not.toHaveBeenCalled();
  });
});
