import { sql } from 'drizzle-orm'
import { blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

/** The written decisions a person is sent (issue 15): their eligibility and budget, and their charge. */
export const decisionLetterKinds = ['eligibility-and-budget', 'charge'] as const
export type DecisionLetterKind = (typeof decisionLetterKinds)[number]

/*
 * Decision letters (issue 15, decision 052): the PDF made when the decision was made, kept byte for byte with its
 * SHA-256, so what the person downloads later is what they were sent, whatever the rules, the brand or the PDF library
 * become. `subject` is the decision the letter is about (`eligibility-decision:<id>`, `financial-assessment:<id>`),
 * one letter each. Never changed or removed (triggers refuse it).
 */
export const decisionLetters = sqliteTable(
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
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
    madeByUserId: text('made_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    madeAt: integer('made_at', { mode: 'timestamp_ms' }).notNull(),
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
