/**
 * Why a checkout has no preview. The UI maps each reason to a message in its own catalog; this
 * module only decides. Listed as data so the catalog can be checked for completeness.
 */
export const SNIPPET_REJECTION_REASONS = [
  /** No snippet at all (missing, empty or only whitespace). */
  'no-snippet',
  /** The snippet could not be read as Payson's embed markup (too long, parser failure, content inside the iframe). */
  'unparseable',
  /** Neither an `iframe` nor a `#paysonContainer[url]` in it. */
  'no-candidate',
  /** More than one place a URL could come from: we never guess which one is meant. */
  'several-candidates',
  /** The URL is not one of the allow-listed embed pages (scheme, host, port and path). */
  'not-allowed-host',
  /** The URL names a different checkout than the one on screen. */
  'id-mismatch',
  /** Not a plain absolute URL of the expected shape (bad characters, userinfo, fragment, srcdoc, query). */
  'bad-url',
] as const;

export type SnippetRejectionReason = (typeof SNIPPET_REJECTION_REASONS)[number];

export type PreviewUrlResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: SnippetRejectionReason };

export function rejected(reason: SnippetRejectionReason): PreviewUrlResult {
  return { ok: false, reason };
}
