import type { Checkout } from '../../../contract/payson.ts';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { DescriptionList, type DescriptionItem } from '../../components/ui/description-list.tsx';
import { Heading, type HeadingLevel } from '../../components/ui/heading.tsx';
import { maskIdentityNumber } from '../../../contract/identity-number.ts';
import { messages } from '../../lib/i18n/messages.ts';

export interface TechnicalDetailsProps {
  checkout: Checkout;
  /** The level of the headings inside. */
  level: HeadingLevel;
}

const text = messages.detail.technical;

/** Upstream values are shown as text only: a URI from upstream is never made a link. */
function value(raw: unknown) {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return <span className="muted">{text.none}</span>;
  }
  if (typeof raw === 'boolean') return raw ? text.yes : text.no;
  if (Array.isArray(raw)) return raw.join(', ');
  return <span className="mono technical__value">{String(raw)}</span>;
}

/** One row per label, in the catalog's order, whatever upstream sent. */
function rows(labels: Record<string, string>, source: object | undefined) {
  const values: Partial<Record<string, unknown>> = { ...source };
  return Object.entries(labels).map(([key, label]): DescriptionItem => ({ label, value: value(values[key]) }));
}

/** The checkout as read, but with the identity number masked: opening this is not asking to see it. */
function withMaskedIdentity(checkout: Checkout): Checkout {
  const identityNumber = checkout.customer?.identityNumber;
  if (!checkout.customer || identityNumber === undefined) return checkout;
  return { ...checkout, customer: { ...checkout.customer, identityNumber: maskIdentityNumber(identityNumber) } };
}

/** For whoever needs to look under the hood: folded away, and the checkout as read. */
export function TechnicalDetails({ checkout, level }: TechnicalDetailsProps) {
  const masked = withMaskedIdentity(checkout);
  const json = JSON.stringify(masked, null, 2);
  return (
    <details className="technical">
      <summary className="technical__summary">{text.summary}</summary>
      <div className="technical__body">
        <Heading level={level} className="technical__title">
          {text.merchant}
        </Heading>
        <DescriptionList layout="stacked" items={rows(text.merchantFields, checkout.merchant)} />
        <Heading level={level} className="technical__title">
          {text.gui}
        </Heading>
        <DescriptionList items={rows(text.guiFields, checkout.gui)} />
        <div className="technical__json-header">
          <Heading level={level} className="technical__title">
            {text.rawJson}
          </Heading>
          <CopyButton
            value={json}
            label={text.copyJson}
            copiedMessage={text.copied}
            failedMessage={text.copyFailed}
            showLabel
          />
        </div>
        {masked === checkout ? null : <p className="detail-section__note">{text.identityMasked}</p>}
        {/* Focusable so keyboard users can scroll it. */}
        <div className="technical__json" role="region" aria-label={text.rawJson} tabIndex={0}>
          <pre>{json}</pre>
        </div>
      </div>
    </details>
  );
}
