import { createRandom, hashString, mixSeed, pickAt, randomGuid } from '../random.ts';
import type { SandboxCompany } from '../source.ts';
import { organisationNumber, withDash } from './identity-numbers.ts';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, asciiSlug } from './swedish-people.ts';
import { CITIES } from './swedish-places.ts';
import { TRADES, type Trade } from './trades.ts';

/** A generated company: what BokaMera and Payson know of it, plus what it sells. */
export interface GeneratedCompany {
  company: SandboxCompany;
  trade: Trade;
  /** The company's path on BokaMera's booking site, e.g. `salong-klippoteket`. */
  sitePath: string;
}

const COMPANY_SALT = 0xc0;

export function generateCompanies(seed: string, count: number): GeneratedCompany[] {
  return Array.from({ length: count }, (_, index) => generateCompany(seed, index));
}

/** Company `index` depends on the seed and its index only, so adding companies never changes the first ones. */
function generateCompany(seed: string, index: number): GeneratedCompany {
  const random = createRandom(mixSeed(hashString(seed), COMPANY_SALT, index));
  const trade = pickAt(TRADES, index % TRADES.length);
  const city = random.pick(CITIES).name;
  const baseName = random.pick(trade.companyNames);
  // Beyond one company per trade, the city tells namesakes apart.
  const name = index < TRADES.length ? baseName : `${baseName} ${city}`;
  const sitePath = asciiSlug(name, '-');
  const domain = `${asciiSlug(name, '')}.se`;
  const firstName = random.pick(random.chance(0.6) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const receiverEmail = `${asciiSlug(firstName)}@${domain}`;
  const company: SandboxCompany = {
    index,
    id: randomGuid(random),
    name,
    city,
    organisationNumber: withDash(organisationNumber(random)),
    receiver: { email: receiverEmail, firstName, lastName },
    payson: {
      agentId: String(40_000 + index * 1000 + random.int(0, 999)),
      apiKey: randomGuid(random),
      merchantId: 6000 + index * 100 + random.int(0, 99),
      accountEmail: receiverEmail,
    },
  };
  return { company, trade, sitePath };
}
