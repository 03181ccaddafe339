import { Link } from 'react-router';
import { messages } from '../lib/i18n/messages.ts';
import { paths } from '../lib/paths.ts';

export function NotFound() {
  return (
    <section className="page-message">
      <title>{messages.app.pageTitle(messages.app.notFoundTitle)}</title>
      <h1 className="page-message__title" tabIndex={-1}>
        {messages.app.notFoundTitle}
      </h1>
      <p className="page-message__text">{messages.app.notFoundBody}</p>
      <p>
        <Link to={paths.home()}>{messages.app.backToCheckouts}</Link>
      </p>
    </section>
  );
}
