import { eq, gt, notExists, and, sql, type SQL } from 'drizzle-orm'
import { nameDistance, ok, type Result } from '@open-sds/kernel'
import { normalisePostcode } from '@open-sds/statutory-returns'
import {
  parsePersonSearch,
  personKeys,
  REFERENCE_LENGTH,
  type KeyLookup,
  type PersonSearchInput,
  type PersonSearchQuery,
} from '../person-search-query.js'
import { selectRows, type Db, type Store, type Tables } from '../store.js'

/** Enough to tell people apart in a list of results, and no more (issue 18). */
export type PersonFound = {
  id: string
  displayName: string
  dateOfBirth: string | null
  /** The first part of the postcode ("NM1"), or null when none is recorded. */
  postcodeArea: string | null
}

/** At most `SEARCH_SHOWS` people, nearest first; `more` when others matched too (refine the search). */
export type PersonSearchResult = { people: PersonFound[]; more: boolean; fields: string[] }

export const SEARCH_SHOWS = 20
// How many loose matches (by sound as well as spelling) are ranked by how near they are to what was typed.
const LOOSE_CANDIDATES = 200

// Keys are letters, digits and spaces, all below "~": every key beginning with `key` lies in [key, key + "~").
function keyCondition(lookup: KeyLookup): SQL {
  return lookup.prefix
    ? sql`(kind = ${lookup.kind} and key >= ${lookup.key} and key < ${`${lookup.key}~`})`
    : sql`(kind = ${lookup.kind} and key = ${lookup.key})`
}

async function matching(
  store: Store,
  groups: KeyLookup[][],
  query: PersonSearchQuery,
  limit: number,
): Promise<PersonFound[]> {
  // Each group is one range or two of the key index; INTERSECT keeps the people found by every group.
  const sets = groups.map(
    (group) => sql`select person_id from person_search_keys where ${sql.join(group.map(keyCondition), sql` or `)}`,
  )
  const conditions: SQL[] = []
  if (sets.length > 0) conditions.push(sql`p.id in (${sql.join(sets, sql` intersect `)})`)
  if (query.dateOfBirth !== undefined) conditions.push(sql`p.date_of_birth = ${query.dateOfBirth}`)
  const rows = await selectRows<{
    id: string
    displayName: string
    dateOfBirth: string | null
    postcode: string | null
  }>(
    store,
    sql`select p.id as "id", p.display_name as "displayName", p.date_of_birth as "dateOfBirth", d.postcode as "postcode"
        from people p left join person_return_details d on d.person_id = p.id
        where ${sql.join(conditions, sql` and `)}
        order by p.display_name, p.id limit ${limit}`,
  )
  return rows
    .filter((row) => query.reference === undefined || row.id.toLowerCase().startsWith(query.reference))
    .map(({ postcode, ...row }) => ({
      ...row,
      postcodeArea: postcode ? (normalisePostcode(postcode)?.split(' ')[0] ?? null) : null,
    }))
}

/**
 * Finds people by what staff typed: first by exact spelling (a name word's beginning), then, when that finds no more
 * than a page, by sound as well; ranked by how near each name is to what was typed.
 */
export async function searchPeople(
  store: Store,
  input: PersonSearchInput,
  today: string,
): Promise<Result<PersonSearchResult>> {
  const parsed = parsePersonSearch(input, today)
  if (!parsed.ok) return parsed
  const query = parsed.value
  const found = await matching(store, query.strict, query, SEARCH_SHOWS + 1)
  const nameGiven = query.name !== undefined
  const candidates =
    found.length > SEARCH_SHOWS || !nameGiven ? found : await matching(store, query.loose, query, LOOSE_CANDIDATES)
  const distance = (person: PersonFound) =>
    query.name === undefined ? 0 : nameDistance(query.name, person.displayName)
  const ranked = candidates
    .map((person) => ({ person, distance: distance(person) }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ person }) => person)
  return ok({ people: ranked.slice(0, SEARCH_SHOWS), more: ranked.length > SEARCH_SHOWS, fields: query.fields })
}

