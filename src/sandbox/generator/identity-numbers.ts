import type { Random } from '../random.ts';

/** Swedish personal identity numbers and organisation numbers, both ending in a Luhn check digit. */

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits.charAt(i)) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

const two = (value: number): string => String(value).padStart(2, '0');

/** A personnummer as Payson shows it (`YYMMDDNNNC`, ten digits), for someone born 1945–2006. */
export function personalIdentityNumber(random: Random): string {
  const year = random.int(1945, 2006);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const serial = String(random.int(1, 999)).padStart(3, '0');
  const nine = `${two(year % 100)}${two(month)}${two(day)}${serial}`;
  return `${nine}${luhnCheckDigit(nine)}`;
}

/** An aktiebolag's organisation number (`556NNNNNNC`, ten digits). */
export function organisationNumber(random: Random): string {
  const nine = `${random.pick(['556', '559'])}${String(random.int(0, 999_999)).padStart(6, '0')}`;
  return `${nine}${luhnCheckDigit(nine)}`;
}

/** `5561234567` → `556123-4567`, as BokaMera shows organisation numbers. */
export function withDash(tenDigits: string): string {
  return `${tenDigits.slice(0, 6)}-${tenDigits.slice(6)}`;
}
