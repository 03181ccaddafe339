/** Milliseconds since the epoch. Injected so tests can move time (token expiry) without waiting. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** ISO 8601 in UTC to the second, as the sandbox writes Payson's timestamps: `2025-03-12T14:05:09Z`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
