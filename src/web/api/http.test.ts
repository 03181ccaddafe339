import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ApiError, isRetryableError } from './api-error.ts';
import { messages } from '../lib/i18n/messages.ts';
import { http } from './http.ts';

const schema = z.object({ name: z.string() });

function answer(status: number, body?: unknown, init: ResponseInit = {}) {
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return vi.fn(async () => new Response(text, { status, ...init }));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('http', () => {
  it('sends same-origin JSON and parses the answer with the schema', async () => {
    const fetch = answer(200, { name: 'Ada', extra: true });
    vi.stubGlobal('fetch', fetch);
    await expect(
      http('/api/things', { schema, method: 'POST', body: { a: 1 }, query: { page: 2, status: undefined } }),
    ).resolves.toEqual({ name: 'Ada' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/things?page=2');
    expect(init.credentials).toBe('same-origin');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"a":1}');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('sends no Content-Type without a body and returns nothing for 204', async () => {
    const fetch = answer(204);
    vi.stubGlobal('fetch', fetch);
    await expect(http('/api/session', { schema: undefined, method: 'DELETE' })).resolves.toBeUndefined();
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('Content-Type');
  });

  it("turns the gateway's error body into an ApiError", async () => {
    vi.stubGlobal('fetch', answer(429, { error: { code: 'too_many_attempts', message: 'Wait a minute.' } }));
    const error = await failure(http('/api/session', { schema }));
    // The code is said in the catalog's words; the gateway's English message is a fallback only.
    expect([error.status, error.code, error.message]).toEqual([429, 'too_many_attempts', messages.errors.codes.too_many_attempts]);
    expect(isRetryableError(error)).toBe(false);
  });

  it('names a failure without an error body by its status', async () => {
    vi.stubGlobal('fetch', answer(503, '<html>down</html>'));
    const error = await failure(http('/api/things', { schema }));
    expect([error.status, error.code]).toEqual([503, 'http_503']);
    expect(isRetryableError(error)).toBe(true);
  });

  it('reports an answer the contract rejects', async () => {
    vi.stubGlobal('fetch', answer(200, { name: 42 }));
    const error = await failure(http('/api/things', { schema }));
    expect(error.code).toBe('contract');
    expect(isRetryableError(error)).toBe(false);
  });

  it('reports a network failure as retryable', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await failure(http('/api/things', { schema }));
    expect([error.status, error.code]).toEqual([0, 'network']);
    expect(isRetryableError(error)).toBe(true);
  });

  it('reports a timeout', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      ),
    );
    const error = await failure(http('/api/things', { schema, timeoutMs: 10 }));
    expect(error.code).toBe('timeout');
  });

  it("lets the caller's cancellation through untouched", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
      ),
    );
    const controller = new AbortController();
    const promise = http('/api/things', { schema, signal: controller.signal });
    controller.abort();
    await expect(promise).rejects.not.toBeInstanceOf(ApiError);
  });

  it('refuses to call anything but the gateway', async () => {
    await expect(http('https://evil.example/api/x', { schema })).rejects.toThrow(/only calls/);
  });
});
