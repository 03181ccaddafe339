import { describe, expect, it } from 'vitest';
import { recoveryDelayMs } from './use-recovery-retry.ts';

describe('recoveryDelayMs', () => {
  it('waits 2 s first, doubles, and never more than 30 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(recoveryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
