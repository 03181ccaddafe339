import { messages } from '../lib/i18n/messages.ts';
import { RouteError } from './route-error.tsx';

/** An error before the signed-in layout could render (e.g. the gateway is down): a page of its own. */
export function RootError() {
  return (
    <div className="standalone-page">
      <p className="standalone-page__brand">{messages.app.name}</p>
      <main className="standalone-page__main" id="main">
        <RouteError />
      </main>
    </div>
  );
}
