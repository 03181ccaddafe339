/**
 * The time "now" for what is rendered ("this year", "in 12 days"). A first screen rendered on the
 * server is hydrated with the server's clock, so a render across midnight or New Year cannot make
 * the two disagree; the browser's own clock takes over after hydration.
 */
let pinned: number | undefined;

export function renderNow(): Date {
  return new Date(pinned ?? Date.now());
}

/** Pins the clock (epoch ms), or lets it run again (undefined). */
export function pinRenderClock(ms: number | undefined): void {
  pinned = ms;
}
