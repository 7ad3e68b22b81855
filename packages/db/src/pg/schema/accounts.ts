import { sql } from 'drizzle-orm'
import { check, index, pgTable, text } from 'drizzle-orm/pg-core'
import { accountTokenPurposes, messageWordings, outboxChannels, outboxPurposes } from '../../schema/accounts.js'
import { int, oneOf, timeMs } from '../columns.js'
import { users } from '../schema.js'

// The PostgreSQL twin of ../../schema/accounts.ts, which says what these tables mean (decision 027).

export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: text('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    channel: text('channel', { enum: outboxChannels }).notNull().default('email'),
    // Which wording the reader chose (issue 15): an Easy Read template is used where the council's plugin gives one.
    wording: text('wording', { enum: messageWordings }).notNull().default('standard'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    purpose: text('purpose', { enum: outboxPurposes }).notNull(),
    link: text('link'),
    userId: text('user_id'),
    createdAt: timeMs('created_at').notNull(),
  },
  (table) => [
    index('outbox_messages_created_at').on(table.createdAt),
    check('outbox_messages_purpose_known', sql`${table.purpose} in (${oneOf(outboxPurposes)})`),
  ],
)

export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    purpose: text('purpose', { enum: accountTokenPurposes }).notNull(),
    newEmail: text('new_email'),
    createdAt: timeMs('created_at').notNull(),
    expiresAt: timeMs('expires_at').notNull(),
    usedAt: timeMs('used_at'),
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

export const secondFactors = pgTable(
  'second_factors',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    sealedSecret: text('sealed_secret').notNull(),
    createdAt: timeMs('created_at').notNull(),
    confirmedAt: timeMs('confirmed_at'),
    lastUsedStep: int('last_used_step'),
  },
  (table) => [check('second_factors_sealed_secret_not_empty', sql`length(${table.sealedSecret}) > 0`)],
)

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timeMs('created_at').notNull(),
    usedAt: timeMs('used_at'),
  },
  (table) => [
    index('recovery_codes_user_id').on(table.userId),
    check(
      'recovery_codes_hash_is_sha256_hex',
      sql`length(${table.codeHash}) = 64 and lower(${table.codeHash}) = ${table.codeHash}`,
    ),
  ],
)

export const contactPreferences = pgTable(
  'contact_preferences',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: outboxChannels }).notNull(),
    mobile: text('mobile'),
    wording: text('wording', { enum: messageWordings }).notNull(),
    updatedAt: timeMs('updated_at').notNull(),
  },
  (table) => [
    check('contact_preferences_channel_known', sql`${table.channel} in (${oneOf(outboxChannels)})`),
    check('contact_preferences_wording_known', sql`${table.wording} in (${oneOf(messageWordings)})`),
    check('contact_preferences_mobile_uk', sql`${table.mobile} is null or ${table.mobile} ~ '^07[0-9]{9}$'`),
    check('contact_preferences_sms_has_mobile', sql`${table.channel} <> 'sms' or ${table.mobile} is not null`),
  ],
)
