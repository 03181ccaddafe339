import type { Random } from '../random.ts';
import { organisationNumber, personalIdentityNumber } from './identity-numbers.ts';
import {
  BUSINESS_TRADES,
  EMAIL_DOMAINS,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  MOBILE_PREFIXES,
  asciiSlug,
} from './swedish-people.ts';
import { CITIES, STREETS } from './swedish-places.ts';

/** A Payson checkout's customer: a private person or, about one in seven, a business. */
export interface GeneratedCustomer {
  type: 'person' | 'business';
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  identityNumber: string;
  street: string;
  postalCode: string;
  city: string;
  countryCode: 'SE';
}

const BUSINESS_SHARE = 0.15;
/** Most customers live near the company; some travel or book for someone else. */
const LOCAL_SHARE = 0.7;

export function buildCustomer(random: Random, companyCity: string | undefined): GeneratedCustomer {
  const address = buildAddress(random, companyCity);
  const phone = `+46${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  if (random.chance(BUSINESS_SHARE)) {
    const name = businessName(random, address.city);
    const mailbox = random.pick(['info', 'ekonomi', 'kontakt', 'bokning']);
    return {
      type: 'business',
      // Payson puts a business's whole name in firstName and leaves lastName empty.
      firstName: name,
      lastName: '',
      email: `${mailbox}@${asciiSlug(name.replace(/ (AB|HB)$/, ''), '')}.se`,
      phone,
      identityNumber: organisationNumber(random),
      ...address,
      countryCode: 'SE',
    };
  }
  const firstName = random.pick(random.chance(0.55) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  return {
    type: 'person',
    firstName,
    lastName,
    email: personalEmail(random, firstName, lastName),
    phone,
    identityNumber: personalIdentityNumber(random),
    ...address,
    countryCode: 'SE',
  };
}

function buildAddress(random: Random, companyCity: string | undefined) {
  const local = CITIES.find((city) => city.name === companyCity);
  const city = local && random.chance(LOCAL_SHARE) ? local : random.pick(CITIES);
  const [firstArea, lastArea] = city.postalAreas;
  const houseLetter = random.chance(0.1) ? random.pick(['A', 'B', 'C']) : '';
  return {
    street: `${random.pick(STREETS)} ${random.int(1, 120)}${houseLetter}`,
    postalCode: `${random.int(firstArea, lastArea)}${String(random.int(10, 99))}`,
    city: city.name,
  };
}

function businessName(random: Random, city: string): string {
  const trade = random.pick(BUSINESS_TRADES);
  switch (random.int(0, 2)) {
    case 0:
      return `${random.pick(LAST_NAMES)} ${trade} AB`;
    case 1:
      return `${city} ${trade} AB`;
    default:
      return `${random.pick(LAST_NAMES)} & ${random.pick(LAST_NAMES)} ${trade} HB`;
  }
}

function personalEmail(random: Random, firstName: string, lastName: string): string {
  const first = asciiSlug(firstName);
  const last = asciiSlug(lastName);
  const local = random.pick([
    `${first}.${last}`,
    `${first}${last}${random.int(10, 99)}`,
    `${first.charAt(0)}${last}`,
    `${first}.${last}${random.int(1960, 2005)}`,
  ]);
  return `${local}@${random.pick(EMAIL_DOMAINS)}`;
}
