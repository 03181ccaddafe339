/**
 * Deterministic pseudo-random numbers. Every generated value derives from (seed, company, index), so
 * any checkout can be rebuilt on demand and nothing has to be kept in memory.
 */

/** Murmur3's finaliser: spreads the bits of a 32-bit integer. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a string (FNV-1a, finalised), to turn SANDBOX_SEED into a number. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Combines a few integers into one well-mixed 32-bit seed. */
export function mixSeed(a: number, b: number, c = 0, d = 0): number {
  let h = fmix32(a ^ 0x9e3779b9);
  h = fmix32(h ^ Math.imul(b + 0x7f4a7c15, 0x27d4eb2d));
  h = fmix32(h ^ Math.imul(c + 0x165667b1, 0x85ebca77));
  return fmix32(h ^ Math.imul(d + 0x61c88647, 0xc2b2ae3d));
}

/** One step of mulberry32 from `state`: the next state and the draw in [0, 1). */
function step(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(next ^ (next >>> 15), 1 | next);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return [next, ((t ^ (t >>> 14)) >>> 0) / 4294967296];
}

/** The first draw of `createRandom(seed)`, without allocating one: used when scanning a million statuses. */
export function firstDraw(seed: number): number {
  return step(seed)[1];
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** 32 random bits as an unsigned integer. */
  uint32(): number;
}

export function createRandom(seed: number): Random {
  let state = seed | 0;
  const next = (): number => {
    const [nextState, draw] = step(state);
    state = nextState;
    return draw;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => pickAt(items, Math.floor(next() * items.length)),
    uint32: () => Math.floor(next() * 4294967296) >>> 0,
  };
}

/** Picks by weight; `draw` is a float in [0, 1). */
export function pickWeighted<T>(entries: readonly (readonly [T, number])[], draw: number): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let remaining = draw * total;
  for (const [value, weight] of entries) {
    remaining -= weight;
    if (remaining < 0) return value;
  }
  return pickAt(entries, entries.length - 1)[0];
}

export function pickAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at ${index} of ${items.length}`);
  return item;
}

/** A version-4-shaped GUID made of random bits. */
export function randomGuid(random: Random): string {
  const hex = [random.uint32(), random.uint32(), random.uint32(), random.uint32()]
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('');
  return formatGuid(hex);
}

/** Formats 32 hex digits as a GUID, setting the version (4) and variant (10xx) nibbles. */
export function formatGuid(hex32: string): string {
  const variant = ((parseInt(hex32.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex32.slice(0, 8),
    hex32.slice(8, 12),
    `4${hex32.slice(13, 16)}`,
    `${variant}${hex32.slice(17, 20)}`,
    hex32.slice(20, 32),
  ].join('-');
}
