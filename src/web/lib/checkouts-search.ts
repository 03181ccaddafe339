import * as z from 'zod/mini';
import { PAYSON_STATUSES, canonicalStatus, type KnownStatus } from '../../contract/status.ts';

/**
 * The checkout list's state lives in the URL (`?status=readyToShip&page=3`). Anything a person may
 * have typed or bookmarked is read leniently: an unknown status shows all checkouts and a bad page
 * number shows page 1, each with a note saying so, never a blank screen.
 */
export interface CheckoutsSearch {
  status: KnownStatus | undefined;
  page: number;
}

export type CheckoutsSearchProblem =
  | { kind: 'unknownStatus'; raw: string }
  | { kind: 'invalidPage'; raw: string };

const filterStatusSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1)),
  z.pipe(
    z.transform((raw: string) => canonicalStatus(raw)),
    z.enum(PAYSON_STATUSES as readonly KnownStatus[] as [KnownStatus, ...KnownStatus[]]),
  ),
);

const pageSchema = z.pipe(
  z.string().check(z.trim(), z.regex(/^\d{1,7}$/)),
  z.pipe(z.transform(Number), z.int().check(z.minimum(1))),
);

export function parseCheckoutsSearch(params: URLSearchParams): {
  search: CheckoutsSearch;
  problems: CheckoutsSearchProblem[];
} {
  const problems: CheckoutsSearchProblem[] = [];
  const rawStatus = params.get('status');
  const rawPage = params.get('page');

  let status: KnownStatus | undefined;
  if (rawStatus !== null && rawStatus.trim() !== '' && rawStatus.trim().toLowerCase() !== 'all') {
    const parsed = filterStatusSchema.safeParse(rawStatus);
    if (parsed.success) status = parsed.data;
    else problems.push({ kind: 'unknownStatus', raw: rawStatus });
  }

  let page = 1;
  if (rawPage !== null && rawPage.trim() !== '') {
    const parsed = pageSchema.safeParse(rawPage);
    if (parsed.success) page = parsed.data;
    else problems.push({ kind: 'invalidPage', raw: rawPage });
  }

  return { search: { status, page }, problems };
}
