// The PostgreSQL twin of ../../schema/proxies.ts, where what each table means is written.
import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { proxyScopes, proxySteps } from '../../vocabulary.js'
import { int, oneOf, timeMs } from '../columns.js'
import { people, users } from '../schema.js'

export const proxyRequests = pgTable(
  'proxy_requests',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    askedByUserId: text('asked_by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    proxyName: text('proxy_name').notNull(),
    proxyEmail: text('proxy_email').notNull(),
    relationship: text('relationship').notNull(),
    scope: text('scope', { enum: proxyScopes }).notNull(),
    askedAt: timeMs('asked_at').notNull(),
  },
  (table) => [
    index('proxy_requests_person_id').on(table.personId),
    index('proxy_requests_proxy_email').on(table.proxyEmail),
    check('proxy_requests_scope_known', sql`${table.scope} in (${oneOf(proxyScopes)})`),
    check(
      'proxy_requests_email_normalised',
      sql`${table.proxyEmail} = lower(trim(${table.proxyEmail})) and length(${table.proxyEmail}) > 0`,
    ),
  ],
)

export const proxyEvents = pgTable(
  'proxy_events',
  {
    requestId: text('request_id')
      .notNull()
      .references(() => proxyRequests.id, { onDelete: 'restrict' }),
    seq: int('seq').notNull(),
    step: text('step', { enum: proxySteps }).notNull(),
    byUserId: text('by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    scope: text('scope', { enum: proxyScopes }),
    verification: text('verification'),
    linkHash: text('link_hash'),
    reason: text('reason'),
    at: timeMs('at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.requestId, table.seq] }),
    index('proxy_events_by_user_id').on(table.byUserId),
    check('proxy_events_step_known', sql`${table.step} in (${oneOf(proxySteps)})`),
    check('proxy_events_seq_positive', sql`${table.seq} >= 1`),
    check('proxy_events_scope_known', sql`${table.scope} is null or ${table.scope} in (${oneOf(proxyScopes)})`),
    check(
      'proxy_events_shape',
      sql`(${table.step} = 'granted' and ${table.scope} is not null and coalesce(length(trim(${table.verification})), 0) > 0 and coalesce(length(${table.linkHash}), 0) = 64)
        or (${table.step} = 'refused' and coalesce(length(trim(${table.reason})), 0) > 0)
        or ${table.step} in ('accepted', 'ended')`,
    ),
  ],
)
