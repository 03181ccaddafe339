import { STATUS_CODES } from 'node:http';
import type { SandboxCompany } from './source.ts';

/**
 * How the simulated BokaMera talks to the simulated Payson: real Requests with the company's Basic
 * credentials, handed to Payson's handler in-process, so they pass its auth, rules, faults and log.
 */

export type PaysonFetch = (request: Request) => Promise<Response>;

export type PaysonAnswer =
  | { ok: true; checkout: Record<string, unknown> }
  | { ok: false; status: number; message: string };

export class PaysonClient {
  constructor(
    private readonly paysonFetch: PaysonFetch,
    /** Payson's API base on the sandbox origin, e.g. http://127.0.0.1:PORT/payson/2.0 */
    private readonly paysonBase: string,
  ) {}

  getCheckout(company: SandboxCompany, id: string): Promise<PaysonAnswer> {
    return this.call(company, 'GET', id);
  }

  /** Payson's update: the full resource goes back with the changed status. */
  putCheckout(company: SandboxCompany, id: string, checkout: Record<string, unknown>): Promise<PaysonAnswer> {
    return this.call(company, 'PUT', id, checkout);
  }

  private async call(company: SandboxCompany, method: string, id: string, body?: unknown): Promise<PaysonAnswer> {
    const credentials = Buffer.from(`${company.payson.agentId}:${company.payson.apiKey}`).toString('base64');
    const headers = new Headers({ authorization: `Basic ${credentials}`, accept: 'application/json' });
    if (body !== undefined) headers.set('content-type', 'application/json');
    const url = `${this.paysonBase}/Checkouts/${encodeURIComponent(id)}`;
    const request = new Request(url, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    let response: Response;
    try {
      response = await this.paysonFetch(request);
    } catch {
      return { ok: false, status: 0, message: 'An error occurred while sending the request to Payson.' };
    }
    if (!response.ok) {
      return { ok: false, status: response.status, message: `Payson answered ${response.status} ${STATUS_CODES[response.status] ?? ''}`.trim() };
    }
    const checkout: unknown = await response.json().catch(() => undefined);
    if (typeof checkout !== 'object' || checkout === null || Array.isArray(checkout)) {
      return { ok: false, status: response.status, message: 'Payson answered with an unreadable checkout.' };
    }
    return { ok: true, checkout: checkout as Record<string, unknown> };
  }
}
