import { eq } from 'drizzle-orm'
import { parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { messageWordings, outboxChannels, type MessageWording, type OutboxChannel } from '../schema/accounts.js'
import { first, type Store } from '../store.js'

/**
 * A UK mobile number as GOV.UK Notify takes it: `07` and nine more digits. People type them many ways (`+44 7700
 * 900 123`, `(07700) 900-123`, `0044 7700900123`, `+44 (0)7700 900123`), all of which mean the same phone. Numbers
 * starting 076 are pagers, which Notify refuses, except 07624 (the Isle of Man).
 */
export function ukMobileNumber(typed: string): string | undefined {
  const digits = typed.replace(/[\s().-]/g, '')
  if (!/^\+?\d+$/.test(digits)) return undefined
  const national = digits.replace(/^(\+44|0044|44)0?/, '0')
  if (!/^07\d{9}$/.test(national)) return undefined
  if (national.startsWith('076') && !national.startsWith('07624')) return undefined
  return national
}

/** How a person chose to hear from the council, as typed on their account page; errors name the field. */
export const ContactPreferenceSchema = z
  .object({
    channel: z.enum(outboxChannels, { error: 'Select how you want us to contact you' }),
    mobile: z.string().trim().max(40, 'Enter a mobile phone number of 40 characters or fewer').optional(),
    wording: z.enum(messageWordings, { error: 'Select whether you want Easy Read messages' }),
  })
  .transform((value, context) => {
    const typed = value.mobile ?? ''
    if (typed === '') {
      if (value.channel === 'sms') {
        context.addIssue({
          code: 'custom',
          path: ['mobile'],
          message: 'Enter a mobile phone number to get text messages',
        })
        return z.NEVER
      }
      return { channel: value.channel, mobile: null, wording: value.wording }
    }
    const mobile = ukMobileNumber(typed)
    if (mobile === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['mobile'],
        message: 'Enter a UK mobile phone number, like 07700 900 982 or +44 7700 900 982',
      })
      return z.NEVER
    }
    return { channel: value.channel, mobile, wording: value.wording }
  })
export type ContactPreference = { channel: OutboxChannel; mobile: string | null; wording: MessageWording }

export interface ContactPreferencesRepository {
  /** What the account chose; email in standard wording when it has chosen nothing. */
  find(userId: string): Promise<ContactPreference & { chosen: boolean }>
  /** Stores the choice (checked again here, so nothing unchecked is stored). A write: call it inside `withAudit`. */
  set(userId: string, input: unknown, now: Date): Promise<Result<ContactPreference>>
}

export const DEFAULT_CONTACT_PREFERENCE: ContactPreference = { channel: 'email', mobile: null, wording: 'standard' }

export function createContactPreferencesRepository({ db, t }: Store): ContactPreferencesRepository {
  const { contactPreferences } = t
  return {
    async find(userId) {
      const row = first(await db.select().from(contactPreferences).where(eq(contactPreferences.userId, userId)))
      return row
        ? { channel: row.channel, mobile: row.mobile, wording: row.wording, chosen: true }
        : { ...DEFAULT_CONTACT_PREFERENCE, chosen: false }
    },

    async set(userId, input, now) {
      const parsed = parse(ContactPreferenceSchema, input)
      if (!parsed.ok) return parsed
      const chosen = parsed.value
      await db
        .insert(contactPreferences)
        .values({ userId, ...chosen, updatedAt: now })
        .onConflictDoUpdate({ target: contactPreferences.userId, set: { ...chosen, updatedAt: now } })
      return parsed
    },
  }
}
