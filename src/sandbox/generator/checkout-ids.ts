import { createRandom, fmix32, formatGuid, mixSeed } from '../random.ts';

/**
 * Generated checkout ids are GUIDs that encode their company and index, so `GET /Checkouts/{id}` finds
 * a checkout in O(1) without a table. The index is scrambled by a keyed Feistel network (a bijection
 * on 32 bits) so neighbouring checkouts do not get neighbouring ids; the rest is derived noise, and a
 * decoded id is accepted only if it re-encodes to itself.
 */

const ROUNDS = 4;
const ID_SALT = 0x1d5;

function roundKey(seedHash: number, round: number): number {
  return mixSeed(seedHash, ID_SALT, round);
}

function roundFunction(half: number, key: number): number {
  return fmix32(half ^ key) & 0xffff;
}

function scramble(index: number, seedHash: number): number {
  let left = index >>> 16;
  let right = index & 0xffff;
  for (let round = 0; round < ROUNDS; round++) {
    [left, right] = [right, left ^ roundFunction(right, roundKey(seedHash, round))];
  }
  return ((left << 16) | right) >>> 0;
}

function unscramble(scrambled: number, seedHash: number): number {
  let left = scrambled >>> 16;
  let right = scrambled & 0xffff;
  for (let round = ROUNDS - 1; round >= 0; round--) {
    [left, right] = [right ^ roundFunction(left, roundKey(seedHash, round)), left];
  }
  return ((left << 16) | right) >>> 0;
}

function companyMask(seedHash: number, scrambled: number): number {
  return fmix32(seedHash ^ scrambled) & 0xffff;
}

export function encodeCheckoutId(seedHash: number, company: number, index: number): string {
  const scrambled = scramble(index, seedHash);
  const companyField = (company ^ companyMask(seedHash, scrambled)) & 0xffff;
  const noise = createRandom(mixSeed(seedHash, company, index, ID_SALT));
  const tail = [noise.uint32(), noise.uint32(), noise.uint32()]
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('')
    .slice(0, 20);
  const hex = scrambled.toString(16).padStart(8, '0') + companyField.toString(16).padStart(4, '0') + tail;
  return formatGuid(hex);
}

export interface DecodedCheckoutId {
  company: number;
  index: number;
}

export function decodeCheckoutId(seedHash: number, id: string): DecodedCheckoutId | undefined {
  const normalized = id.trim().toLowerCase();
  const hex = normalized.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  const scrambled = parseInt(hex.slice(0, 8), 16);
  const index = unscramble(scrambled, seedHash);
  const company = parseInt(hex.slice(8, 12), 16) ^ companyMask(seedHash, scrambled);
  if (encodeCheckoutId(seedHash, company, index) !== normalized) return undefined;
  return { company, index };
}
