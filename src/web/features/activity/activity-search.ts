import { AUDIT_ACTIONS, type AuditAction } from '../../../contract/gateway-api.ts';
import type { ActivityParams } from '../../api/activity.ts';

/**
 * The Activity screen's state is the URL (`?action=sent_payment_request&who=a@b.se&page=2`). Read
 * leniently like the checkout list's: what is not understood is dropped, and `ignored` says so.
 */
export function parseActivitySearch(params: URLSearchParams): { search: ActivityParams; ignored: boolean } {
  let ignored = false;
  const rawAction = params.get('action')?.trim() || undefined;
  const action = AUDIT_ACTIONS.find((known): known is AuditAction => known === rawAction);
  if (rawAction !== undefined && action === undefined) ignored = true;

  const rawWho = params.get('who')?.trim() || undefined;
  const who = rawWho !== undefined && rawWho.length <= 320 ? rawWho : undefined;
  if (rawWho !== undefined && who === undefined) ignored = true;

  const rawPage = params.get('page')?.trim() || undefined;
  const page = rawPage !== undefined && /^[1-9]\d{0,6}$/.test(rawPage) ? Number(rawPage) : 1;
  if (rawPage !== undefined && page === 1 && rawPage !== '1') ignored = true;

  return { search: { action, who, page }, ignored };
}
