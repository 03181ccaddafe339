import { describe, expect, it } from 'vitest';
import { basicAuthorization } from './payson-client.ts';

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
