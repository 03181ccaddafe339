import { messages } from '../../lib/i18n/messages.ts';

export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      {messages.app.skipToMain}
    </a>
  );
}
