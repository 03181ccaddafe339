import { isSuperadmin } from '../../contract/roles.ts';

/**
 * "Someone signed in on this browser", so a cold load of a list may ask for its rows in parallel
 * with the session check instead of after it. Not a credential and not trusted for anything: the
 * session cookie (HttpOnly) decides, and the gateway refuses without it. The hint only names which
 * list the person may ask for (their company, or any for a superadmin), so a hinted load never
 * sends a request the gateway would refuse with a 403.
 *
 * Set when the session query answers with a user or a sign-in succeeds; removed on sign-out, when
 * the session query answers `{user: null}`, and on any 401. A session that expired on the server
 * with the hint still here costs one refused (401) list request on the next cold load, after which
 * the hint is gone: the price of not waiting for the session on every signed-in load.
 */

type HintStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SESSION_HINT_KEY = 'payson-admin:signed-in:v1';
/** The stored value for a superadmin, who may open every company. */
const ANY_COMPANY = '*';

/** The browser's localStorage, or undefined where it is unavailable or blocked. */
function localStore(): HintStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export interface HintUser {
  companyId: string;
  roles: readonly string[];
}

/** Records who is signed in (`null`: nobody). Storage that is full or blocked only loses the hint. */
export function recordSessionHint(user: HintUser | null, store: HintStore | undefined = localStore()): void {
  try {
    if (user) store?.setItem(SESSION_HINT_KEY, isSuperadmin(user.roles) ? ANY_COMPANY : user.companyId);
    else store?.removeItem(SESSION_HINT_KEY);
  } catch {
    // Without the hint, loads wait for the session first: slower, never wrong.
  }
}

export function clearSessionHint(store: HintStore | undefined = localStore()): void {
  recordSessionHint(null, store);
}

/** Whether the hint says the person signed in on this browser may open this company's list. */
export function sessionHintAllows(companyId: string, store: HintStore | undefined = localStore()): boolean {
  let value: string | null;
  try {
    value = store?.getItem(SESSION_HINT_KEY) ?? null;
  } catch {
    return false;
  }
  if (!value || !companyId) return false;
  return value === ANY_COMPANY || value === companyId;
}
