import type * as z from 'zod/mini';
import { apiErrorBodySchema } from '../../contract/gateway-api.ts';
import { messages } from '../lib/i18n/messages.ts';
import { ApiError, messageForStatus } from './api-error.ts';
import { errorText } from './error-text.ts';

/**
 * The only caller of fetch. Same-origin `/api` only; parses every success with its contract schema
 * and turns every failure into an ApiError. It never toasts or redirects: that policy lives in
 * app/query-client.ts and at call sites.
 */
export interface HttpOptions<S extends z.ZodMiniType | undefined> {
  schema: S;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A list repeats the parameter (`status=a&status=b`). */
  query?: Record<string, string | number | readonly string[] | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * How a request reaches the gateway: the browser's fetch, or, when the server renders a first
 * screen, one that hands it to the gateway in-process with the visitor's cookie (entry-server.tsx),
 * so the same rules (session, company access, audit) answer it.
 */
type Transport = (path: string, init: RequestInit) => Promise<Response>;
let transport: Transport = (path, init) => fetch(path, init);

export function setHttpTransport(next: Transport): void {
  transport = next;
}

export async function http<S extends z.ZodMiniType | undefined>(
  path: string,
  options: HttpOptions<S>,
): Promise<S extends z.ZodMiniType ? z.output<S> : undefined> {
  const { schema, method = 'GET', query, body, signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  if (!path.startsWith('/api/')) throw new Error(`http() only calls the gateway's /api: ${path}`);

  const timeout = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await transport(withQuery(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    // The caller cancelled (TanStack Query does when nobody needs the answer): let it pass as is.
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new ApiError(0, 'timeout', messages.errors.timeout, { cause: error });
    throw new ApiError(0, 'network', messages.errors.network, { cause: error });
  }

  if (!response.ok) throw await errorFrom(response);
  if (schema === undefined || response.status === 204) {
    return undefined as S extends z.ZodMiniType ? z.output<S> : undefined;
  }

  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new ApiError(response.status, 'contract', messages.errors.contract, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, 'contract', messages.errors.contract, { cause: parsed.error });
  }
  return parsed.data as S extends z.ZodMiniType ? z.output<S> : undefined;
}

function withQuery(path: string, query: HttpOptions<undefined>['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'object') for (const item of value) params.append(key, item);
    else if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function errorFrom(response: Response): Promise<ApiError> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  const body = apiErrorBodySchema.safeParse(json);
  if (body.success) {
    return new ApiError(response.status, body.data.error.code, errorText(response.status, body.data.error), {
      reason: body.data.error.reason,
    });
  }
  return new ApiError(response.status, `http_${response.status}`, messageForStatus(response.status));
}
