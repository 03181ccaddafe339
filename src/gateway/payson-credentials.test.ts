import { describe, expect, it } from 'vitest';
import { paysonApiSettingsSchema, type PaysonApiSettings } from '../contract/bokamera.ts';
import { ApiError } from './api-error.ts';
import { loadGatewayConfig } from './config.ts';
import type { GatewayDeps } from './gateway-env.ts';
import { paysonCredentialsFor } from './payson-credentials.ts';
import type { Session } from './session/store.ts';
import type { BokameraClient } from './upstream/bokamera-client.ts';

/**
 * Which api settings answers the gateway takes as the company's Payson credentials. BokaMera's
 * answer is given as it would arrive after the contract parsed it; only that answer varies here.
 */

const ASKED = '3f1c6a52-8d7e-4b0a-9c55-1e2f3a4b5c6d';
const OTHER = '9b2d4c1e-0000-4a1b-8c2d-3e4f5a6b7c8d';

const settings = (companyId: string | undefined): PaysonApiSettings => ({
  ...(companyId === undefined ? {} : { CompanyId: companyId }),
  SecurityUserId: '4711',
  SecurityPassword: 'payson-key',
  ReceiverEmail: undefined,
  ReceiverFirstname: undefined,
  ReceiverLastname: undefined,
});

function credentialsWhenBokameraAnswers(answer: PaysonApiSettings) {
  const bokamera = { paysonApiSettings: async () => answer } as unknown as BokameraClient;
  const deps = {
    config: loadGatewayConfig({ IDENTITY_URL: 'http://127.0.0.1:1/identity', BOKAMERA_URL: 'http://127.0.0.1:1/bm', BOKAMERA_API_KEY: 'k', PAYSON_URL: 'http://127.0.0.1:1/payson', PUBLIC_ORIGIN: 'http://gateway.test' }),
    bokamera,
    sessions: { now: () => Date.now() },
  } as unknown as GatewayDeps;
  // A session as the store hands it to a route; the store itself is not what this tests.
  const session: Session = {
    idHash: 'id-hash',
    user: { email: 'superadmin@test.se', name: 'S', roles: ['superadmin'], companyId: OTHER },
    userHash: 'hash',
    tokens: { accessToken: 'token', accessExpiresAt: Date.now() + 60_000, refreshToken: undefined },
    tokenVersion: 0,
    readStartedAt: Date.now(),
    createdAt: Date.now(),
    lastSeenAt: Date.now(),
    paysonCredentials: new Map(),
  };
  return paysonCredentialsFor(deps, session, ASKED);
}

describe('paysonCredentialsFor, on BokaMera’s api settings', () => {
  it('parses BokaMera’s published PaysonApiSettingsQuery sample, which has no CompanyId', () => {
    const sample = { SecurityUserId: 'String', SecurityPassword: 'String', ReceiverEmail: 'String', ReceiverFirstname: 'String', ReceiverLastname: 'String' };
    expect(paysonApiSettingsSchema.safeParse(sample).success).toBe(true);
  });

  it('takes settings without CompanyId (as BokaMera’s published sample has them) as the company asked for', async () => {
    await expect(credentialsWhenBokameraAnswers(settings(undefined))).resolves.toEqual({ agentId: '4711', apiKey: 'payson-key' });
  });

  it('takes settings naming the company asked for, in any casing', async () => {
    await expect(credentialsWhenBokameraAnswers(settings(ASKED.toUpperCase()))).resolves.toEqual({ agentId: '4711', apiKey: 'payson-key' });
  });

  it('refuses settings that name another company: BokaMera answered for the user’s own instead', async () => {
    const refused = await credentialsWhenBokameraAnswers(settings(OTHER)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(403);
  });
});
