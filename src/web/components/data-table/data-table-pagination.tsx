import type { ReactNode } from 'react';
import type { ReactTable, RowData } from '@tanstack/react-table';
import { messages } from '../../lib/i18n/messages.ts';
import { Icon } from '../ui/icons.tsx';
import type { DataTableFeatures } from './data-table-features.ts';
import { PageButton } from './page-button.tsx';

export interface DataTablePaginationProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>;
  /** E.g. the total count, shown after "Page X of Y". */
  summary?: ReactNode;
  /** A control beside the buttons, e.g. the page size. */
  extra?: ReactNode;
}

/** Server pages. Buttons stay focusable when unavailable (aria-disabled) so focus is never lost. */
export function DataTablePagination<TData extends RowData>({ table, summary, extra }: DataTablePaginationProps<TData>) {
  const text = messages.pagination;
  const page = table.state.pagination.pageIndex + 1;
  const pageCount = table.getPageCount();
  const pastTheEnd = page > pageCount;
  return (
    <nav className="pagination" aria-label={text.label}>
      <p className="pagination__summary">
        <span role="status">{text.pageOf(page, pageCount)}</span>
        {summary ? <span className="pagination__total">{summary}</span> : null}
      </p>
      {extra}
      <div className="pagination__buttons">
        <PageButton label={text.first} available={page > 1} onPress={() => table.firstPage()}>
          <Icon name="chevrons-left" />
        </PageButton>
        <PageButton
          label={text.previous}
          available={page > 1}
          onPress={() => (pastTheEnd ? table.lastPage() : table.previousPage())}
        >
          <Icon name="chevron-left" />
        </PageButton>
        <PageButton label={text.next} available={page < pageCount} onPress={() => table.nextPage()}>
          <Icon name="chevron-right" />
        </PageButton>
        <PageButton label={text.last} available={page !== pageCount} onPress={() => table.lastPage()}>
          <Icon name="chevrons-right" />
        </PageButton>
      </div>
    </nav>
  );
}
