import * as z from 'zod/mini';

/**
 * `GET /api/companies/:companyId/checkouts/status-counts`: how many checkouts a company has in
 * each status, keyed by canonical status (`readyToShip`), and in all. A status the gateway could
 * not count is left out, so the SPA shows no number for it rather than a wrong one.
 */
export const statusCountsSchema = z.object({
  counts: z.record(z.string(), z.number().check(z.int(), z.nonnegative())),
  total: z.number().check(z.int(), z.nonnegative()),
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;
