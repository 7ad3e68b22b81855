// The PostgreSQL twin of ../../schema/secure-messages.ts, where what each table means is written.
import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { MAX_MESSAGE_LENGTH, messageSides } from '../../schema/secure-messages.js'
import { int, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

export const secureMessages = pgTable(
  'secure_messages',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    seq: int('seq').notNull(),
    side: text('side', { enum: messageSides }).notNull(),
    authorUserId: text('author_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    body: text('body').notNull(),
    sentAt: timeMs('sent_at').notNull(),
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

export const secureMessageReads = pgTable(
  'secure_message_reads',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    readUpTo: int('read_up_to').notNull(),
    readAt: timeMs('read_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.personId] }),
    check('secure_message_reads_up_to_positive', sql`${table.readUpTo} >= 0`),
  ],
)