// The columns a person's keys are made from.
const keySources = (t: Tables) => ({
  id: t.people.id,
  displayName: t.people.displayName,
  nhsNumber: t.personReturnDetails.nhsNumber,
  postcode: t.personReturnDetails.postcode,
})

type KeySource = { id: string; displayName: string; nhsNumber: string | null; postcode: string | null }

// Rows per INSERT: three parameters each, well inside both engines' limits on parameters in one statement.
const INSERT_ROWS = 1_000

async function insertKeys(db: Db, t: Tables, people: KeySource[]): Promise<void> {
  const rows = people.flatMap((person) => personKeys(person).map((key) => ({ ...key, personId: person.id })))
  for (let from = 0; from < rows.length; from += INSERT_ROWS)
    await db
      .insert(t.personSearchKeys)
      .values(rows.slice(from, from + INSERT_ROWS))
      .onConflictDoNothing()
}

/**
 * Replaces a person's search keys with those of their details now. Call it in the transaction that changed the
 * details, so the keys never disagree with them.
 */
export async function writePersonSearchKeys(db: Db, t: Tables, personId: string): Promise<void> {
  const people = await db
    .select(keySources(t))
    .from(t.people)
    .leftJoin(t.personReturnDetails, eq(t.personReturnDetails.personId, t.people.id))
    .where(eq(t.people.id, personId))
  await db.delete(t.personSearchKeys).where(eq(t.personSearchKeys.personId, personId))
  await insertKeys(db, t, people)
}

const FILL_BATCH = 2_000

/**
 * Gives search keys to every person who has none (every person has a `ref` key once they have any): the people
 * recorded before search came, or written straight into the tables. Run at start-up; returns how many it filled.
 */
export async function fillPersonSearchKeys(store: Store): Promise<number> {
  const { t } = store
  // Every person given keys has exactly one `ref` key: when the counts agree there is nothing to fill, and two
  // counts over indexes are cheap at every start-up where walking a million people is not.
  const [counts] = await selectRows<{ people: number | string; refs: number | string }>(
    store,
    sql`select (select count(*) from people) as "people",
               (select count(*) from person_search_keys where kind = 'ref') as "refs"`,
  )
  if (counts && Number(counts.people) === Number(counts.refs)) return 0
  let filled = 0
  // Walks the people in id order from where the last batch ended (asking each time for "the first people without
  // keys" would read past every person already given keys), and writes a batch's keys in a few statements, not a
  // few per person: at a million people, minutes rather than most of an hour.
  let after = ''
  for (;;) {
    const batch = await store.db
      .select(keySources(t))
      .from(t.people)
      .leftJoin(t.personReturnDetails, eq(t.personReturnDetails.personId, t.people.id))
      .where(
        and(
          gt(t.people.id, after),
          notExists(
            store.db
              .select({ one: sql`1` })
              .from(t.personSearchKeys)
              .where(
                and(
                  eq(t.personSearchKeys.kind, 'ref'),
                  // The whole key, so both engines look it up in the primary key's index: with the kind alone,
                  // SQLite read every reference key for each person (20,000 people took 50 seconds).
                  eq(t.personSearchKeys.key, sql`lower(substr(${t.people.id}, 1, ${REFERENCE_LENGTH}))`),
                  eq(t.personSearchKeys.personId, t.people.id),
                ),
              ),
          ),
        ),
      )
      .orderBy(t.people.id)
      .limit(FILL_BATCH)
    const last = batch.at(-1)
    if (!last) return filled
    // A person with no `ref` key has no keys at all (they are written together), so there is nothing to delete.
    await store.transaction(async (tx) => insertKeys(tx.db, tx.t, batch))
    filled += batch.length
    after = last.id
  }
}
