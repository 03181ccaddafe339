import { resolve } from 'node:path';

/**
 * Payson's published list-page sample, copied into the repository so tests never read outside it
 * (see README.md beside it for where it came from). Tests only: nothing at run time reads it.
 */
export const SEED_SAMPLE_PATH = resolve(import.meta.dirname, 'payson-list-page.seed.json');
