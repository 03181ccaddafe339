import type { CompanySummary } from '../../contract/gateway-api.ts';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

/**
 * The companies whose name or id contains the search text, ignoring case and accents ("malmo"
 * finds "Malmö"), sorted by name. The current company always stays, so a select never loses its value.
 */
export function filterCompanies(
  companies: readonly CompanySummary[],
  search: string,
  currentId: string | undefined,
): CompanySummary[] {
  const needle = fold(search);
  return companies
    .filter(
      (company) =>
        company.id === currentId ||
        !needle ||
        fold(company.name).includes(needle) ||
        company.id.toLowerCase().includes(needle),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}
