import { useEffect, useState } from 'react';

/** The time now, again every `intervalMs`: for texts like "Updated 2 minutes ago" that age. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
