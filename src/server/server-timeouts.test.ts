import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVER_TIMEOUTS, serverTimeoutOptions } from './server-timeouts.ts';

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

function startServer(): Promise<number> {
  const app = new Hono().get('/', (c) => c.text('ok'));
  const options = serverTimeoutOptions({ headersTimeoutMs: 200, requestTimeoutMs: 400, keepAliveTimeoutMs: 100, checkIntervalMs: 50 });
  return new Promise((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', serverOptions: options }, (info: AddressInfo) => resolve(info.port)) as Server;
  });
}

/** Sends `text` on a raw socket and answers everything the server sent before it closed the connection. */
function sendAndWaitForClose(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
  });
}

describe('server timeouts', () => {
  it('closes a connection that sends half a request line and waits, with 408', async () => {
    const port = await startServer();
    const answer = await sendAndWaitForClose(port, 'GET / HTT');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('sets all three on the production server, headers before the whole request', () => {
    const options = serverTimeoutOptions();
    expect(options).toEqual({ headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 });
    expect(SERVER_TIMEOUTS.headersTimeoutMs).toBeLessThan(SERVER_TIMEOUTS.requestTimeoutMs);
  });
});
