import { sql } from 'drizzle-orm'
import { check, customType, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { oneOf } from '../columns.js'
import { personSearchKinds } from '../../schema/person-search.js'
import { people } from '../schema.js'

// The PostgreSQL twin of ../../schema/person-search.ts, which says what this table means.

// Compared byte by byte ("C"), whatever the database's own collation, so that a key's beginning (`like 'smi%'`) is one
// range of the primary key's index: under a language's collation PostgreSQL cannot use the index for it.
const bytewiseText = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' })

export const personSearchKeys = pgTable(
  'person_search_keys',
  {
    kind: text('kind', { enum: personSearchKinds }).notNull(),
    key: bytewiseText('key').notNull(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.key, table.personId] }),
    index('person_search_keys_person_id').on(table.personId),
    check('person_search_keys_kind_known', sql`${table.kind} in (${oneOf(personSearchKinds)})`),
  ],
)
