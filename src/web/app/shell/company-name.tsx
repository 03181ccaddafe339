import { useQuery } from '@tanstack/react-query';
import { ALL_COMPANIES } from '../../../contract/checkout-search.ts';
import { companyQueries } from '../../api/companies.ts';
import { Skeleton } from '../../components/ui/skeleton.tsx';
import { messages } from '../../lib/i18n/messages.ts';

export interface CompanyNameProps {
  companyId: string;
}

/** The current company's name; its id when the gateway could not name it. */
export function CompanyName({ companyId }: CompanyNameProps) {
  const companies = useQuery(companyQueries.list());
  if (companies.isPending) {
    return (
      <span className="company-name" aria-label={messages.app.companyLoading}>
        <Skeleton width="medium" />
      </span>
    );
  }
  const name =
    companyId === ALL_COMPANIES
      ? messages.queue.allCompanies
      : companies.data?.companies.find((company) => company.id === companyId)?.name;
  return (
    <span className="company-name">
      <span className="company-name__label">{messages.checkouts.company}</span>
      <span className="company-name__value">{name || messages.app.companyUnknown(companyId)}</span>
    </span>
  );
}
