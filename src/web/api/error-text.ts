import type { ApiErrorBody } from '../../contract/gateway-api.ts';
import { messages } from '../lib/i18n/messages.ts';
import { messageForStatus } from './api-error.ts';

type ErrorDetail = ApiErrorBody['error'];

function hasKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

/**
 * What to tell the person about a gateway error, in their language: an upstream's own words as
 * theirs ("BokaMera says: …"); else the reason or code translated; else, for a code this SPA does
 * not know yet, the gateway's English message rather than nothing.
 */
export function errorText(status: number, error: ErrorDetail): string {
  const text = messages.errors;
  const service = error.upstream !== undefined && hasKey(text.services, error.upstream) ? text.services[error.upstream] : undefined;
  if (error.upstreamMessage && service && error.message.trim()) return text.upstreamSays(service, error.message.trim());
  if (error.reason !== undefined && hasKey(text.reasons, error.reason)) return text.reasons[error.reason];
  if (hasKey(text.codes, error.code)) {
    const entry = text.codes[error.code];
    if (typeof entry !== 'function') return entry;
    if (service) return entry(service);
  }
  return error.message || messageForStatus(status);
}
