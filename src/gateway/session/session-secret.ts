import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SECRET_FILE = 'session-secret';

/**
 * The secret that seals session tokens. Configured (SESSION_SECRET) it is used as is. Live mode and
 * a shared database require it: every gateway must open what another sealed, and a key generated
 * next to live data would be lost with the machine. Otherwise (the embedded sandbox default) one is
 * generated into the data folder, readable by the owner only, and reused on the next start so a
 * restart signs nobody out.
 */
export function resolveSessionSecret(options: { configured?: string; required: boolean; dataDir: string }): string {
  if (options.configured) return options.configured;
  if (options.required) {
    throw new Error(
      'Invalid gateway configuration: SESSION_SECRET must be set (at least 32 characters) in live mode and when DATABASE_URL is shared by several gateways',
    );
  }
  const file = join(options.dataDir, SECRET_FILE);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  chmodSync(file, 0o600); // an older copy restored with wider permissions is narrowed again
  return readFileSync(file, 'utf8').trim();
}
