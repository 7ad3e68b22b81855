import { z } from 'zod'
import type { ComposedConfiguration } from './configuration.js'
import { kebabCase } from './kebab-case.js'

// GOV.UK Notify names templates, reply-to addresses and text message senders by UUID.
const notifyId = (what: string) =>
  z.uuid({ error: `${what} must be the id GOV.UK Notify shows for it, like 3fa85f64-5717-4562-b3fc-2c963f66afa6` })

/** Which Notify templates carry one kind of message; any not given fall back to the portal's generic templates. */
const TemplatesSchema = z.strictObject({
  email: notifyId('An email template').optional(),
  sms: notifyId('A text message template').optional(),
  easyReadEmail: notifyId('An Easy Read email template').optional(),
  easyReadSms: notifyId('An Easy Read text message template').optional(),
})

// A font file the plugin ships, by its absolute path (a plugin finds it beside its own code, e.g. with
// `createRequire(import.meta.url).resolve(...)`): the portal reads it at start-up and refuses to start unless PDF
// letters can embed it.
const fontFile = (weight: string) =>
  z
    .string()
    .refine((value) => value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value), {
      error: `The ${weight} font file must be an absolute path, like /srv/council/fonts/Council-${weight === 'bold' ? 'Bold' : 'Regular'}.ttf`,
    })
    .refine((value) => /\.(ttf|otf|woff2?)$/i.test(value), {
      error: `The ${weight} font file must be a TrueType, OpenType or WOFF font (.ttf, .otf, .woff or .woff2)`,
    })

/** The council's own typeface for letters, in place of Helvetica: its name, and its regular and bold files. */
const LetterFontSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the font a name, like Atkinson Hyperlegible').max(100),
  regular: fontFile('regular'),
  bold: fontFile('bold'),
})

/** The council's address and contacts at the top of a letter, and the font its letters are set in. */
const LetterHeaderSchema = z.strictObject({
  addressLines: z
    .array(z.string().trim().min(1, 'A line of the address cannot be empty').max(100))
    .min(1, 'Give at least one line of the address')
    .max(6, 'An address on a letter has at most 6 lines'),
  telephone: z.string().trim().min(1).max(40).optional(),
  email: z
    .email({ error: 'The email on a letter must be an email address, like adult.care@example.gov.uk' })
    .optional(),
  font: LetterFontSchema.optional(),
})

/**
 * How the council's messages go out through GOV.UK Notify (issue 15, decision 041). Every field is optional: without
 * any, messages use the generic templates named by NOTIFY_EMAIL_TEMPLATE_ID and NOTIFY_SMS_TEMPLATE_ID, Notify's
 * default reply-to address and text sender. `templates` is keyed by the kind of message (`password-reset`,
 * `budget-agreed`, ...), each template given `subject`, `body` and `link` to fill in. A later plugin's replaces an
 * earlier one's whole.
 */
export const NotificationsSlotSchema = z.strictObject({
  senderName: z.string().trim().min(1, 'The sender name cannot be empty').max(100).optional(),
  emailReplyToId: notifyId('The reply-to address').optional(),
  smsSenderId: notifyId('The text message sender').optional(),
  templates: z.record(kebabCase('a kind of message', 'budget-agreed'), TemplatesSchema).optional(),
  letterHeader: LetterHeaderSchema.optional(),
})
export type NotificationsSlot = z.infer<typeof NotificationsSlotSchema>

/** The council's Notify settings, or none. */
export const notificationsOf = (site: Pick<ComposedConfiguration, 'slots'>): NotificationsSlot =>
  site.slots.notifications ?? {}
