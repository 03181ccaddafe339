import { useParams } from 'react-router';
import { CheckoutDetailPanel } from './checkout-detail-panel.tsx';
import './checkout-detail.css';
import './order-items.css';
import './preview-and-technical.css';
import './send-payment-request.css';
import './timeline.css';

/** `/companies/:companyId/checkouts/:checkoutId`: another checkout is a fresh panel (scroll, reveals, dialog). */
export function CheckoutDetailRoute() {
  const { companyId = '', checkoutId = '' } = useParams();
  return <CheckoutDetailPanel key={`${companyId}/${checkoutId}`} companyId={companyId} checkoutId={checkoutId} />;
}
