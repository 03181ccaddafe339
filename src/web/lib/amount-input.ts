/**
 * What a person may type as an amount filter: "1200", "1 200,50" (Swedish), "1,200.50" (English),
 * "1200.5". Read to a plain decimal string ("1200.5") for the URL and the gateway, never through
 * a float, so what was typed is what is asked for. Anything else is not an amount: the field keeps
 * the text and says so.
 */
const SPACES = /[\s\u00a0\u202f\u2009']/g;

export function parseAmountInput(text: string, language: 'en' | 'sv' = 'sv'): string | undefined {
  const compact = text.trim().replace(SPACES, '');
  if (compact === '') return undefined;
  let integer: string;
  let fraction = '';
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both: the last one separates the decimals, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    const [whole = '', decimals = '', ...rest] = compact.split(decimal);
    if (rest.length > 0 || !/^\d{1,3}(?:[.,]\d{3})*$/.test(whole) || whole.includes(decimal)) return undefined;
    integer = whole.split(grouping).join('');
    fraction = decimals;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const parts = compact.split(separator);
    // "1,200" in English is a thousand and two hundred; in Swedish a comma is the decimal point.
    const groupsThousands = parts.length > 2 || (separator === ',' && language === 'en' && parts[1]?.length === 3);
    if (groupsThousands) {
      if (!/^\d{1,3}$/.test(parts[0] ?? '') || parts.slice(1).some((part) => !/^\d{3}$/.test(part))) return undefined;
      integer = parts.join('');
    } else {
      integer = parts[0] ?? '';
      fraction = parts[1] ?? '';
    }
  } else {
    integer = compact;
  }
  if (integer === '') integer = '0';
  // Öre are the smallest unit: "1,500" may say 1.5, "1,505" says nothing Payson can hold.
  const decimals = fraction.replace(/0+$/, '');
  if (!/^\d{1,12}$/.test(integer) || !/^\d*$/.test(fraction) || decimals.length > 2) return undefined;
  const whole = integer.replace(/^0+(?=\d)/, '');
  return decimals ? `${whole}.${decimals}` : whole;
}

/** A decimal from the URL as the person's language writes it in a field ("1200.5" → "1200,5"). */
export function amountForInput(value: string | undefined, language: 'en' | 'sv'): string {
  if (value === undefined) return '';
  return language === 'sv' ? value.replace('.', ',') : value;
}
