import { describe, expect, it } from 'vitest';
import { gatewayConfigFromUrls, loadGatewayConfig } from './config.ts';

const LIVE = {
  IDENTITY_URL: 'https://identity.bookmore.com/realms/bookmore-admin/protocol/openid-connect/',
  BOKAMERA_URL: 'https://api.bokamera.se',
  BOKAMERA_API_KEY: 'key',
  PAYSON_URL: 'https://api.payson.se/2.0',
  PUBLIC_ORIGIN: 'https://admin.example.se/',
};

describe('loadGatewayConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadGatewayConfig(LIVE)).toEqual({
      identityUrl: 'https://identity.bookmore.com/realms/bookmore-admin/protocol/openid-connect',
      identityClientId: 'bm-external-api-users',
      bokameraUrl: 'https://api.bokamera.se',
      bokameraApiKey: 'key',
      paysonUrl: 'https://api.payson.se/2.0',
      singleMerchant: undefined,
      embedUrls: [],
      secureCookies: true,
      publicOrigins: ['https://admin.example.se'],
      trustedProxies: 0,
      apiRate: { burst: 200, perSecond: 20 },
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      upstreamTimeoutMs: 10_000,
      paysonTimeZone: 'Europe/Stockholm',
      index: { enabled: true, refreshSeconds: 120, concurrency: 2 },
    });
  });

  it('turns the index off with INDEX=off and reads its pace', () => {
    expect(loadGatewayConfig({ ...LIVE, INDEX: 'off', INDEX_REFRESH_SECONDS: '30', INDEX_CONCURRENCY: '1' }).index).toEqual({
      enabled: false,
      refreshSeconds: 30,
      concurrency: 1,
    });
  });

  it('reads every optional variable', () => {
    const config = loadGatewayConfig({
      ...LIVE,
      IDENTITY_CLIENT_ID: 'other-client',
      PAYSON_AGENT_ID: '4',
      PAYSON_API_KEY: 'secret',
      PAYSON_COMPANY_ID: 'company',
      PAYSON_EMBED_URLS: 'https://www.payson.se/embedded/checkout?id=x, https://test-www.payson.se/embedded/checkout',
      SECURE_COOKIES: 'false',
      SESSION_IDLE_MINUTES: '5',
      SESSION_ABSOLUTE_HOURS: '1',
      UPSTREAM_TIMEOUT_MS: '2500',
      PUBLIC_ORIGIN: 'https://admin.example.se:8443/dashboard',
      TRUSTED_PROXIES: '2',
      API_RATE_BURST: '50',
      API_RATE_PER_SECOND: '5',
    });
    expect(config).toMatchObject({
      publicOrigins: ['https://admin.example.se:8443'],
      trustedProxies: 2,
      apiRate: { burst: 50, perSecond: 5 },
      identityClientId: 'other-client',
      singleMerchant: { agentId: '4', apiKey: 'secret', companyId: 'company' },
      embedUrls: ['https://www.payson.se/embedded/checkout', 'https://test-www.payson.se/embedded/checkout'],
      secureCookies: false,
      sessionIdleMinutes: 5,
      sessionAbsoluteHours: 1,
      upstreamTimeoutMs: 2500,
    });
  });

  it('treats empty values as unset', () => {
    expect(loadGatewayConfig({ ...LIVE, SESSION_IDLE_MINUTES: '', PAYSON_AGENT_ID: ' ' }).sessionIdleMinutes).toBe(30);
  });

  it('names every bad variable in one error', () => {
    expect(() => loadGatewayConfig({ ...LIVE, BOKAMERA_URL: 'api.bokamera.se', UPSTREAM_TIMEOUT_MS: '-1' })).toThrow(
      /BOKAMERA_URL.*UPSTREAM_TIMEOUT_MS|UPSTREAM_TIMEOUT_MS.*BOKAMERA_URL/,
    );
    expect(() => loadGatewayConfig({ ...LIVE, BOKAMERA_API_KEY: undefined })).toThrow(/BOKAMERA_API_KEY/);
    expect(() => loadGatewayConfig({ ...LIVE, SECURE_COOKIES: 'maybe' })).toThrow(/SECURE_COOKIES must be true or false/);
    expect(() => loadGatewayConfig({ ...LIVE, PAYSON_EMBED_URLS: 'javascript:alert(1)' })).toThrow(/PAYSON_EMBED_URLS/);
    expect(() => loadGatewayConfig({ ...LIVE, TRUSTED_PROXIES: '-1' })).toThrow(/TRUSTED_PROXIES must be a whole number/);
  });

  it('refuses live mode without PUBLIC_ORIGIN, saying why', () => {
    expect(() => loadGatewayConfig({ ...LIVE, PUBLIC_ORIGIN: undefined })).toThrow(
      /PUBLIC_ORIGIN is required in live mode: the origin browsers use/,
    );
  });

  it('takes the sandbox port under its loopback names as the origins in sandbox mode', () => {
    expect(loadGatewayConfig({ ...LIVE, PUBLIC_ORIGIN: undefined }, { sandboxPort: 4173 }).publicOrigins).toEqual([
      'http://localhost:4173',
      'http://127.0.0.1:4173',
      'http://[::1]:4173',
    ]);
    // The sandbox served elsewhere on purpose names its origin.
    expect(loadGatewayConfig(LIVE, { sandboxPort: 4173 }).publicOrigins).toEqual(['https://admin.example.se']);
  });

  it('wants a Payson agent id and API key together', () => {
    expect(() => loadGatewayConfig({ ...LIVE, PAYSON_AGENT_ID: '4' })).toThrow(/PAYSON_AGENT_ID and PAYSON_API_KEY/);
    expect(() => loadGatewayConfig({ ...LIVE, PAYSON_COMPANY_ID: 'c' })).toThrow(/PAYSON_COMPANY_ID/);
  });
});

describe('gatewayConfigFromUrls', () => {
  it('points the gateway at given upstreams, keeping the other settings from the environment', () => {
    const config = gatewayConfigFromUrls(
      {
        identity: 'http://127.0.0.1:5000/identity/realms/bookmore-admin/protocol/openid-connect',
        bokamera: 'http://127.0.0.1:5000/bokamera',
        payson: 'http://127.0.0.1:5000/payson/2.0',
        embed: 'http://127.0.0.1:5000/embedded/checkout',
      },
      'sandbox-key',
      { SESSION_IDLE_MINUTES: '10' },
      { sandboxPort: 4173 },
    );
    expect(config).toMatchObject({
      bokameraUrl: 'http://127.0.0.1:5000/bokamera',
      bokameraApiKey: 'sandbox-key',
      embedUrls: ['http://127.0.0.1:5000/embedded/checkout'],
      // Plain-http loopback: a Secure cookie would be pointless there.
      secureCookies: false,
      sessionIdleMinutes: 10,
    });
  });
});
