import { afterEach, describe, expect, it } from 'vitest';
import { startGatewayWithSandbox, type GatewayWithSandbox } from '../server/testing/gateway-with-sandbox.ts';

let gateway: GatewayWithSandbox;
afterEach(() => gateway.close());

describe('the request log’s client', () => {
  it('is the address the trusted proxy appended, not what the client wrote', async () => {
    const lines: Record<string, unknown>[] = [];
    gateway = await startGatewayWithSandbox({ trustedProxies: 1 }, { logger: (line) => lines.push(line as Record<string, unknown>) });
    await gateway.app.request('http://gateway.test/api/config', { headers: { 'X-Forwarded-For': '6.6.6.6, 203.0.113.7' } });
    expect(lines[0]).toMatchObject({ path: '/api/config', client: '203.0.113.7' });
  });

  it('ignores X-Forwarded-For without a trusted proxy', async () => {
    const lines: Record<string, unknown>[] = [];
    gateway = await startGatewayWithSandbox({}, { logger: (line) => lines.push(line as Record<string, unknown>) });
    await gateway.app.request('http://gateway.test/api/config', { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    // app.request has no socket: the peer is unknown, and the header is not believed.
    expect(lines[0]).toMatchObject({ client: 'unknown' });
  });
});
