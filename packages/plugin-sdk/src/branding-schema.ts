import { z } from 'zod'
import { ColoursSchema, PluginColoursSchema } from './colours-schema.js'
import { FontStackSchema } from './font-stack.js'
import { IconSchema, LogoSchema } from './logo-schema.js'

/** Digits, spaces, brackets and hyphens, optionally after a +, with enough digits to dial. */
function isPhoneNumber(phone: string): boolean {
  return /^\+?[0-9 ()-]+$/.test(phone) && phone.replace(/[^0-9]/g, '').length >= 6 && phone.length <= 30
}

/** Another organisation the portal sends people to for something it does not do: its name, phone and web address. */
export const ReferralSchema = z.strictObject({
  name: z.string().min(1).max(120),
  phone: z.string().refine(isPhoneNumber, { error: 'must be a phone number of digits and spaces, like 01632 960 002' }),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
})
export type Referral = z.infer<typeof ReferralSchema>

const contactShape = {
  email: z.email({ error: 'must be an email address, like adult.care@example.org' }).optional(),
  phone: z
    .string()
    .refine(isPhoneNumber, { error: 'must be a phone number of digits and spaces, like 01632 960 001' })
    .optional(),
  address: z.string().min(1).max(500).optional(),
  openingHours: z.string().min(1).max(300).optional(),
  /**
   * Where a concern about a child goes: the portal's concern form is for adults, so it names this service to anyone
   * who says the person is under 18 (and still takes their concern in).
   */
  childrensServices: ReferralSchema.optional(),
}

/** How people get in touch. Complete branding needs at least one real way to do it, not just opening hours. */
export const ContactSchema = z
  .strictObject(contactShape)
  .refine((contact) => [contact.email, contact.phone, contact.address].some((way) => way !== undefined), {
    error: 'must give at least one way to get in touch: email, phone or address',
  })
export type Contact = z.infer<typeof ContactSchema>

/** A plugin may change one contact detail, e.g. only the opening hours; the rest come from the layers beneath. */
export const PluginContactSchema = z.strictObject(contactShape)
export type PluginContact = z.infer<typeof PluginContactSchema>

/**
 * A path on this site ("/pages/privacy") or an https address. "//host" and "/\host" are refused: browsers treat
 * both as another site.
 */
export function isSafeHref(href: string): boolean {
  if (/\s/.test(href)) return false
  if (href.startsWith('/')) return !/^\/[/\\]/.test(href)
  if (!href.startsWith('https://')) return false
  try {
    return new URL(href).hostname.length > 0
  } catch {
    return false
  }
}

export const FooterLinkSchema = z.strictObject({
  text: z.string().min(1).max(80),
  href: z.string().refine(isSafeHref, {
    error: 'must be a path on this site starting with / (like /pages/privacy) or an https:// address',
  }),
})
export type FooterLink = z.infer<typeof FooterLinkSchema>

const brandingShape = {
  /** The organisation running the service, e.g. "Northmoor County Council". */
  organisationName: z.string().min(1).max(120),
  /** The service's name in the header, e.g. "Care and support". */
  serviceName: z.string().min(1).max(80),
  logo: LogoSchema,
  /**
   * The small square mark browsers show in tabs and bookmarks (inline SVG, checked as the logo is). Without one the
   * logo is used.
   */
  icon: IconSchema.optional(),
  colours: ColoursSchema,
  fontStack: FontStackSchema,
  contact: ContactSchema,
  /** Footer links, in order. A content page with `footer: true` is listed after these. */
  footerLinks: z.array(FooterLinkSchema).max(20),
}

/** The branding the portal wears: every field present. The national defaults have it; so does a composition. */
export const BrandingSchema = z.strictObject(brandingShape)
export type Branding = z.infer<typeof BrandingSchema>

/**
 * What a plugin may set: any of the branding fields. Colours and contact are merged field by field over the layers
 * beneath, so a plugin may set one colour or just a phone number; the others replace whole values.
 */
export const PluginBrandingSchema = z.strictObject({
  organisationName: brandingShape.organisationName.optional(),
  serviceName: brandingShape.serviceName.optional(),
  logo: brandingShape.logo.optional(),
  icon: brandingShape.icon,
  colours: PluginColoursSchema.optional(),
  fontStack: brandingShape.fontStack.optional(),
  contact: PluginContactSchema.optional(),
  footerLinks: brandingShape.footerLinks.optional(),
})
export type PluginBranding = z.infer<typeof PluginBrandingSchema>
