import { Link } from 'react-router';
import { Heading, type HeadingLevel } from '../../components/ui/heading.tsx';
import { CopyButton } from '../../components/ui/copy-button.tsx';
import { Icon } from '../../components/ui/icons.tsx';
import { shortId } from '../../lib/checkout-fields.ts';
import type { FocusReturnState } from '../../lib/focus-return.ts';
import { messages } from '../../lib/i18n/messages.ts';

export interface CheckoutDetailHeaderProps {
  checkoutId: string;
  titleId: string;
  level: HeadingLevel;
  /** The list, on the status and page it showed. */
  closeHref: string;
  /** Where focus returns in the list. */
  closeState: FocusReturnState;
  split: boolean;
}

/** Known from the address alone, so it shows while the checkout loads and when it fails. */
export function CheckoutDetailHeader({ checkoutId, titleId, level, closeHref, closeState, split }: CheckoutDetailHeaderProps) {
  return (
    <header className="checkout-panel__header">
      <div className="checkout-panel__heading">
        {/* Focused when the checkout opens (use-focus-on-navigation), so its name is announced. */}
        <Heading level={level} id={titleId} className="checkout-panel__title" tabIndex={-1} data-navigation-focus="">
          {messages.detail.title(shortId(checkoutId))}
        </Heading>
        <span className="checkout-panel__id">
          <span className="mono">{checkoutId}</span>
          <CopyButton
            value={checkoutId}
            label={messages.detail.copyId}
            copiedMessage={messages.detail.copied}
            failedMessage={messages.detail.copyFailed}
          />
        </span>
      </div>
      <Link
        to={closeHref}
        state={closeState}
        preventScrollReset={split}
        className="button button--ghost button--small checkout-panel__close"
        title={messages.detail.closeHint}
        aria-keyshortcuts="Escape"
      >
        <Icon name="close" />
        {messages.detail.close}
      </Link>
    </header>
  );
}
