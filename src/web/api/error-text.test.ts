import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../lib/i18n/messages.ts';
import { errorText } from './error-text.ts';

afterEach(async () => {
  await setLanguage('en');
});

describe('errorText', () => {
  it('says a gateway code in the person’s language, not the gateway’s English', async () => {
    const error = { code: 'invalid_credentials', message: 'The email or password is incorrect.' };
    expect(errorText(401, error)).toBe('The email or password is incorrect.');
    await setLanguage('sv');
    expect(errorText(401, error)).toBe('Fel e-postadress eller lösenord.');
  });

  it('prefers the finer reason, and names the upstream a failure concerns', async () => {
    await setLanguage('sv');
    expect(errorText(403, { code: 'forbidden', message: 'x', reason: 'write_role' })).toBe(
      'Det krävs administratörsrollen för att skicka en betalningsförfrågan.',
    );
    expect(errorText(504, { code: 'upstream_timeout', message: 'Payson did not answer in time.', upstream: 'payson' })).toBe(
      'Payson svarade inte i tid. Försök igen om en stund.',
    );
  });

  it('shows an upstream’s own words as they came, marked as theirs', async () => {
    const error = { code: 'conflict', message: 'Checkout is not in status ReadyToShip', upstream: 'bokamera', upstreamMessage: true };
    expect(errorText(409, error)).toBe('BokaMera says: “Checkout is not in status ReadyToShip”');
    await setLanguage('sv');
    expect(errorText(409, error)).toBe('BokaMera svarar: ”Checkout is not in status ReadyToShip”');
  });

  it('falls back to the gateway’s message for a code this SPA does not know yet', () => {
    expect(errorText(418, { code: 'teapot', message: 'I am a teapot.' })).toBe('I am a teapot.');
  });
});
