import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Checkout } from '../../../contract/payson.ts';
import { configQueries } from '../../api/config.ts';
import { Button } from '../../components/ui/button.tsx';
import type { HeadingLevel } from '../../components/ui/heading.tsx';
import { Spinner } from '../../components/ui/spinner.tsx';
import { previewUrlFromSnippet } from '../../lib/snippet/preview-url-from-snippet.ts';
import { messages } from '../../lib/i18n/messages.ts';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { DetailSection } from './detail-section.tsx';

export interface CheckoutPreviewProps {
  checkout: Pick<Checkout, 'id' | 'snippet'>;
  level: HeadingLevel;
}

const text = messages.detail.preview;

/**
 * The checkout as Payson shows it. The snippet is upstream HTML and may be hostile: it is only
 * parsed inertly for one allow-listed URL (lib/snippet), and our own sandboxed iframe shows that
 * URL. Nothing of the snippet is ever inserted or run. The box keeps its size whatever it shows.
 */
export function CheckoutPreview({ checkout, level }: CheckoutPreviewProps) {
  const config = useQuery(configQueries.current());
  // The snippet is read with the browser's DOMParser: a server-rendered first screen shows the box
  // loading, and the browser fills it in once it has hydrated.
  const hydrated = useHydrated();
  const allowList = hydrated ? config.data?.embedUrls : undefined;
  const result = useMemo(
    () => (allowList ? previewUrlFromSnippet(checkout.snippet, { checkoutId: checkout.id, allowList }) : undefined),
    [checkout.snippet, checkout.id, allowList],
  );

  let content;
  if (result?.ok) {
    content = (
      <iframe
        className="preview__frame"
        src={result.url}
        title={text.frameTitle}
        sandbox="allow-scripts allow-same-origin"
        referrerPolicy="no-referrer"
        loading="lazy"
      />
    );
  } else if (result) {
    content = <p className="preview__message">{text.rejected[result.reason]}</p>;
  } else if (config.isError) {
    content = (
      <div className="preview__message">
        <p>{text.configError}</p>
        <Button onClick={() => void config.refetch()} pending={config.isFetching}>
          {messages.errors.tryAgain}
        </Button>
      </div>
    );
  } else {
    content = (
      <div className="preview__message">
        <Spinner label={text.loading} />
      </div>
    );
  }

  return (
    <DetailSection title={text.heading} level={level}>
      <p className="detail-section__note">{text.hint}</p>
      <div className={result?.ok ? 'preview' : 'preview preview--empty'}>{content}</div>
    </DetailSection>
  );
}
