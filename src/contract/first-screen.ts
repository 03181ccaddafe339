/**
 * Between the gateway and the SPA's server entry (src/web/entry-server.tsx, built into
 * dist/server/): the gateway hands it a page request and a way to call its own /api in-process;
 * the entry renders the first screen with the browser's routes, loaders and components, or says
 * why not, and the gateway then serves the client-rendered index.html as before.
 */

/** Hands one /api request to the gateway in-process, as the visitor (their cookie, address). */
export type ApiTransport = (path: string, init: RequestInit) => Promise<Response>;

export interface FirstScreenRequest {
  /** The page's absolute URL, as the browser asked for it. */
  url: string;
  cookie: string | undefined;
  acceptLanguage: string | undefined;
  /** The server's clock (epoch ms), shared by the render and the state the browser hydrates with. */
  now: number;
}

export type FirstScreenResult =
  | {
      rendered: true;
      /** The language the screen is in: `<html lang>`. */
      language: string;
      /** The markup of the app, for inside `<div id="root">`. */
      appHtml: string;
      /** Elements React hoists to the head (the page's `<title>`), as HTML. */
      headHtml: string;
      /** The browser's hydration state (app/first-screen-state.ts), already safe inside `<script>`. */
      stateJson: string;
      /** Source modules (as in Vite's manifest) the screen runs: preloaded, so hydration waits on nothing. */
      modules: string[];
    }
  | { rendered: false; reason: string };

export interface FirstScreenRenderer {
  /** Called once: how every render's /api requests are sent (the gateway picks the request's own). */
  setTransport(transport: ApiTransport): void;
  render(request: FirstScreenRequest): Promise<FirstScreenResult>;
}

/** The pages whose first screen the server renders: a company's list, and a checkout beside it. */
export const FIRST_SCREEN_PATH = /^\/companies\/[^/]+\/checkouts(?:\/[^/]+)?\/?$/;

/** The `<script type="application/json">` element that carries the hydration state: data, never run. */
export const FIRST_SCREEN_STATE_ID = 'first-screen-state';

/**
 * JSON safe inside a `<script>` element: `<` is written as `\u003c`, so no `</script>` or `<!--`
 * in upstream data (a customer's name) can end the element early; `>` and `&` and the two line
 * separators likewise, so the text is the same JSON however an HTML parser reads it.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
