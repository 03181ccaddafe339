import { parseEmbedAllowList } from './embed-allow-list.ts';
import {
  extractEmbedCandidate,
  type EmbedCandidate,
  type ParsedDocument,
} from './embed-candidates.ts';
import { validateEmbedUrl } from './embed-url.ts';
import { parseHtmlInertly } from './parse-inertly.ts';
import { rejected, type PreviewUrlResult } from './preview-result.ts';

/**
 * The whole snippet rule (DESIGN.md, "The snippet preview"): parse inertly, take exactly one
 * candidate URL, accept it only for an allow-listed embed page whose id is the checkout's own, and
 * return a URL rebuilt from the checked parts for our own sandboxed iframe. Never throws.
 */

/** Payson's snippets are a few hundred characters; this bounds the work done on hostile input. */
export const MAX_SNIPPET_LENGTH = 20_000;

export interface SnippetPreviewOptions {
  readonly checkoutId: string;
  /** Embed page URLs from configuration, e.g. `https://www.payson.se/embedded/checkout`. */
  readonly allowList: readonly string[];
  /** Production uses parseHtmlInertly (DOMParser); tests inject a parser that fails or counts calls. */
  readonly parse?: (html: string) => ParsedDocument;
}

export function previewUrlFromSnippet(
  html: string | null | undefined,
  options: SnippetPreviewOptions,
): PreviewUrlResult {
  if (typeof html !== 'string' || html.trim() === '') return rejected('no-snippet');
  if (html.length > MAX_SNIPPET_LENGTH) return rejected('unparseable');

  let candidate: EmbedCandidate;
  try {
    candidate = extractEmbedCandidate((options.parse ?? parseHtmlInertly)(html));
  } catch {
    return rejected('unparseable');
  }
  if (!candidate.ok) return rejected(candidate.reason);

  return validateEmbedUrl(candidate.url, {
    checkoutId: options.checkoutId,
    allowList: parseEmbedAllowList(options.allowList),
  });
}
