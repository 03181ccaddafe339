/**
 * The zone a company's calendar days and wall times are in (the list's date filters, the work
 * queue's expiry, the export's times). BokaMera's company carries no time zone: its companies are
 * Swedish.
 */
export const COMPANY_TIME_ZONE = 'Europe/Stockholm';
