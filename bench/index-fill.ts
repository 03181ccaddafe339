import { sql } from 'drizzle-orm';
import type { Database } from '../src/gateway/db/database.ts';
import { INDEX_STATEMENTS } from '../src/gateway/db/migrations/006-checkout-search.ts';
import { foldForSearch } from '../src/gateway/checkout-index/search-text.ts';

/**
 * Fills `checkout_index` with generated checkouts in SQL (`insert … select from generate_series`),
 * as the indexer would have left them: names with Swedish letters, e-mails, references, amounts,
 * statuses in a realistic spread, created over the last three years. Migration 006's indexes are
 * dropped during the load and built afterwards, as a bulk load is done; the state rows say both
 * companies' first passes are done.
 */

const FIRST_NAMES = [
  'Anna', 'Åsa', 'Erik', 'Lisa', 'Lars', 'Karin', 'Björn', 'Maria', 'Johan', 'Eva', 'Per', 'Ingrid',
  'Mikael', 'Sofia', 'Anders', 'Elin', 'Jörgen', 'Linnéa', 'Oskar', 'Maja', 'Nils', 'Ebba', 'Gustav', 'Sara',
  'Måns', 'Hanna', 'Olof', 'Frida', 'Sven', 'Emma', 'Göran', 'Ida', 'Ulf', 'Klara', 'Henrik', 'Agnes',
  'Pär', 'Astrid', 'Tomas', 'Selma',
];
const LAST_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson',
  'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg',
  'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg',
  'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson',
  'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson',
  'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson', 'Nordström', 'Mårtensson', 'Lundström', 'Viklund',
  'Björklund', 'Eliasson', 'Pålsson', 'Berggren', 'Sandström', 'Lund', 'Nordin', 'Ström', 'Åberg', 'Hermansson',
  'Ekström', 'Falk', 'Holmgren', 'Dahlberg', 'Hellström', 'Hedlund', 'Sundberg', 'Sjögren', 'Ek', 'Blom',
  'Abrahamsson', 'Martinsson', 'Öberg', 'Andreasson', 'Strömberg', 'Månsson', 'Åkesson', 'Hansen', 'Norberg',
  'Lindholm', 'Dahl', 'Jonasson', 'Östlund', 'Ahmed', 'Ali', 'Mohammed',
];
/** Out of 100: most checkouts end shipped or paid out; some wait, expire or are cancelled. */
const STATUS_SPREAD: ReadonlyArray<[string, number]> = [
  ['shipped', 38],
  ['paidToAccount', 20],
  ['readyToShip', 9],
  ['expired', 10],
  ['canceled', 8],
  ['created', 6],
  ['readyToPay', 3],
  ['formsFilled', 2],
  ['processingPayment', 1],
  ['denied', 3],
];

const DAY_MS = 86_400_000;
const YEARS_MS = 3 * 365 * DAY_MS;

function textArray(values: readonly string[]): string {
  return `array[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}]`;
}

/** Drops migration 006's indexes (a bulk load builds them once at the end, not row by row). */
export async function dropSearchIndexes(database: Database): Promise<void> {
  for (const statement of INDEX_STATEMENTS) {
    const name = /create index (\w+)/.exec(statement)?.[1];
    if (name) await database.db.execute(sql.raw(`drop index if exists ${name}`));
  }
}

export async function buildSearchIndexes(database: Database): Promise<void> {
  for (const statement of INDEX_STATEMENTS) await database.db.execute(sql.raw(statement));
  await database.db.execute(sql.raw('vacuum analyze checkout_index'));
}

/** Inserts `count` checkouts of one company, in slices so PGlite's memory stays bounded. */
export async function fillCompany(database: Database, companyId: string, count: number, now: number, slice = 50_000): Promise<void> {
  const statuses = STATUS_SPREAD.flatMap(([status, weight]) => Array.from({ length: weight }, () => status));
  const firstFolded = FIRST_NAMES.map(foldForSearch);
  const lastFolded = LAST_NAMES.map(foldForSearch);
  for (let start = 1; start <= count; start += slice) {
    const end = Math.min(count, start + slice - 1);
    // `h` mixes the row number so neighbouring rows differ in name, status, amount and time.
    await database.db.execute(
      sql.raw(`
      insert into checkout_index (company_id, checkout_id, status, customer_first_name, customer_last_name,
        customer_email, customer_type, amount, currency, merchant_reference, purchase_id, item_count, history,
        created_at, last_change_at, ready_to_ship_at, expires_at, search_text, indexed_at)
      select company_id, checkout_id, status, first_name, last_name, email, customer_type, amount, 'SEK', reference,
        purchase_id, item_count, jsonb_build_object('created', to_char(to_timestamp(created_at / 1000.0), 'YYYY-MM-DD"T"HH24:MI:SS')),
        created_at, created_at + (h % 5) * ${DAY_MS}, case when status = 'readyToShip' then created_at + 300000 end, null,
        lower(first_folded || ' ' || last_folded || ' ' || email || ' ' || reference || ' ' || coalesce(purchase_id, '') || ' ' || checkout_id),
        ${now}
      from (
        select *, lower(first_folded || '.' || last_folded || (h % 1000)::text || '@example.se') as email
        from (
          select '${companyId}' as company_id,
            md5('${companyId}' || g)::uuid::text as checkout_id,
            h,
            (${textArray(statuses)})[1 + h % ${statuses.length}] as status,
            (${textArray(FIRST_NAMES)})[1 + (h / 7) % ${FIRST_NAMES.length}] as first_name,
            (${textArray(firstFolded)})[1 + (h / 7) % ${FIRST_NAMES.length}] as first_folded,
            (${textArray(LAST_NAMES)})[1 + (h / 311) % ${LAST_NAMES.length}] as last_name,
            (${textArray(lastFolded)})[1 + (h / 311) % ${LAST_NAMES.length}] as last_folded,
            case when h % 20 = 0 then 'business' else 'person' end as customer_type,
            round(((h % 400000) / 100.0 + 50)::numeric, 2)::double precision as amount,
            'BK-' || (100000 + g)::text as reference,
            case when h % 10 = 0 then null else (2000000 + g)::text end as purchase_id,
            1 + h % 4 as item_count,
            ${now} - ((h::bigint * 7919) % ${YEARS_MS}) as created_at
          from (select g, abs(hashint4(g + ${hashSeed(companyId)})) as h from generate_series(${start}, ${end}) as g) as numbered
        ) as generated
      ) as rows`),
    );
  }
  await database.db.execute(sql`
    insert into checkout_index_state (company_id, phase, indexed_count, expected_count, first_pass_done_at, refreshed_at)
    values (${companyId}, 'ready', ${count}, ${count}, ${now}, ${now})
    on conflict (company_id) do update set phase = 'ready', indexed_count = excluded.indexed_count,
      expected_count = excluded.expected_count, first_pass_done_at = excluded.first_pass_done_at, refreshed_at = excluded.refreshed_at`);
}

function hashSeed(companyId: string): number {
  let seed = 0;
  for (const character of companyId) seed = (seed * 31 + character.charCodeAt(0)) % 1_000_000;
  return seed;
}
