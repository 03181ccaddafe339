import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveSessionSecret } from './session-secret.ts';

let dataDir: string;
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the session secret', () => {
  it('is generated into the data folder readable by its owner only, and reused on the next start', () => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'secret-test-')), 'data');
    const first = resolveSessionSecret({ required: false, dataDir });
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    expect(statSync(join(dataDir, 'session-secret')).mode & 0o777).toBe(0o600);
    expect(resolveSessionSecret({ required: false, dataDir })).toBe(first);
  });

  it('is required when configured as such (live mode, a shared database), and never generated then', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'secret-test-'));
    expect(() => resolveSessionSecret({ required: true, dataDir })).toThrow(/SESSION_SECRET must be set/);
    expect(resolveSessionSecret({ required: true, dataDir, configured: 'x'.repeat(32) })).toBe('x'.repeat(32));
  });
});
