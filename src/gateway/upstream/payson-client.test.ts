import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGatewayConfig } from '../config.ts';
import { basicAuthorization, createPaysonClient } from './payson-client.ts';

describe('basicAuthorization', () => {
  it('is base64 of "agentId:apiKey", without quotes', () => {
    // Payson's documentation example: agent 1234 with this key.
    expect(basicAuthorization({ agentId: '1234', apiKey: 'dc157182-e25a-4008-bd09-903df3428db4' })).toBe(
      'Basic MTIzNDpkYzE1NzE4Mi1lMjVhLTQwMDgtYmQwOS05MDNkZjM0MjhkYjQ=',
    );
  });

  it('encodes non-ASCII keys as UTF-8', () => {
    expect(basicAuthorization({ agentId: '4', apiKey: 'nyckel-å' })).toBe(`Basic ${Buffer.from('4:nyckel-å').toString('base64')}`);
  });
});

describe('listCheckouts, on the wire', () => {
  afterEach(() => vi.restoreAllMocks());

  const listUrls = async (query: Parameters<ReturnType<typeof createPaysonClient>['listCheckouts']>[1]) => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
      Response.json({ pageSize: 20, page: 1, totalPages: 0, count: 0, totalCount: 0, data: [] }),
    );
    const config = loadGatewayConfig({
      IDENTITY_URL: 'https://identity.example/oidc',
      BOKAMERA_URL: 'https://bokamera.example',
      BOKAMERA_API_KEY: 'key',
      PAYSON_URL: 'https://payson.example/2.0',
      PUBLIC_ORIGIN: 'https://admin.example',
    });
    await createPaysonClient(config).listCheckouts({ agentId: '4', apiKey: 'k' }, query);
    return fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input));
  };

  it('sends `status=` empty when unfiltered, as Payson’s own SDKs do', async () => {
    expect(await listUrls({ page: 3 })).toEqual(['https://payson.example/2.0/Checkouts?status=&page=3']);
  });

  it('sends a status filter in Payson’s PascalCase', async () => {
    expect(await listUrls({ status: 'readyToShip', page: 1 })).toEqual(['https://payson.example/2.0/Checkouts?status=ReadyToShip&page=1']);
  });
});
