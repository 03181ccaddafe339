import type { GatewayConfig } from './config.ts';
import type { Db } from './db/database.ts';
import type { SignInThrottle } from './security/sign-in-throttle.ts';
import type { Session, SessionStore } from './session/store.ts';
import type { BokameraClient } from './upstream/bokamera-client.ts';
import type { IdentityClient } from './upstream/identity-client.ts';
import type { CheckoutIndexing } from './checkout-index/checkout-indexing.ts';
import type { PaysonClient } from './upstream/payson-client.ts';

/** What the routes share: configuration, state and the upstream clients. */
export interface GatewayDeps {
  config: GatewayConfig;
  /** The dashboard's own database (sessions and the audit trail); opened and closed by start-up. */
  db: Db;
  sessions: SessionStore;
  signInThrottle: SignInThrottle;
  identity: IdentityClient;
  bokamera: BokameraClient;
  payson: PaysonClient;
  /** The background indexing of checkouts; absent when INDEX=off (then the list is Payson's own). */
  index?: CheckoutIndexing;
}

/** Per-request values, read by the request log and the error handler. */
export interface GatewayEnv {
  Variables: {
    session: Session | undefined;
    /** Who sent the request, as far as the trusted proxies say (security/client-address.ts). */
    clientAddress: string;
    /** A random id of this request, in the log line, the audit trail and the X-Request-Id header. */
    requestId: string;
    /** The error code of a failed request, and for an unexpected error its name and message (never a stack). */
    errorCode: string | undefined;
    errorDetail: string | undefined;
  };
}
