/** View-model helpers for the checkout detail screen. */
export { orderTotals, TOTALS_TOLERANCE, TOTAL_KINDS } from './order-totals.ts';
export type { OrderTotals, TotalCheck, TotalKind } from './order-totals.ts';
export { customerDisplayName } from './customer-display-name.ts';
export { maskIdentityNumber, IDENTITY_NUMBER_MASK } from '../../../contract/identity-number.ts';
export { historyTimeline, lastChange, isDated } from './history-timeline.ts';
export type { TimelineEntry, DatedTimelineEntry } from './history-timeline.ts';
export { readyToShipExpiry } from './ready-to-ship-expiry.ts';
