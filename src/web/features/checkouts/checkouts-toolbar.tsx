import type { ReactNode } from 'react';

export interface CheckoutsToolbarProps {
  /** A row of its own above the rest: the search field. */
  search?: ReactNode;
  /** On the left: the status and the other filters. */
  filters: ReactNode;
  /** On the right: what acts on the whole list (export, the column picker). */
  actions?: ReactNode;
  /** Below: what the list is filtered by, in words. */
  summary?: ReactNode;
}

/** The list's controls above the table, in fixed places other parts of the screen can fill. */
export function CheckoutsToolbar({ search, filters, actions, summary }: CheckoutsToolbarProps) {
  return (
    <div className="checkouts-toolbar">
      {search ? <div className="checkouts-toolbar__search">{search}</div> : null}
      <div className="toolbar">
        <div className="toolbar__filters">{filters}</div>
        {actions ? <div className="toolbar__actions">{actions}</div> : null}
      </div>
      {summary}
    </div>
  );
}
