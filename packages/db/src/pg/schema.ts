import { sql } from 'drizzle-orm'
import { boolean, check, index, json, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { relationships, roles } from '../vocabulary.js'
import { int, timeMs } from './columns.js'

// The PostgreSQL twin of ../schema.ts (decision 020): the same tables, columns, keys, indexes and constraint names,
// held as ./columns.ts says. test/schema-parity.test.ts fails when the two disagree, so a table added to one and not
// the other cannot land. What each table means is written once, in ../schema.ts and ../schema/*.ts; only what differs
// in PostgreSQL is said here.

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    createdAt: timeMs('created_at').notNull(),
    disabledAt: timeMs('disabled_at'),
  },
  (table) => [
    check('users_role_known', sql`${table.role} in (${oneOf(roles)})`),
    check('users_email_normalised', sql`${table.email} = lower(trim(${table.email})) and length(${table.email}) > 0`),
  ],
)

export const people = pgTable('people', {
  id: text('id').primaryKey(),
  displayName: text('display_name').notNull(),
  dateOfBirth: text('date_of_birth'),
  createdAt: timeMs('created_at').notNull(),
})

export const personAccess = pgTable(
  'person_access',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    relationship: text('relationship', { enum: relationships }).notNull(),
    createdAt: timeMs('created_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.personId] }),
    index('person_access_person_id').on(table.personId),
    uniqueIndex('person_access_one_self_per_person')
      .on(table.personId)
      .where(sql`${table.relationship} = 'self'`),
    check('person_access_relationship_known', sql`${table.relationship} in (${oneOf(relationships)})`),
  ],
)

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timeMs('created_at').notNull(),
    expiresAt: timeMs('expires_at').notNull(),
    lastSeenAt: timeMs('last_seen_at').notNull(),
    data: json('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    index('sessions_user_id').on(table.userId),
    index('sessions_expires_at').on(table.expiresAt),
    check('sessions_id_is_sha256_hex', sql`${table.id} ~ '^[0-9a-f]{64}$'`),
  ],
)

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: int('id').primaryKey().generatedByDefaultAsIdentity(),
    key: text('key').notNull(),
    at: timeMs('at').notNull(),
    succeeded: boolean('succeeded').notNull(),
  },
  (table) => [index('login_attempts_key_at').on(table.key, table.at), index('login_attempts_at').on(table.at)],
)

export const auditLog = pgTable(
  'audit_log',
  {
    id: int('id').primaryKey().generatedByDefaultAsIdentity(),
    at: timeMs('at').notNull(),
    actorUserId: text('actor_user_id'),
    action: text('action').notNull(),
    personId: text('person_id'),
    resource: text('resource').notNull(),
    detail: json('detail').$type<Record<string, unknown>>(),
  },
  (table) => [index('audit_log_person_id_at').on(table.personId, table.at), index('audit_log_at').on(table.at)],
)

export * from './schema/statutory-returns.js'
