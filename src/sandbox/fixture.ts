import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { asciiSlug, FEMALE_FIRST_NAMES, LAST_NAMES } from './generator/swedish-people.ts';
import { MINIMUM_COMPANIES } from './options.ts';
import { createRandom, hashString, mixSeed, randomGuid } from './random.ts';
import { statusKeyOf, type CheckoutLocation, type CheckoutSource, type RawCheckout, type SandboxCompany } from './source.ts';

/**
 * SANDBOX_FIXTURE: companies and their checkouts from a file. The checkouts are upstream data and are
 * served exactly as written, in file order (Payson lists newest first), even when they break the
 * schema; only the envelope has to be right.
 */

const fixtureFileSchema = z.object({
  companies: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      name: z.string(),
      checkouts: z.array(z.unknown()),
    }),
  ),
});
type FixtureCompany = z.infer<typeof fixtureFileSchema>['companies'][number];

const FIXTURE_SALT = 0xf1;

export async function loadFixtureSource(path: string, seed: string): Promise<FixtureSource> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`SANDBOX_FIXTURE ${path} is not readable JSON: ${String(error)}`, { cause: error });
  }
  const parsed = fixtureFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`SANDBOX_FIXTURE ${path} must be {"companies":[{"id","name","checkouts":[…]}]}: ${z.prettifyError(parsed.error)}`);
  }
  return new FixtureSource(parsed.data.companies, seed);
}

export class FixtureSource implements CheckoutSource {
  readonly companies: readonly SandboxCompany[];
  private readonly checkouts: readonly (readonly RawCheckout[])[];
  private readonly statusKeys: readonly (readonly string[])[];
  private readonly locations = new Map<string, CheckoutLocation>();

  constructor(fixtureCompanies: readonly FixtureCompany[], seed: string) {
    const seedHash = hashString(seed);
    const padded = [...fixtureCompanies];
    // Every sandbox account needs a company to administer.
    while (padded.length < MINIMUM_COMPANIES) padded.push(emptyCompany(seedHash, padded.length));
    this.companies = padded.map((company, index) => describeCompany(seedHash, company, index));
    this.checkouts = padded.map((company) => company.checkouts);
    this.statusKeys = this.checkouts.map((checkouts) => checkouts.map(statusKeyOf));
    this.checkouts.forEach((checkouts, company) =>
      checkouts.forEach((checkout, index) => {
        const id = idOf(checkout);
        if (id !== undefined && !this.locations.has(id)) this.locations.set(id, { company, index });
      }),
    );
  }

  checkoutCount(company: number): number {
    return this.checkouts[company]?.length ?? 0;
  }

  statusKeyAt(company: number, index: number): string {
    return this.statusKeys[company]?.[index] ?? '';
  }

  checkoutAt(company: number, index: number): RawCheckout {
    return this.checkouts[company]?.[index];
  }

  locate(id: string): CheckoutLocation | undefined {
    return this.locations.get(id.trim().toLowerCase());
  }
}

function idOf(checkout: RawCheckout): string | undefined {
  if (typeof checkout !== 'object' || checkout === null) return undefined;
  const id: unknown = (checkout as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id.toLowerCase() : undefined;
}

function emptyCompany(seedHash: number, index: number): FixtureCompany {
  const random = createRandom(mixSeed(seedHash, FIXTURE_SALT, index, 1));
  return { id: randomGuid(random), name: 'Företaget utan checkouts AB', checkouts: [] };
}

/** A fixture names only id and name; the Payson credentials and receiver are made up, deterministically. */
function describeCompany(seedHash: number, company: FixtureCompany, index: number): SandboxCompany {
  const random = createRandom(mixSeed(seedHash, FIXTURE_SALT, index));
  const receiverEmail = `kassa@${asciiSlug(company.name, '') || 'foretaget'}.se`;
  return {
    index,
    id: company.id,
    name: company.name,
    city: undefined,
    organisationNumber: undefined,
    receiver: { email: receiverEmail, firstName: random.pick(FEMALE_FIRST_NAMES), lastName: random.pick(LAST_NAMES) },
    payson: {
      agentId: String(70_000 + index * 1000 + random.int(0, 999)),
      apiKey: randomGuid(random),
      merchantId: 8000 + index,
      accountEmail: receiverEmail,
    },
  };
}
