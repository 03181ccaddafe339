import { isKnownStatus, type CheckoutStatus, type KnownStatus } from '../../contract/status.ts';
import { messages } from './i18n/messages.ts';

/** How a status looks: a tone for its pill. Colour is never the only signal; the label is always shown. */
export type StatusTone = 'neutral' | 'progress' | 'attention' | 'success' | 'danger' | 'muted' | 'unknown';

const tones: Record<KnownStatus, StatusTone> = {
  none: 'muted',
  created: 'neutral',
  formsFilled: 'neutral',
  readyToPay: 'progress',
  processingPayment: 'progress',
  readyToShip: 'attention',
  shipped: 'success',
  paidToAccount: 'success',
  canceled: 'muted',
  credited: 'muted',
  expired: 'muted',
  denied: 'danger',
};

export function statusLabel(status: CheckoutStatus): string {
  if (isKnownStatus(status)) return messages.statuses[status];
  return status.trim() ? messages.statuses.unknown(status) : messages.statuses.missing;
}

export function statusTone(status: CheckoutStatus): StatusTone {
  return isKnownStatus(status) ? tones[status] : 'unknown';
}
