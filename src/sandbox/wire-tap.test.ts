import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox, WireCall } from './start-sandbox.ts';
import { addFault, bokamera, passwordGrant, startTestSandbox } from './test-support.ts';

const calls: WireCall[] = [];
let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ wireTap: (call) => calls.push(call) });
});
afterAll(() => sandbox.close());

describe('the wire tap', () => {
  it('sees each call over HTTP as it came, headers and body, and what was answered', async () => {
    const grant = await passwordGrant(sandbox, 'admin@sandbox.test');
    const { access_token: token } = (await grant.json()) as { access_token: string };
    await addFault(sandbox, { upstream: 'bokamera', drop: true });
    await bokamera(sandbox, '/users', { token }).catch(() => undefined);

    const [password, users] = calls;
    expect(password).toMatchObject({ upstream: 'identity', method: 'POST', path: '/token', status: 200 });
    expect(new URLSearchParams(password?.body).get('username')).toBe('admin@sandbox.test');
    expect(JSON.parse(password?.responseBody ?? '{}')).toMatchObject({ access_token: token });
    expect(users).toMatchObject({ upstream: 'bokamera', method: 'GET', path: '/users', status: 0, responseBody: '' });
    expect(users?.headers.authorization).toBe(`Bearer ${token}`);
    // The control routes are not upstream calls.
    expect(calls).toHaveLength(2);
  });
});
