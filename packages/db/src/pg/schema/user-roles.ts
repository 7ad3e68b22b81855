import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { roles } from '../../vocabulary.js'
import { oneOf, timeMs } from '../columns.js'
import { users } from '../schema.js'

// The PostgreSQL twin of ../../schema/user-roles.ts, which says what the table means (decision 047).

export const userRoles = pgTable(
  'user_roles',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    givenAt: timeMs('given_at').notNull(),
    givenByUserId: text('given_by_user_id').references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.role] }),
    index('user_roles_role').on(table.role),
    check('user_roles_staff_role', sql`${table.role} in (${oneOf(roles.filter((role) => role !== 'citizen'))})`),
  ],
)
