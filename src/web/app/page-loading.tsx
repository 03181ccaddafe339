import { Spinner } from '../components/ui/spinner.tsx';
import { messages } from '../lib/i18n/messages.ts';

/** Shown while the first page's code and data load. */
export function PageLoading() {
  return (
    <div className="page-loading">
      <Spinner label={messages.app.loading} />
    </div>
  );
}
