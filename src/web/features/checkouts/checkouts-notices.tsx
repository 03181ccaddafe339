import { Alert } from '../../components/ui/alert.tsx';
import type { CheckoutsSearchProblem } from '../../lib/checkouts-search.ts';
import { messages } from '../../lib/i18n/messages.ts';

export interface CheckoutsNoticesProps {
  problems: CheckoutsSearchProblem[];
}

/** Says what was wrong with the address and what is shown instead. */
export function CheckoutsNotices({ problems }: CheckoutsNoticesProps) {
  if (problems.length === 0) return null;
  return (
    <div className="notices">
      {problems.map((problem) => (
        <Alert key={problem.kind} tone="warning">
          {problem.kind === 'unknownStatus'
            ? messages.checkouts.unknownStatus(problem.raw)
            : messages.checkouts.invalidPage}
        </Alert>
      ))}
    </div>
  );
}
