import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core'
import { workEvents, workKinds, workPriorities } from '../../vocabulary.js'
import { int, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

// The PostgreSQL twin of ../../schema/work.ts, where what each table means is written.

export const teams = pgTable(
  'teams',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: timeMs('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('teams_name').on(table.name),
    check('teams_name_not_blank', sql`length(trim(${table.name})) > 0`),
  ],
)

export const teamKinds = pgTable(
  'team_kinds',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: workKinds }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.kind] }),
    index('team_kinds_kind').on(table.kind),
    check('team_kinds_kind_known', sql`${table.kind} in (${oneOf(workKinds)})`),
  ],
)

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    manager: boolean('manager').notNull(),
    addedByUserId: text('added_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    addedAt: timeMs('added_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.userId] }), index('team_members_user_id').on(table.userId)],
)

export const workItems = pgTable(
  'work_items',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: workKinds }).notNull(),
    teamId: text('team_id').references(() => teams.id, { onDelete: 'restrict' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'restrict' }),
    subject: text('subject').notNull(),
    arrivedAt: timeMs('arrived_at').notNull(),
  },
  (table) => [
    uniqueIndex('work_items_subject').on(table.subject),
    index('work_items_team_id_arrived_at').on(table.teamId, table.arrivedAt),
    index('work_items_person_id').on(table.personId),
    check('work_items_kind_known', sql`${table.kind} in (${oneOf(workKinds)})`),
    check('work_items_subject_not_blank', sql`length(trim(${table.subject})) > 0`),
  ],
)

export const workItemEvents = pgTable(
  'work_item_events',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => workItems.id, { onDelete: 'restrict' }),
    seq: int('seq').notNull(),
    event: text('event', { enum: workEvents }).notNull(),
    toUserId: text('to_user_id').references(() => users.id, { onDelete: 'restrict' }),
    byUserId: text('by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    priority: text('priority', { enum: workPriorities }),
    reason: text('reason'),
    at: timeMs('at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.itemId, table.seq] }),
    index('work_item_events_to_user_id').on(table.toUserId),
    check('work_item_events_event_known', sql`${table.event} in (${oneOf(workEvents)})`),
    check('work_item_events_seq_positive', sql`${table.seq} >= 1`),
    check(
      'work_item_events_priority_known',
      sql`${table.priority} is null or ${table.priority} in (${oneOf(workPriorities)})`,
    ),
    check(
      'work_item_events_shape',
      sql`(${table.event} = 'allocated' and ${table.toUserId} is not null and ${table.priority} is not null and ${table.reason} is not null and length(trim(${table.reason})) > 0) or (${table.event} = 'taken' and ${table.toUserId} is not null and ${table.toUserId} = ${table.byUserId}) or (${table.event} = 'closed' and ${table.toUserId} is null)`,
    ),
  ],
)
