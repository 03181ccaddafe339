import { Link } from 'react-router';
import { messages } from '../lib/i18n/messages.ts';

export interface AccessDeniedProps {
  /** Where the person's own company's checkouts are. */
  homeHref: string;
}

export function AccessDenied({ homeHref }: AccessDeniedProps) {
  return (
    <section className="page-message" aria-labelledby="access-denied-title">
      <h1 id="access-denied-title" className="page-message__title" tabIndex={-1}>
        {messages.access.deniedTitle}
      </h1>
      <p className="page-message__text">{messages.access.deniedBody}</p>
      <p>
        <Link to={homeHref} className="button button--primary button--medium">
          {messages.access.backToOwn}
        </Link>
      </p>
    </section>
  );
}
