import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ActivityEntry } from '../../../contract/gateway-api.ts';
import { ALL_COMPANIES } from '../../../contract/checkout-search.ts';
import { sameId } from '../../../contract/roles.ts';
import { companyQueries } from '../../api/companies.ts';
import { createDataTableColumnHelper } from '../../components/data-table/data-table-features.ts';
import { shortId } from '../../lib/checkout-fields.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { paths } from '../../lib/paths.ts';
import { DateTimeCell } from '../checkouts/date-time-cell.tsx';

const helper = createDataTableColumnHelper<ActivityEntry>();
const text = messages.activity;
const names = text.columns;
const missing = <span className="muted">{messages.format.missing}</span>;

function actionText(entry: ActivityEntry): string {
  const action = text.actions[entry.action] ?? text.unknownAction(entry.action);
  if (entry.outcome === 'refused' && entry.action !== 'sign_in_refused') return `${action} · ${text.outcomes.refused(entry.detail)}`;
  if (entry.outcome === 'unknown') return `${action} · ${text.outcomes.unknown}`;
  return action;
}

/** The company's name when the person's company list has it, else its id. */
function CompanyCell({ companyId }: { companyId: string | null }) {
  const companies = useQuery(companyQueries.list()).data?.companies;
  if (!companyId) return missing;
  // An export of All companies is recorded against `all`, which is no company of the list.
  const name =
    companyId === ALL_COMPANIES
      ? messages.queue.allCompanies
      : companies?.find((company) => sameId(company.id, companyId))?.name;
  return (
    <span className="cell-truncate" title={companyId}>
      {name ?? companyId}
    </span>
  );
}

/** The Activity table's columns: one server page of the audit trail, newest first. */
export const activityColumns = helper.columns([
  helper.accessor('at', {
    id: 'time',
    header: names.time,
    enableHiding: false,
    meta: { label: names.time, skeleton: 'short' },
    cell: ({ getValue }) => <DateTimeCell value={getValue()} />,
  }),
  helper.accessor((entry) => entry.who.email, {
    id: 'who',
    header: names.who,
    enableHiding: false,
    meta: { label: names.who, rowHeader: true, skeleton: 'long' },
    cell: ({ row }) => {
      const { name, email } = row.original.who;
      return (
        <span className="cell-truncate" title={email}>
          {name ? `${name} (${email})` : email}
        </span>
      );
    },
  }),
  helper.accessor('action', {
    id: 'action',
    header: names.action,
    enableHiding: false,
    meta: { label: names.action, skeleton: 'medium' },
    cell: ({ row }) => actionText(row.original),
  }),
  helper.accessor('companyId', {
    id: 'company',
    header: names.company,
    meta: { label: names.company, skeleton: 'medium' },
    cell: ({ getValue }) => <CompanyCell companyId={getValue()} />,
  }),
  helper.accessor('checkoutId', {
    id: 'checkout',
    header: names.checkout,
    meta: { label: names.checkout, skeleton: 'short' },
    cell: ({ row }) => {
      const { checkoutId, companyId } = row.original;
      if (!checkoutId || !companyId) return missing;
      return (
        <Link to={paths.checkout(companyId, checkoutId)} title={checkoutId} className="checkout-id__link">
          {shortId(checkoutId)}
        </Link>
      );
    },
  }),
]);
