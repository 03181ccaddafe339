import type { CheckoutStatus } from '../../contract/status.ts';
import { statusLabel, statusTone } from '../lib/status.ts';
import './status-badge.css';

export interface StatusBadgeProps {
  status: CheckoutStatus;
}

/** A status pill: its words carry the meaning, the colour only helps scanning. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span className={`status-badge status-badge--${statusTone(status)}`}>
      <span className="status-badge__dot" aria-hidden="true" />
      {statusLabel(status)}
    </span>
  );
}
