import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Checkout } from '../../../contract/payson.ts';
import { checkoutQueries } from '../../api/checkouts.ts';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { DescriptionList, type DescriptionItem } from '../../components/ui/description-list.tsx';
import { Heading, type HeadingLevel } from '../../components/ui/heading.tsx';
import { messages } from '../../lib/i18n/messages.ts';

export interface TechnicalDetailsProps {
  companyId: string;
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

/**
 * For whoever needs to look under the hood: folded away. The JSON is the checkout as Payson sent it
 * (docs/decisions/002), read when the section is opened, not the parsed object: a field this
 * dashboard does not know, or spells differently, shows here. The gateway masks the identity number
 * in it: opening this is not asking to see the number.
 */
export function TechnicalDetails({ companyId, checkout, level }: TechnicalDetailsProps) {
  const [open, setOpen] = useState(false);
  const asSent = useQuery({ ...checkoutQueries.asSent(companyId, checkout.id), enabled: open });
  const json = asSent.isSuccess ? JSON.stringify(asSent.data, null, 2) : undefined;
  return (
    <details className="technical" onToggle={(event) => setOpen(event.currentTarget.open)}>
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
          {json === undefined ? null : (
            <CopyButton
              value={json}
              label={text.copyJson}
              copiedMessage={text.copied}
              failedMessage={text.copyFailed}
              showLabel
            />
          )}
        </div>
        <p className="detail-section__note">{text.rawJsonNote}</p>
        {checkout.customer?.identityNumber === undefined ? null : <p className="detail-section__note">{text.identityMasked}</p>}
        {json === undefined ? (
          <p className="detail-section__note" role={asSent.isError ? 'alert' : 'status'}>
            {asSent.isError ? text.jsonFailed : text.readingJson}
          </p>
        ) : (
          // Focusable so keyboard users can scroll it.
          <div className="technical__json" role="region" aria-label={text.rawJson} tabIndex={0}>
            <pre>{json}</pre>
          </div>
        )}
      </div>
    </details>
  );
}
