import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { users } from '../schema.js'
import { roles } from '../vocabulary.js'

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

/*
 * The roles a member of staff holds besides their main one (issue 18, decision 047). `users.role` stays the main role
 * (it decides their start page); a row here gives one more, e.g. a practitioner who is also the council's
 * administrator. Only staff roles: a personal (citizen) account acts for people through proxies, never through a role.
 * Taking a role away removes its row; who gave and took it away is in the audit log.
 */
export const userRoles = sqliteTable(
  'user_roles',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    givenAt: integer('given_at', { mode: 'timestamp_ms' }).notNull(),
    givenByUserId: text('given_by_user_id').references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.role] }),
    index('user_roles_role').on(table.role),
    check('user_roles_staff_role', sql`${table.role} in (${oneOf(roles.filter((role) => role !== 'citizen'))})`),
  ],
)
