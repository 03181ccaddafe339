import { useState } from 'react';
import { functionalUpdate, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';
import { readColumnVisibility, writeColumnVisibility } from '../../lib/column-visibility-storage.ts';
import { cookieStore } from '../../lib/cookies.ts';

/**
 * Column visibility that survives a reload, in a cookie the server reads too (column ids and
 * booleans only), so a first screen rendered there shows the same columns.
 */
export function usePersistedColumnVisibility(tableId: string, columnIds: readonly string[]) {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() =>
    readColumnVisibility(cookieStore, tableId, columnIds),
  );

  function update(updater: Updater<ColumnVisibilityState>) {
    const next = functionalUpdate(updater, visibility);
    writeColumnVisibility(cookieStore, tableId, next);
    setVisibility(next);
  }

  return [visibility, update] as const;
}
