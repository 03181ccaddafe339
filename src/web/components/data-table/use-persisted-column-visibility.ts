import { useState } from 'react';
import { functionalUpdate, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';
import {
  browserStorage,
  readColumnVisibility,
  writeColumnVisibility,
} from '../../lib/column-visibility-storage.ts';

/** Column visibility that survives a reload (localStorage, column ids and booleans only). */
export function usePersistedColumnVisibility(tableId: string, columnIds: readonly string[]) {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() =>
    readColumnVisibility(browserStorage(), tableId, columnIds),
  );

  function update(updater: Updater<ColumnVisibilityState>) {
    const next = functionalUpdate(updater, visibility);
    writeColumnVisibility(browserStorage(), tableId, next);
    setVisibility(next);
  }

  return [visibility, update] as const;
}
