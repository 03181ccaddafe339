import { Hono } from 'hono';
import { signInRequestSchema } from '../../contract/gateway-api.ts';
import { ApiError } from '../api-error.ts';
import { auditActor, recordAct } from '../audit/record.ts';
import type { GatewayDeps, GatewayEnv } from '../gateway-env.ts';
import { readSessionCookie, setSessionCookie } from '../session/cookie.ts';
import { currentSession, endSession, liveSession } from '../session/require-session.ts';
import { signIn, type SignedInUser } from '../session/sign-in.ts';
import { revokeUpstream } from '../session/sign-out.ts';
import { readJsonBody } from './request-input.ts';

/** Sign in (POST), who am I (GET), sign out (DELETE). */
export function sessionRoutes(deps: GatewayDeps) {
  const app = new Hono<GatewayEnv>();

  app.post('/session', async (c) => {
    const request = await readJsonBody(c, signInRequestSchema);
    let signedIn: SignedInUser;
    try {
      signedIn = await signIn(deps, request, c.get('clientAddress'));
    } catch (error) {
      // Refused by us (wrong password, throttled, not an administrator); an upstream outage is not a refusal.
      if (error instanceof ApiError && error.status < 500) {
        await recordAct(c, deps, { email: request.email }, { action: 'sign_in_refused', outcome: 'refused', detail: error.code });
      }
      throw error;
    }
    const { failedSignInsSinceLast, ...user } = signedIn;
    // A fresh id on every sign-in: an id planted before sign-in never becomes an authenticated one.
    const previousId = readSessionCookie(c, { secure: deps.config.secureCookies });
    if (previousId) await deps.sessions.deleteById(previousId);
    const { id, session } = await deps.sessions.create(user);
    c.set('session', session);
    await recordAct(c, deps, auditActor(session.user), { action: 'signed_in', outcome: 'success', companyId: session.user.companyId });
    setSessionCookie(c, id, {
      secure: deps.config.secureCookies,
      maxAgeSeconds: deps.config.sessionAbsoluteHours * 3600,
    });
    return c.json({ user: session.user, failedSignInsSinceLast });
  });

  // "Who is signed in?" answered with nobody is not an error: 200 with a null user, so a signed-out
  // visit does not show up as a failed request in the browser.
  app.get('/session', async (c) => {
    const session = await liveSession(c, deps);
    return c.json({ user: session?.user ?? null });
  });

  app.delete('/session', async (c) => {
    const session = await currentSession(c, deps);
    if (session) {
      c.set('session', session);
      await endSession(c, deps, session);
      await recordAct(c, deps, auditActor(session.user), { action: 'signed_out', outcome: 'success', companyId: session.user.companyId });
      await revokeUpstream(deps.identity, session.tokens);
    }
    return c.body(null, 204);
  });

  return app;
}
