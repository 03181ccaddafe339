import { resolve } from 'node:path';
import { expect, type APIResponse } from '@playwright/test';
import { ANSWER_MARGIN_MS, UPSTREAM_TIMEOUT_MS, type Fault } from './sandbox-control.ts';

/**
 * The fault matrix: each upstream call is made to fail in each of these ways, and the gateway must
 * answer a clean JSON error with the right code, in time, and work again once the fault clears.
 */

export type FaultKind = '401' | '403' | '404' | '429' | '500' | 'timeout' | 'drop';

/**
 * Each fault hits the next two matching calls, so the gateway's one retry of a read meets it too;
 * `timeout` hangs the call until the gateway gives up, and the upstream never acts on it.
 */
export const FAULT_KINDS: Record<FaultKind, Omit<Fault, 'upstream'>> = {
  '401': { status: 401, times: 2 },
  '403': { status: 403, times: 2 },
  '404': { status: 404, times: 2 },
  '429': { status: 429, times: 2 },
  '500': { status: 500, times: 2 },
  timeout: { timeout: true, times: 2 },
  drop: { drop: true, times: 2 },
};

export interface ExpectedError {
  status: number;
  code: string;
}

/** Timeouts and dropped connections mean the same for every upstream. */
export const TRANSPORT: Record<'timeout' | 'drop', ExpectedError> = {
  timeout: { status: 504, code: 'upstream_timeout' },
  drop: { status: 502, code: 'upstream_unavailable' },
};
export const UPSTREAM_FAILED: ExpectedError = { status: 502, code: 'upstream_error' };

/** Signs of a leaked stack trace or internals in anything the browser can read. */
const INTERNALS = /\bat \S+ \(|\.[cm]?[jt]sx?:\d+|node:internal|node_modules|src\/(gateway|sandbox)|TypeError|ReferenceError|UpstreamError|stack/i;

/** Where the repository is on this machine: a file path in an answer would name it. */
const REPOSITORY_PATH = resolve(import.meta.dirname, '..');

/** Runs `call`, and reports how long the answer took. */
export async function timed<T>(call: () => Promise<T>): Promise<{ answer: T; ms: number }> {
  const started = Date.now();
  const answer = await call();
  return { answer, ms: Date.now() - started };
}

/** A clean error: the expected status and code, exactly `{"error":{"code","message"}}`, no internals, in time. */
export async function expectCleanError(timedAnswer: { answer: APIResponse; ms: number }, expected: ExpectedError): Promise<void> {
  const { answer: response, ms } = timedAnswer;
  const text = await response.text();
  expect(response.status(), text).toBe(expected.status);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect(response.headers()['cache-control']).toBe('no-store');
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  // code and message always; what lets the SPA say it in the person's language when it applies.
  expect(Object.keys(body.error).filter((key) => !['reason', 'upstream', 'upstreamMessage'].includes(key)).sort()).toEqual(['code', 'message']);
  expect(body.error.code).toBe(expected.code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(text).not.toMatch(INTERNALS);
  expect(text).not.toContain(REPOSITORY_PATH);
  expect(ms, 'the gateway answered within its upstream timeout and a margin').toBeLessThan(UPSTREAM_TIMEOUT_MS + ANSWER_MARGIN_MS);
}

/** The gateway retries a read once after a 5xx or a dropped connection; never after a 4xx or a timeout. */
export const READ_TRIES: Record<FaultKind, number> = { '401': 1, '403': 1, '404': 1, '429': 1, '500': 2, timeout: 1, drop: 2 };
