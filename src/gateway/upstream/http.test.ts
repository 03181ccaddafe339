import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createUpstreamHttp, retryAfterMsOf, UpstreamError, type UpstreamFailure } from './http.ts';

/** A tiny upstream whose next answers the test scripts; it counts what it receives. */
const answers: Array<() => Response | Promise<Response>> = [];
const received: Array<{ method: string; contentType: string | undefined; body: string }> = [];
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  const app = new Hono();
  app.all('*', async (c) => {
    received.push({ method: c.req.method, contentType: c.req.header('Content-Type'), body: await c.req.text() });
    return (answers.shift() ?? (() => c.json({ ok: true })))();
  });
  server = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  if ('closeAllConnections' in server) server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  answers.length = 0;
  received.length = 0;
});

const settings = {
  upstream: 'bokamera',
  retryDelayMs: 10,
  errorMessage: (body: unknown) => z.object({ message: z.string() }).safeParse(body).data?.message,
} as const;
// Ample for loopback on a loaded machine: only the timeout test may time out.
const http = createUpstreamHttp({ ...settings, timeoutMs: 5000 });
const impatientHttp = createUpstreamHttp({ ...settings, timeoutMs: 200 });
const okSchema = z.object({ ok: z.boolean() });

async function failureOf(promise: Promise<unknown>): Promise<UpstreamFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof UpstreamError)) throw new Error('expected an UpstreamError');
  return error.failure;
}

describe('createUpstreamHttp', () => {
  it('parses a success body with the schema', async () => {
    await expect(http({ method: 'GET', url: base, schema: okSchema })).resolves.toEqual({ ok: true });
  });

  it('sends JSON and form bodies with their content types', async () => {
    await http({ method: 'PUT', url: base, body: { json: { CompanyId: 'c' } }, schema: okSchema });
    await http({ method: 'POST', url: base, body: { form: { grant_type: 'password', username: 'a@b.se' } }, schema: okSchema });
    expect(received).toEqual([
      { method: 'PUT', contentType: 'application/json', body: '{"CompanyId":"c"}' },
      { method: 'POST', contentType: 'application/x-www-form-urlencoded', body: 'grant_type=password&username=a%40b.se' },
    ]);
  });

  it("keeps a 429's Retry-After, for callers that back off", async () => {
    answers.push(() => new Response(null, { status: 429, headers: { 'Retry-After': '12' } }));
    expect(await failureOf(http({ method: 'GET', url: base, schema: okSchema, retry: false }))).toMatchObject({ kind: 'status', status: 429, retryAfterMs: 12_000 });
  });

  it('reports a non-2xx answer with its status and the upstream message', async () => {
    answers.push(() => Response.json({ message: 'Checkout is not ReadyToShip' }, { status: 400 }));
    expect(await failureOf(http({ method: 'GET', url: base, schema: okSchema }))).toEqual({
      kind: 'status',
      status: 400,
      message: 'Checkout is not ReadyToShip',
      body: { message: 'Checkout is not ReadyToShip' },
    });
  });

  it('reports a body the contract rejects, and a body that is not JSON', async () => {
    answers.push(() => Response.json({ ok: 'yes' }));
    expect(await failureOf(http({ method: 'GET', url: base, schema: okSchema }))).toEqual({ kind: 'contract' });
    answers.push(() => new Response('<html>proxy error</html>'));
    expect(await failureOf(http({ method: 'GET', url: base, schema: okSchema }))).toEqual({ kind: 'contract' });
  });

  it('gives up after the timeout', async () => {
    answers.push(() => new Promise((resolve) => setTimeout(() => resolve(Response.json({ ok: true })), 1000)));
    expect(await failureOf(impatientHttp({ method: 'PUT', url: base, schema: okSchema }))).toEqual({ kind: 'timeout' });
  });

  it('reports an unreachable upstream', async () => {
    const closed = createUpstreamHttp({ upstream: 'payson', timeoutMs: 500, retryDelayMs: 1, errorMessage: () => undefined });
    expect(await failureOf(closed({ method: 'GET', url: 'http://127.0.0.1:1/', schema: okSchema }))).toEqual({ kind: 'unavailable' });
  });

  it('retries a GET once after a 5xx', async () => {
    answers.push(() => new Response('busy', { status: 503 }));
    await expect(http({ method: 'GET', url: base, schema: okSchema })).resolves.toEqual({ ok: true });
    expect(received).toHaveLength(2);
  });

  it('does not retry a GET after a 4xx, nor twice', async () => {
    answers.push(() => new Response(null, { status: 404 }));
    await failureOf(http({ method: 'GET', url: base, schema: okSchema }));
    expect(received).toHaveLength(1);
    answers.push(() => new Response(null, { status: 500 }), () => new Response(null, { status: 502 }));
    expect(await failureOf(http({ method: 'GET', url: base, schema: okSchema }))).toMatchObject({ status: 502 });
    expect(received).toHaveLength(3);
  });

  it('never retries a write', async () => {
    answers.push(() => new Response(null, { status: 500 }));
    await failureOf(http({ method: 'PUT', url: base, body: { json: {} }, schema: okSchema }));
    expect(received).toHaveLength(1);
  });

  it('does not follow redirects', async () => {
    answers.push(() => new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example/' } }));
    expect(await failureOf(http({ method: 'PUT', url: base, schema: okSchema }))).toMatchObject({ kind: 'status', status: 302 });
  });
});

describe('retryAfterMsOf', () => {
  it('reads seconds or an HTTP date, and nothing else', () => {
    const now = Date.UTC(2026, 11, 6, 6, 0, 0);
    expect(retryAfterMsOf('7', now)).toBe(7000);
    expect(retryAfterMsOf('Sun, 06 Dec 2026 06:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMsOf('Sun, 06 Dec 2026 05:00:00 GMT', now)).toBe(0);
    expect(retryAfterMsOf(null, now)).toBeUndefined();
    expect(retryAfterMsOf('soon', now)).toBeUndefined();
  });
});
