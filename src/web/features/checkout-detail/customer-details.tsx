import type { Customer } from '../../../contract/payson.ts';
import { DescriptionList, type DescriptionItem } from '../../components/ui/description-list.tsx';
import type { HeadingLevel } from '../../components/ui/heading.tsx';
import { customerDisplayName } from '../../lib/checkout-view/customer-display-name.ts';
import { regionName } from '../../lib/format.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { userLocale } from '../../lib/locale.ts';
import { DetailSection } from './detail-section.tsx';
import { IdentityNumber } from './identity-number.tsx';

export interface CustomerDetailsProps {
  customer: Customer | undefined;
  level: HeadingLevel;
}

const text = messages.detail.customer;
// The object, not its string: texts are read at render (the server renders every language from one module).
const format = messages.format;

function filled(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function countryName(code: string): string {
  return regionName(code, userLocale()) ?? code;
}

/** Payson sends an ISO code (`countryCode`, or `country` in older payloads); a code gets its name. */
function country(customer: Customer): string {
  const value = filled(customer.countryCode) ?? filled(customer.country);
  if (value && /^[a-z]{2}$/i.test(value)) return text.countryValue(countryName(value), value.toUpperCase());
  return value ?? format.missing;
}

/** Who pays. Contact details are links; the identity number stays masked until asked for. */
export function CustomerDetails({ customer, level }: CustomerDetailsProps) {
  if (!customer) {
    return (
      <DetailSection title={text.heading} level={level}>
        <p className="muted">{text.none}</p>
      </DetailSection>
    );
  }
  const type = filled(customer.type);
  const email = filled(customer.email);
  const phone = filled(customer.phone);
  const cityLine = [filled(customer.postalCode), filled(customer.city)].filter(Boolean).join(' ');
  const address = [filled(customer.street), cityLine].filter(Boolean);

  const items: DescriptionItem[] = [
    { label: text.type, value: type ? (text.types[type.toLowerCase()] ?? type) : format.missing },
    { label: text.name, value: customerDisplayName(customer) ?? format.missing },
    { label: text.email, value: email ? <a href={`mailto:${email}`}>{email}</a> : format.missing },
    { label: text.phone, value: phone ? <a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a> : format.missing },
    {
      label: text.address,
      value: address.length ? (
        <address className="customer-address">
          {address.map((line, index) => (
            <span key={index}>{line}</span>
          ))}
        </address>
      ) : (
        format.missing
      ),
    },
    { label: text.country, value: country(customer) },
    { label: text.identityNumber, value: <IdentityNumber value={customer.identityNumber} /> },
  ];
  const reference = filled(customer.reference);
  if (reference) items.push({ label: text.reference, value: <span className="mono">{reference}</span> });

  return (
    <DetailSection title={text.heading} level={level}>
      <DescriptionList items={items} />
    </DetailSection>
  );
}
