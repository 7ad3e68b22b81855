/*
 * Proxy access (issue 18, decision 035): a person asks for someone to act for them, the council checks the
 * relationship and grants it with a scope (or refuses), the person named accepts, and anyone of them can end it.
 *
 * - `proxy_requests`: what the person asked for, as they asked it (whom, by email, how related, what they may do).
 * - `proxy_events`: what happened next, in order (`seq`): granted (by a practitioner, how the relationship was
 *   checked, the scope granted, and the SHA-256 of the link sent to the proxy, never the link), refused (with a
 *   reason), accepted (by which account), ended (by whom, with a reason when a practitioner ends it).
 *
 * Both are append-only: migrations add triggers that refuse UPDATE and DELETE. While a request stands accepted, its
 * proxy also has a `person_access` row as a representative (written and removed in the same transaction as the
 * event), so every existing check of who may open a record keeps working; the scope is read from here.
 */
import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { people, users } from '../schema.js'
import { proxyScopes, proxySteps } from '../vocabulary.js'

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const proxyRequests = sqliteTable(
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
    askedAt: integer('asked_at', { mode: 'timestamp_ms' }).notNull(),
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

export const proxyEvents = sqliteTable(
  'proxy_events',
  {
    requestId: text('request_id')
      .notNull()
      .references(() => proxyRequests.id, { onDelete: 'restrict' }),
    seq: integer('seq').notNull(),
    step: text('step', { enum: proxySteps }).notNull(),
    byUserId: text('by_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    scope: text('scope', { enum: proxyScopes }),
    verification: text('verification'),
    linkHash: text('link_hash'),
    reason: text('reason'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.requestId, table.seq] }),
    index('proxy_events_by_user_id').on(table.byUserId),
    check('proxy_events_step_known', sql`${table.step} in (${oneOf(proxySteps)})`),
    check('proxy_events_seq_positive', sql`${table.seq} >= 1`),
    check('proxy_events_scope_known', sql`${table.scope} is null or ${table.scope} in (${oneOf(proxyScopes)})`),
    // A grant says how the relationship was checked, what it allows and which link was sent; a refusal says why.
    check(
      'proxy_events_shape',
      sql`(${table.step} = 'granted' and ${table.scope} is not null and coalesce(length(trim(${table.verification})), 0) > 0 and coalesce(length(${table.linkHash}), 0) = 64)
        or (${table.step} = 'refused' and coalesce(length(trim(${table.reason})), 0) > 0)
        or ${table.step} in ('accepted', 'ended')`,
    ),
  ],
)
