import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'
import { workEvents, workKinds, workPriorities } from '../vocabulary.js'

// Teams and their work (issue 18: nothing lands nowhere).
//
// - `teams`: a team of the council's staff, by name. `team_kinds` says which kinds of work it handles.
// - `team_members`: the staff in a team, one or more of them its managers. Membership is changed by adding and
//   removing rows, each audited; the audit log keeps who was in a team when.
// - `work_items`: one for everything that arrives (a self-assessment sent, a safeguarding concern, a financial
//   assessment sent, a plan sent for agreement), stored in the same transaction as the thing itself, in the queue of
//   the team that handles its kind. `team_id` is null only when no team handles that kind yet: the item is still
//   stored and listed for an administrator, never lost. `subject` names the thing (`assessment:<id>`); one item each.
// - `work_item_events`: what happened to an item, in order (`seq`): allocated to a member by a manager with a
//   priority and a reason, taken by a worker, closed when the work is done. The latest event says where it stands.
//
// Work items and their events are append-only: migrations add triggers that refuse UPDATE and DELETE.

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const teams = sqliteTable(
  'teams',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdByUserId: text('created_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('teams_name').on(table.name),
    check('teams_name_not_blank', sql`length(trim(${table.name})) > 0`),
  ],
)

export const teamKinds = sqliteTable(
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

export const teamMembers = sqliteTable(
  'team_members',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'restrict' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    manager: integer('manager', { mode: 'boolean' }).notNull(),
    addedByUserId: text('added_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    addedAt: integer('added_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.userId] }), index('team_members_user_id').on(table.userId)],
)

export const workItems = sqliteTable(
  'work_items',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: workKinds }).notNull(),
    teamId: text('team_id').references(() => teams.id, { onDelete: 'restrict' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'restrict' }),
    subject: text('subject').notNull(),
    arrivedAt: integer('arrived_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    uniqueIndex('work_items_subject').on(table.subject),
    index('work_items_team_id_arrived_at').on(table.teamId, table.arrivedAt),
    index('work_items_person_id').on(table.personId),
    check('work_items_kind_known', sql`${table.kind} in (${oneOf(workKinds)})`),
    check('work_items_subject_not_blank', sql`length(trim(${table.subject})) > 0`),
  ],
)

export const workItemEvents = sqliteTable(
  'work_item_events',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => workItems.id, { onDelete: 'restrict' }),
    seq: integer('seq').notNull(),
    event: text('event', { enum: workEvents }).notNull(),
    // Who holds the item after this event: the worker allocated or taking it; null once closed.
    toUserId: text('to_user_id').references(() => users.id, { onDelete: 'restrict' }),
    byUserId: text('by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    priority: text('priority', { enum: workPriorities }),
    reason: text('reason'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
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
    // Written so that a missing part is false, not null: a CHECK that evaluates to null passes.
    check(
      'work_item_events_shape',
      sql`(${table.event} = 'allocated' and ${table.toUserId} is not null and ${table.priority} is not null and ${table.reason} is not null and length(trim(${table.reason})) > 0) or (${table.event} = 'taken' and ${table.toUserId} is not null and ${table.toUserId} = ${table.byUserId}) or (${table.event} = 'closed' and ${table.toUserId} is null)`,
    ),
  ],
)
