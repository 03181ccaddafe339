import { useEffect, useRef } from 'react';

/** Pauses between automatic tries: 2 s, then doubling, at most 30 s. */
export function recoveryDelayMs(attempt: number): number {
  return Math.min(2_000 * 2 ** attempt, 30_000);
}

/**
 * While a failure that may pass (network, 5xx) is on screen, asks again by itself with growing
 * pauses, so the app recovers when the upstream comes back without anyone pressing "Try again".
 * Only reads are retried this way; a write is never repeated behind the person's back.
 * `active` should be false while a try is in flight. The pauses keep growing across tries, so the
 * hook belongs in a component that stays mounted while a try is in flight (not in the error
 * message, which a try replaces with placeholders); `recovered` starts them from 2 s again.
 */
export function useRecoveryRetry(active: boolean, retry: () => void, recovered = false): void {
  const attempt = useRef(0);
  useEffect(() => {
    if (recovered) attempt.current = 0;
  }, [recovered]);
  const latestRetry = useRef(retry);
  useEffect(() => {
    latestRetry.current = retry;
  });
  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => {
      attempt.current += 1;
      latestRetry.current();
    }, recoveryDelayMs(attempt.current));
    return () => window.clearTimeout(timer);
  }, [active]);
}
