import { zonedIsoString } from '../../contract/zoned-time.ts';
import type { IndexedCheckout } from './search-query.ts';

/**
 * The export's CSV (RFC 4180): a header row, then one line per checkout, CRLF line ends, a cell
 * quoted when it holds a comma, quote or line break. UTF-8 without a byte-order mark: the response
 * says `charset=utf-8`, and a BOM would become part of the first column's name ("\uFEFFCheckout
 * id") in most programs that read CSV (scripts, databases, accounting imports); spreadsheets that
 * need telling (older Excel) import it with "UTF-8" chosen.
 *
 * Names, e-mails and references are the customers' and merchants' own text: a cell that begins
 * like a formula (= + - @, or a tab or carriage return that some spreadsheets skip before one) is
 * prefixed with ' so a spreadsheet shows it instead of running it (CSV injection). Amounts are
 * numbers the gateway formats, never prefixed: a plain number with a `.` decimal point.
 * Never an identity number: the index does not hold one.
 */
export const CSV_COLUMNS = [
  'Checkout id',
  'Status',
  'Created',
  'Last change',
  'Customer',
  'E-mail',
  'Customer type',
  'Amount',
  'Currency',
  'Merchant reference',
  'Purchase id',
] as const;
export const COMPANY_COLUMN = 'Company';

export interface CsvContext {
  /** Times are written in the company's zone, with its offset. */
  timeZone: string;
  /** With every company: the Company column, lower-case id → name. */
  companyNames?: ReadonlyMap<string, string>;
}

export function csvHeader(context: CsvContext): string {
  return csvLine(context.companyNames ? [...CSV_COLUMNS, COMPANY_COLUMN] : [...CSV_COLUMNS]);
}

export function csvRow(row: IndexedCheckout, context: CsvContext): string {
  const time = (at: number | null) => (at === null ? '' : zonedIsoString(at, context.timeZone));
  const text = (value: string | null) => neutralised(value ?? '');
  const cells = [
    text(row.checkoutId),
    text(row.status),
    time(row.createdAt),
    time(row.lastChangeAt),
    text([row.customerFirstName, row.customerLastName].filter((part) => part?.trim()).join(' ')),
    text(row.customerEmail),
    text(row.customerType),
    row.amount === null ? '' : plainNumber(row.amount),
    text(row.currency),
    text(row.merchantReference),
    text(row.purchaseId),
  ];
  if (context.companyNames) cells.push(text(context.companyNames.get(row.companyId) ?? row.companyId));
  return csvLine(cells);
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(quoted).join(',')}\r\n`;
}

function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Upstream text a spreadsheet would read as a formula gets a leading apostrophe. */
export function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** `1234.5`, never `1,234.50` or `1.2345e3`. */
function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}
