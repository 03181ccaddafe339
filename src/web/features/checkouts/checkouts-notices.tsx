import { Alert } from '../../components/ui/alert.tsx';
import type { CheckoutsSearchProblem } from '../../lib/checkouts-search.ts';
import { messages } from '../../lib/i18n/messages.ts';

export interface CheckoutsNoticesProps {
  problems: CheckoutsSearchProblem[];
}

function noticeText(problem: CheckoutsSearchProblem): string {
  switch (problem.kind) {
    case 'unknownStatus':
      return messages.checkouts.unknownStatus(problem.raw);
    case 'invalidPage':
      return messages.checkouts.invalidPage;
    case 'invalidValue':
      return messages.search.invalidValue(messages.search.params[problem.param], problem.raw);
  }
}

/** Says what was wrong with the address and what is shown instead. */
export function CheckoutsNotices({ problems }: CheckoutsNoticesProps) {
  if (problems.length === 0) return null;
  return (
    <div className="notices">
      {problems.map((problem, index) => (
        <Alert key={`${problem.kind}-${index}`} tone="warning">
          {noticeText(problem)}
        </Alert>
      ))}
    </div>
  );
}
