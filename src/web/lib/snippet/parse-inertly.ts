import type { ParsedDocument } from './embed-candidates.ts';

/**
 * Parses snippet HTML into a document that is never attached to the page: DOMParser documents have
 * scripting disabled, so no script runs, no `onerror`/`onload` handler fires and nothing is fetched.
 * (Assigning to `innerHTML` of even a detached element is NOT inert: it fires `<img onerror>`.)
 *
 * With a Trusted Types CSP (`require-trusted-types-for 'script'`) parseFromString refuses plain
 * strings. The snippet is only ever read here, never inserted, so a pass-through policy is sound; it
 * stays private to this module. Allow it in the CSP with `trusted-types payson-snippet-inert`.
 */
export const TRUSTED_TYPES_POLICY_NAME = 'payson-snippet-inert';

interface HtmlPolicy {
  createHTML(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): HtmlPolicy;
}

let policy: HtmlPolicy | null | undefined;

function inertHtmlPolicy(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory ? factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, { createHTML: (s) => s }) : null;
  } catch {
    // The CSP does not allow our policy name: fall back to a plain string (which may then throw).
    policy = null;
  }
  return policy;
}

/** Throws where there is no DOMParser (outside a browser); the caller turns that into a reason. */
export function parseHtmlInertly(html: string): ParsedDocument {
  const input = inertHtmlPolicy()?.createHTML(html) ?? html;
  // The DOM typings do not know TrustedHTML yet; at run time parseFromString accepts it.
  return new DOMParser().parseFromString(input as string, 'text/html');
}
