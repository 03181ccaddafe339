/** The snippet preview's public API: what the detail screen and the browser tests use. */
export { previewUrlFromSnippet, MAX_SNIPPET_LENGTH } from './preview-url-from-snippet.ts';
export type { SnippetPreviewOptions } from './preview-url-from-snippet.ts';
export { SNIPPET_REJECTION_REASONS } from './preview-result.ts';
export type { PreviewUrlResult, SnippetRejectionReason } from './preview-result.ts';
export { parseEmbedAllowList } from './embed-allow-list.ts';
export type { EmbedPage } from './embed-allow-list.ts';
export { validateEmbedUrl } from './embed-url.ts';
export { extractEmbedCandidate } from './embed-candidates.ts';
export type { ParsedDocument, ParsedElement } from './embed-candidates.ts';
export { parseHtmlInertly, TRUSTED_TYPES_POLICY_NAME } from './parse-inertly.ts';
