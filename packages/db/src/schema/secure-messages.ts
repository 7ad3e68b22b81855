import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

/** Which side of a thread wrote a message: the person (or whoever acts for them), or the council's staff. */
export const messageSides = ['person', 'staff'] as const
export type MessageSide = (typeof messageSides)[number]

/** The longest message stored, in characters: a letter's worth, and the form says so before it is sent. */
export const MAX_MESSAGE_LENGTH = 5000

/*
 * Secure messages (issue 15): one thread per person, between them (or whoever acts for them) and the staff who work
 * with them.
 *
 * - `secure_messages`: numbered per person (`seq`), never changed or removed (triggers refuse it), so what was said
 *   stays as it was said. No notice carries the words: the outbox only says there is a new message.
 * - `secure_message_reads`: how far each account has read each thread, to show staff the threads with messages they
 *   have not read. Moved forward when a thread is opened, in the transaction of that read's audit entry.
 */
export const secureMessages = sqliteTable(
  'secure_messages',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    seq: integer('seq').notNull(),
    side: text('side', { enum: messageSides }).notNull(),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    body: text('body').notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('secure_messages_person_id_seq').on(table.personId, table.seq),
    index('secure_messages_author_user_id').on(table.authorUserId),
    check('secure_messages_seq_positive', sql`${table.seq} >= 1`),
    check('secure_messages_side_known', sql`${table.side} in (${oneOf(messageSides)})`),
    check(
      'secure_messages_body_length',
      sql`length(trim(${table.body})) > 0 and length(${table.body}) <= ${sql.raw(String(MAX_MESSAGE_LENGTH))}`,
    ),
  ],
)

export const secureMessageReads = sqliteTable(
  'secure_message_reads',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    readUpTo: integer('read_up_to').notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.personId] }),
    check('secure_message_reads_up_to_positive', sql`${table.readUpTo} >= 0`),
  ],
)
