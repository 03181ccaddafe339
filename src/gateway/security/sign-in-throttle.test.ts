import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle.ts';

const MINUTE = 60_000;

function throttleWithClock() {
  const clock = { now: 0 };
  const throttle = new SignInThrottle({ now: () => clock.now });
  return { clock, throttle };
}

describe('SignInThrottle', () => {
  it('allows four wrong passwords and then makes the account wait a minute', () => {
    const { clock, throttle } = throttleWithClock();
    for (let i = 0; i < 4; i += 1) {
      throttle.recordFailure('anna@test.se', '10.0.0.1');
      expect(throttle.retryAfterSeconds('anna@test.se', '10.0.0.1')).toBe(0);
    }
    throttle.recordFailure('anna@test.se', '10.0.0.1');
    expect(throttle.retryAfterSeconds('anna@test.se', '10.0.0.1')).toBe(60);
    // The account is throttled from any address; the email's case does not matter.
    expect(throttle.retryAfterSeconds(' ANNA@test.se', '10.0.0.9')).toBe(60);
    clock.now += 30_000;
    expect(throttle.retryAfterSeconds('anna@test.se', '10.0.0.1')).toBe(30);
    clock.now += 30_000;
    expect(throttle.retryAfterSeconds('anna@test.se', '10.0.0.1')).toBe(0);
  });

  it('doubles the wait with each further failure, up to the window', () => {
    const { clock, throttle } = throttleWithClock();
    const waits: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      throttle.recordFailure('anna@test.se', `10.0.0.${i}`);
      waits.push(throttle.retryAfterSeconds('anna@test.se', '10.0.1.1'));
      clock.now += 1000;
    }
    expect(waits).toEqual([0, 0, 0, 0, 60, 120, 240, 480, 900]);
  });

  it('forgets failures older than the window', () => {
    const { clock, throttle } = throttleWithClock();
    for (let i = 0; i < 5; i += 1) throttle.recordFailure('anna@test.se', '10.0.0.1');
    clock.now += 15 * MINUTE + 1;
    expect(throttle.retryAfterSeconds('anna@test.se', '10.0.0.1')).toBe(0);
    throttle.recordFailure('anna@test.se', '10.0.0.1');
    expect(throttle.retryAfterSeconds('anna@test.se', '10.0.0.1')).toBe(0);
  });

  it('throttles one address guessing at many accounts', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 20; i += 1) throttle.recordFailure(`user${i}@test.se`, '10.0.0.66');
    expect(throttle.retryAfterSeconds('someone-new@test.se', '10.0.0.66')).toBe(60);
    expect(throttle.retryAfterSeconds('someone-new@test.se', '10.0.0.67')).toBe(0);
  });

  it('clears the account on a correct password but keeps the address count', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 20; i += 1) throttle.recordFailure('anna@test.se', '10.0.0.66');
    throttle.recordSuccess('anna@test.se');
    expect(throttle.retryAfterSeconds('anna@test.se', '10.0.0.1')).toBe(0);
    expect(throttle.retryAfterSeconds('anna@test.se', '10.0.0.66')).toBeGreaterThan(0);
  });
});
