import { isLoopbackAddress, isLoopbackHost } from './loopback.ts';

/**
 * Who may use the control routes: scripts and tests on this machine, never a web page elsewhere.
 * A page on another site can send "simple" cross-site requests (text/plain or form POSTs, no
 * preflight) to a loopback port, and a rebinding page can make its own name point at 127.0.0.1; so
 * the client must be on loopback, the Host a loopback name, any Origin our own, and a POST's body JSON
 * (which a browser sends cross-site only after a preflight the sandbox never grants).
 */

export interface ControlRefusal {
  status: 403 | 415;
  message: string;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

export function controlRefusal(request: Request, remoteAddress: string | undefined): ControlRefusal | undefined {
  if (!isLoopbackAddress(remoteAddress)) {
    return { status: 403, message: 'The sandbox control answers only clients on this machine (loopback).' };
  }
  if (!isLoopbackHost(hostnameOf(request.headers.get('host') ?? new URL(request.url).host))) {
    return { status: 403, message: 'The sandbox control answers only requests addressed to a loopback name.' };
  }
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== new URL(request.url).origin) {
    return { status: 403, message: 'The sandbox control refuses requests from another origin.' };
  }
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
    return { status: 403, message: 'The sandbox control refuses requests from another site.' };
  }
  if (WITH_BODY.has(request.method) && !isJson(request.headers.get('content-type'))) {
    return { status: 415, message: 'The sandbox control takes a JSON body (Content-Type: application/json).' };
  }
  return undefined;
}

function hostnameOf(host: string): string | undefined {
  return URL.canParse(`http://${host}`) ? new URL(`http://${host}`).hostname : undefined;
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
