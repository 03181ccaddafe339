import * as z from 'zod/mini';

/**
 * Which table columns a person chose to see, kept in localStorage per table. Only column ids and
 * booleans are stored: nothing about checkouts or the user.
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
