import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useMatch, useNavigate } from 'react-router';
import { ALL_COMPANIES } from '../../../contract/checkout-search.ts';
import { companyQueries } from '../../api/companies.ts';
import { SelectField } from '../../components/ui/select-field.tsx';
import { filterCompanies } from '../../lib/company-filter.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { CompanyName } from './company-name.tsx';

/** From this many companies on, a search box narrows the list. */
const SEARCH_FROM = 8;

export interface CompanySwitcherProps {
  companyId: string;
}

/**
 * Superadmins open any company: a native select named "Company", with a search when the list is long.
 * "All companies" comes first: every company's checkouts in one list (companyId `all`).
 */
export function CompanySwitcher({ companyId }: CompanySwitcherProps) {
  const navigate = useNavigate();
  // On the Overview, another company's Overview; from anywhere else, its checkouts.
  const onOverview = useMatch('/companies/:companyId/overview') !== null;
  const [search, setSearch] = useState('');
  const companies = useQuery(companyQueries.list()).data?.companies;
  if (!companies) return <CompanyName companyId={companyId} />;

  const shown = filterCompanies(companies, search, companyId);
  const known = companyId === ALL_COMPANIES || companies.some((company) => company.id === companyId);
  return (
    <div className="company-switcher">
      <SelectField
        label={messages.checkouts.company}
        value={companyId}
        onChange={(event) => void navigate(onOverview ? paths.overview(event.target.value) : paths.checkouts(event.target.value))}
      >
        <option value={ALL_COMPANIES}>{messages.queue.allCompanies}</option>
        {known ? null : <option value={companyId}>{messages.app.companyUnknown(companyId)}</option>}
        {shown.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name || company.id}
          </option>
        ))}
      </SelectField>
      {companies.length >= SEARCH_FROM ? (
        <input
          type="search"
          className="company-switcher__search field__input"
          aria-label={messages.checkouts.companyFilter}
          placeholder={messages.checkouts.companyFilter}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      ) : null}
    </div>
  );
}
