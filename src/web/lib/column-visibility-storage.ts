import * as z from 'zod/mini';

/**
 * Which table columns a person chose to see, per table, in a cookie (cookies.ts: the server renders
 * the first screen with the same columns); earlier choices in localStorage are carried over once.
 * Only column ids and booleans are stored: nothing about checkouts or the user.
 */
export type ColumnVisibility = Record<string, boolean>;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const storedSchema = z.record(z.string(), z.boolean());

export function columnVisibilityKey(tableId: string): string {
  return `payson-admin:columns:${tableId}:v1`;
}

/** Reads a stored choice, keeping only known column ids; anything unreadable counts as no choice. */
export function readColumnVisibility(
  store: KeyValueStore | undefined,
  tableId: string,
  knownColumnIds: readonly string[],
): ColumnVisibility {
  let raw: string | null;
  try {
    raw = store?.getItem(columnVisibilityKey(tableId)) ?? null;
  } catch {
    return {};
  }
  if (!raw) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return {};
  const visibility: ColumnVisibility = {};
  for (const id of knownColumnIds) {
    const value = parsed.data[id];
    if (value !== undefined) visibility[id] = value;
  }
  return visibility;
}

/** Saves the choice; a full or disabled storage only means the choice is not remembered. */
export function writeColumnVisibility(
  store: KeyValueStore | undefined,
  tableId: string,
  visibility: ColumnVisibility,
): void {
  try {
    store?.setItem(columnVisibilityKey(tableId), JSON.stringify(visibility));
  } catch {
    // Storage may be full or blocked (private mode); the choice then lasts for this page only.
  }
}

/** The browser's localStorage, or undefined where it is unavailable or blocked. */
export function browserStorage(): KeyValueStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Choices made before they moved to cookies (localStorage), carried over once where the cookie has
 * none. Run before the browser renders a page itself, and after hydrating a server's page (which
 * could not see localStorage, so the hydrating render must not either).
 */
export function carryOverColumnVisibility(to: KeyValueStore, from: () => LegacyStore | undefined = legacyStorage): void {
  try {
    const store = from();
    if (!store) return;
    const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
      (key): key is string => key !== null && LEGACY_KEY.test(key),
    );
    for (const key of keys) {
      const value = store.getItem(key);
      if (value !== null && to.getItem(key) === null) to.setItem(key, value);
      store.removeItem(key);
    }
  } catch {
    // Storage blocked: nothing to carry over.
  }
}

type LegacyStore = Pick<Storage, 'length' | 'key' | 'getItem' | 'removeItem'>;
const LEGACY_KEY = /^payson-admin:columns:.+:v1$/;

function legacyStorage(): LegacyStore | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}
