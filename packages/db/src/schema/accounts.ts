import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { users } from '../schema.js'

/*
 * Accounts run by their owners (issue 18, decision 027).
 *
 * - `outbox_messages`: every message the portal would send (a link to set or reset a password, to confirm a new email
 *   address, a notice to the old one), written in the transaction of the act that causes it. Nothing sends them yet
 *   (GOV.UK Notify is issue 15); a demo shows them on /outbox. Never changed or removed (triggers refuse it), so what
 *   a person was told stays known. No foreign key: like the audit log, it outlives what it describes.
 * - `account_tokens`: single-use links, kept only as the SHA-256 of the token, so a copy of the database cannot be
 *   used to take over an account. A row can only be marked used, once; it is never removed.
 */

export const outboxPurposes = [
  'password-reset',
  'set-password',
  'email-change',
  'email-changed-notice',
  'proxy-invitation',
  // What a person (and whoever acts for them) is told of their own care (issue 15).
  'self-assessment-received',
  'plan-approved',
  'plan-returned',
  'financial-assessment-confirmed',
  'financial-assessment-corrected',
  'budget-agreed',
  'budget-changed',
  'not-eligible',
  // A receipt to whoever reported a safeguarding concern and left an email address or mobile number.
  'concern-received',
  // A plan's review: four weeks before its date, and again once it is overdue, each once (issue 15).
  'review-due',
  'review-overdue',
  // Sign-up (issue 15): a link to confirm the address before the account is used; to an address that already has an
  // account, a note saying so instead, so the page answers the same either way.
  'verify-email',
  'sign-up-existing-account',
  // To a member of staff whose second factor an administrator reset (decision 038).
  'second-factor-reset',
  // A secure message waits to be read; the message itself stays behind sign-in (issue 15).
  'new-message',
] as const
export type OutboxPurpose = (typeof outboxPurposes)[number]

/** How a message reaches its reader: an email, or a text message to a mobile phone (issue 15). */
export const outboxChannels = ['email', 'sms'] as const
export type OutboxChannel = (typeof outboxChannels)[number]

/** The wording a person reads messages in: standard, or Easy Read where the council gives it (issue 15). */
export const messageWordings = ['standard', 'easy-read'] as const
export type MessageWording = (typeof messageWordings)[number]

export const accountTokenPurposes = ['password-reset', 'set-password', 'email-change', 'verify-email'] as const
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number]

const oneOf = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '))

export const outboxMessages = sqliteTable(
  'outbox_messages',
  {
    id: text('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    // Added by issue 15 with a default, so the table is altered, not rebuilt, and keeps its triggers.
    channel: text('channel', { enum: outboxChannels }).notNull().default('email'),
    // Which wording the reader chose (issue 15): an Easy Read template is used where the council's plugin gives one.
    wording: text('wording', { enum: messageWordings }).notNull().default('standard'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    purpose: text('purpose', { enum: outboxPurposes }).notNull(),
    // The address the message asks the reader to follow, if any; also written in the body.
    link: text('link'),
    userId: text('user_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('outbox_messages_created_at').on(table.createdAt),
    check('outbox_messages_purpose_known', sql`${table.purpose} in (${oneOf(outboxPurposes)})`),
  ],
)

export const accountTokens = sqliteTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    purpose: text('purpose', { enum: accountTokenPurposes }).notNull(),
    // For an email change: the address that takes effect when the link is followed.
    newEmail: text('new_email'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('account_tokens_user_id').on(table.userId, table.createdAt),
    check('account_tokens_purpose_known', sql`${table.purpose} in (${oneOf(accountTokenPurposes)})`),
    check(
      'account_tokens_hash_is_sha256_hex',
      sql`length(${table.tokenHash}) = 64 and lower(${table.tokenHash}) = ${table.tokenHash}`,
    ),
  ],
)

/*
 * A second factor for staff (issue 18, decision 033).
 *
 * - `second_factors`: one per account at most. The one-time code secret is stored sealed (AES-256-GCM under a key the
 *   portal holds outside the database), never as the base32 key itself, so a copy of the database yields no codes.
 *   `confirmed_at` is empty while set-up waits for its first code; `last_used_step` is the 30-second step of the last
 *   code accepted, so each code works once.
 * - `recovery_codes`: kept only as a keyed hash (HMAC-SHA-256 under the same outside key), each usable once.
 */
export const secondFactors = sqliteTable(
  'second_factors',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    sealedSecret: text('sealed_secret').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
    lastUsedStep: integer('last_used_step'),
  },
  (table) => [check('second_factors_sealed_secret_not_empty', sql`length(${table.sealedSecret}) > 0`)],
)

export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (table) => [
    index('recovery_codes_user_id').on(table.userId),
    check(
      'recovery_codes_hash_is_sha256_hex',
      sql`length(${table.codeHash}) = 64 and lower(${table.codeHash}) = ${table.codeHash}`,
    ),
  ],
)

/*
 * How a person wants to hear from the council (issue 15): by email (to the account's address) or by text message to a
 * UK mobile number, in standard or Easy Read wording. One row per account that has chosen; an account without one
 * hears by email in standard wording. The portal checks the number before it is stored; the CHECK keeps a text
 * message choice from being stored without one.
 */
export const contactPreferences = sqliteTable(
  'contact_preferences',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: outboxChannels }).notNull(),
    // A UK mobile number as Notify takes it, 07 and nine digits; kept when email is chosen, so switching back is easy.
    mobile: text('mobile'),
    wording: text('wording', { enum: messageWordings }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    check('contact_preferences_channel_known', sql`${table.channel} in (${oneOf(outboxChannels)})`),
    check('contact_preferences_wording_known', sql`${table.wording} in (${oneOf(messageWordings)})`),
    check(
      'contact_preferences_mobile_uk',
      sql`${table.mobile} is null or ${table.mobile} glob '07[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'`,
    ),
    check('contact_preferences_sms_has_mobile', sql`${table.channel} <> 'sms' or ${table.mobile} is not null`),
  ],
)
