// The PostgreSQL twin of ../../schema/decision-letters.ts, where what the table means is written.
import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { decisionLetterKinds } from '../../schema/decision-letters.js'
import { bytes, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

export const decisionLetters = pgTable(
  'decision_letters',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: decisionLetterKinds }).notNull(),
    subject: text('subject').notNull(),
    title: text('title').notNull(),
    rulesVersion: text('rules_version').notNull(),
    sha256: text('sha256').notNull(),
    pdf: bytes('pdf').notNull(),
    madeByUserId: text('made_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    madeAt: timeMs('made_at').notNull(),
  },
  (table) => [
    index('decision_letters_person_id').on(table.personId, table.madeAt),
    uniqueIndex('decision_letters_subject').on(table.subject),
    check('decision_letters_kind_known', sql`${table.kind} in (${oneOf(decisionLetterKinds)})`),
    check(
      'decision_letters_sha256_hex',
      sql`length(${table.sha256}) = 64 and lower(${table.sha256}) = ${table.sha256}`,
    ),
    check('decision_letters_pdf_not_empty', sql`length(${table.pdf}) > 0`),
    check('decision_letters_title_not_blank', sql`length(trim(${table.title})) > 0`),
  ],
)
