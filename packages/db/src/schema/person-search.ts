/*
 * The keys staff find a person by (issue 18, decision 031), kept with the person: written in the same transaction as
 * the name (`people`) and the NHS number and postcode (`person_return_details`) they come from.
 *
 * - `person_search_keys`: one row per key. `kind` says what the key is: `word` (a name word as `nameWords` in
 *   @open-sds/kernel gives it, found exactly or by its beginning), `sound` (its Soundex key, `soundKey`), `nhs`
 *   (ten digits), `postcode` ("NM1 2AB", found exactly or by its beginning), `outward` ("NM1") and `ref` (the
 *   first eight characters of the person's id, the reference staff read out). Every person has a `ref` key, so a
 *   person without one has no keys yet and is given them at start-up (`fillPersonSearchKeys`).
 */
import { sql } from 'drizzle-orm'
import { check, index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { people } from '../schema.js'

export const personSearchKinds = ['word', 'sound', 'nhs', 'postcode', 'outward', 'ref'] as const

export const personSearchKeys = sqliteTable(
  'person_search_keys',
  {
    kind: text('kind', { enum: personSearchKinds }).notNull(),
    key: text('key').notNull(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (table) => [
    // Finds the people with a key (or a key's beginning) in one range of the index.
    primaryKey({ columns: [table.kind, table.key, table.personId] }),
    // Finds a person's own keys, to replace them when their details change.
    index('person_search_keys_person_id').on(table.personId),
    check(
      'person_search_keys_kind_known',
      sql`${table.kind} in (${sql.raw(personSearchKinds.map((kind) => `'${kind}'`).join(', '))})`,
    ),
  ],
)
