import { dateTimeFormat, formatAmount, numberFormat } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import type { DayLabels } from './overview-series.ts';

const SHORT_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };

/** A calendar day `YYYY-MM-DD` (already the company's), read as a date without a zone of its own. */
function dayDate(date: string): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function dayLabels(locale: string): DayLabels {
  return {
    short: (date) => dateTimeFormat(locale, SHORT_DAY).format(dayDate(date)),
    long: (date) => dateTimeFormat(locale, LONG_DAY).format(dayDate(date)),
  };
}

/** An axis label: "1.2K kr", "12 tn kr"; the full amount is in the tooltip and the table. */
export function formatCompactAmount(amount: number, currency: string, locale: string): string {
  if (/^[A-Z]{3}$/.test(currency)) {
    try {
      return numberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(amount);
    } catch {
      // An unknown code: shown as a number below.
    }
  }
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(amount);
}

/** The currency as a heading names it ("SEK"), or a dash when Payson sent none. */
export function currencyName(currency: string): string {
  return currency || messages.format.missing;
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  return formatAmount(amount, currency || undefined, locale);
}
