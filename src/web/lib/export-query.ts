/** The list's URL parameters an export carries: its search and filters, not its page. */
const EXPORTED_PARAMS = ['q', 'status', 'createdFrom', 'createdTo', 'amountFrom', 'amountTo', 'sort', 'dir', 'view'] as const;

/**
 * The export's query for the list the person sees: the list's URL mirrors the list route's query
 * (src/contract/checkout-search.ts), so its search, filters and order are passed on as they are
 * (the gateway validates them as it does the list's), and the page and page size are left out:
 * the export is every matching row.
 */
export function exportQueryOf(listParams: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of EXPORTED_PARAMS) {
    for (const value of listParams.getAll(name)) {
      if (value.trim() !== '') query.append(name, value);
    }
  }
  return query;
}
