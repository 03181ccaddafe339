/**
 * Personal identity numbers are shown masked: the birth date stays (enough to tell two customers
 * apart), the last four digits, which complete the number, never do.
 *
 * Swedish personnummer and organisationsnummer come as YYMMDD-NNNN, YYMMDDNNNN, YYYYMMDD-NNNN or
 * YYYYMMDDNNNN; `+` instead of `-` marks someone over a hundred and is kept. Anything else is an
 * unknown format whose digits we cannot place, so it is masked whole.
 */
export const IDENTITY_NUMBER_MASK = '****';

const SWEDISH_IDENTITY_NUMBER = /^(\d{6}|\d{8})([-+]?)\d{4}$/;

export function maskIdentityNumber(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const compact = value.replace(/\s+/g, '');
  if (compact === '') return undefined;
  const match = SWEDISH_IDENTITY_NUMBER.exec(compact);
  if (!match) return IDENTITY_NUMBER_MASK;
  const [, birthDate, separator] = match;
  return `${birthDate}${separator === '+' ? '+' : '-'}${IDENTITY_NUMBER_MASK}`;
}
