import { eq, gt, notExists, and, sql, type SQL } from 'drizzle-orm'
import { nameDistance, ok, type Result } from '@open-sds/kernel'
import { normalisePostcode } from '@open-sds/statutory-returns'
import {
  parsePersonSearch,
  personKeys,
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

/**
 * Replaces a person's search keys with those of their details now. Call it in the transaction that changed the
 * details, so the keys never disagree with them.
 */
export async function writePersonSearchKeys(db: Db, t: Tables, personId: string): Promise<void> {
  const [person] = await db
    .select({
      id: t.people.id,
      displayName: t.people.displayName,
      nhsNumber: t.personReturnDetails.nhsNumber,
      postcode: t.personReturnDetails.postcode,
    })
    .from(t.people)
    .leftJoin(t.personReturnDetails, eq(t.personReturnDetails.personId, t.people.id))
    .where(eq(t.people.id, personId))
  await db.delete(t.personSearchKeys).where(eq(t.personSearchKeys.personId, personId))
  if (!person) return
  await db
    .insert(t.personSearchKeys)
    .values(personKeys(person).map((key) => ({ ...key, personId })))
    .onConflictDoNothing()
}

const FILL_BATCH = 500

/**
 * Gives search keys to every person who has none (every person has a `ref` key once they have any): the people
 * recorded before search came, or written straight into the tables. Run at start-up; returns how many it filled.
 */
export async function fillPersonSearchKeys(store: Store): Promise<number> {
  const { people, personSearchKeys } = store.t
  let filled = 0
  // Walks the people in id order from where the last batch ended: asking each time for "the first people without
  // keys" would read past every person already given keys, which at a million people is minutes per batch.
  let after = ''
  for (;;) {
    const batch = await store.db
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          gt(people.id, after),
          notExists(
            store.db
              .select({ one: sql`1` })
              .from(personSearchKeys)
              .where(and(eq(personSearchKeys.personId, people.id), eq(personSearchKeys.kind, 'ref'))),
          ),
        ),
      )
      .orderBy(people.id)
      .limit(FILL_BATCH)
    const last = batch.at(-1)
    if (!last) return filled
    await store.transaction(async ({ db, t }) => {
      for (const { id } of batch) await writePersonSearchKeys(db, t, id)
    })
    filled += batch.length
    after = last.id
  }
}
