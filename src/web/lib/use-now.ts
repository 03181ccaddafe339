import { useEffect, useState } from 'react';
import { renderNow } from './clock.ts';

/** The time now, again every `intervalMs`: for texts like "Updated 2 minutes ago" that age. */
export function useNow(intervalMs: number): number {
  // The first value is the render clock: a server-rendered first screen hydrates with the server's time.
  const [now, setNow] = useState(() => renderNow().getTime());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
