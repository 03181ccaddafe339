import { describe, expect, it } from 'vitest';
import { parseEmbedAllowList } from './embed-allow-list.ts';
import { validateEmbedUrl } from './embed-url.ts';
import { CHECKOUT_ID, DEFAULT_ALLOW_LIST, OTHER_CHECKOUT_ID } from './testing/snippet-corpus.ts';

const expected = { checkoutId: CHECKOUT_ID, allowList: parseEmbedAllowList(DEFAULT_ALLOW_LIST) };
const GOOD = `https://www.payson.se/embedded/checkout?id=${CHECKOUT_ID}`;

describe('validateEmbedUrl', () => {
  it('accepts an allow-listed page with the checkout’s own id', () => {
    expect(validateEmbedUrl(GOOD, expected)).toEqual({ ok: true, url: GOOD });
  });

  it('returns a URL rebuilt from the allow-list entry, not the input', () => {
    const result = validateEmbedUrl(
      `HTTPS://Test-WWW.Payson.SE.:443/embedded/checkout?id=${CHECKOUT_ID}`,
      expected,
    );
    expect(result).toEqual({
      ok: true,
      url: `https://test-www.payson.se/embedded/checkout?id=${CHECKOUT_ID}`,
    });
  });

  it('checks the host before the id, so another site is reported as such', () => {
    expect(validateEmbedUrl('https://evil.example/embedded/checkout', expected)).toEqual({
      ok: false,
      reason: 'not-allowed-host',
    });
  });

  it('reports an id of another checkout as a mismatch', () => {
    expect(
      validateEmbedUrl(`https://www.payson.se/embedded/checkout?id=${OTHER_CHECKOUT_ID}`, expected),
    ).toEqual({ ok: false, reason: 'id-mismatch' });
  });

  it('never matches when the checkout’s own id is not a GUID', () => {
    expect(validateEmbedUrl(GOOD, { ...expected, checkoutId: 'not-a-guid' })).toEqual({
      ok: false,
      reason: 'id-mismatch',
    });
  });

  it('allows nothing with an empty allow-list', () => {
    expect(validateEmbedUrl(GOOD, { ...expected, allowList: [] })).toEqual({
      ok: false,
      reason: 'not-allowed-host',
    });
  });

  it('takes http only from an entry that says http', () => {
    const legacy = `http://embedded.payson.se/checkout?id=${CHECKOUT_ID}`;
    expect(validateEmbedUrl(legacy, expected)).toEqual({ ok: false, reason: 'not-allowed-host' });
    expect(
      validateEmbedUrl(legacy, {
        ...expected,
        allowList: parseEmbedAllowList(['http://embedded.payson.se/checkout']),
      }),
    ).toEqual({ ok: true, url: legacy });
    // …and an http entry does not open the https page of the same host, nor the other way round.
    expect(
      validateEmbedUrl(`https://embedded.payson.se/checkout?id=${CHECKOUT_ID}`, {
        ...expected,
        allowList: parseEmbedAllowList(['http://embedded.payson.se/checkout']),
      }),
    ).toEqual({ ok: false, reason: 'not-allowed-host' });
  });

  it('matches the port of a sandbox entry exactly', () => {
    const sandbox = { ...expected, allowList: parseEmbedAllowList(['http://127.0.0.1:54321/embedded/checkout']) };
    expect(validateEmbedUrl(`http://127.0.0.1:54321/embedded/checkout?id=${CHECKOUT_ID}`, sandbox).ok).toBe(true);
    expect(validateEmbedUrl(`http://127.0.0.1:54322/embedded/checkout?id=${CHECKOUT_ID}`, sandbox)).toEqual({
      ok: false,
      reason: 'not-allowed-host',
    });
    expect(validateEmbedUrl(`http://127.0.0.1/embedded/checkout?id=${CHECKOUT_ID}`, sandbox)).toEqual({
      ok: false,
      reason: 'not-allowed-host',
    });
  });

  it.each([
    ['a bare `?`', `https://www.payson.se/embedded/checkout?`],
    ['a trailing `&`', `${GOOD}&`],
    ['no path before the query', `https://www.payson.se?id=${CHECKOUT_ID}`],
    ['an empty fragment', `${GOOD}#`],
  ])('rejects %s', (_name, url) => {
    expect(validateEmbedUrl(url, expected)).toMatchObject({ ok: false });
  });
});
