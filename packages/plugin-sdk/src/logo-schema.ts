import { z } from 'zod'

/** The portal inlines the logo in every page, so its size is paid on every request. */
export const MAX_LOGO_BYTES = 50 * 1024

/** As the HTML parser does: any number of leading zeros; out-of-range code points become U+FFFD. */
function decodeCodePoint(digits: string, radix: 16 | 10): string {
  const significant = digits.replace(/^0+/, '')
  const codePoint = significant.length > 7 ? Infinity : Number.parseInt(significant || '0', radix)
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd'
}

/**
 * Character references that can spell ":" or hide letters, decoded, and whitespace removed: the HTML parser decodes
 * them inside attribute values, so `java&#115;cript&colon;` must be caught like `javascript:`.
 */
function normaliseForUrlCheck(svg: string): string {
  const decoded = svg
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => decodeCodePoint(hex, 16))
    .replace(/&#([0-9]+);?/g, (_, decimal: string) => decodeCodePoint(decimal, 10))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
  // Browsers ignore whitespace and control characters inside a URL scheme.
  return Array.from(decoded.replace(/\s+/g, ''))
    .filter((character) => character > ' ')
    .join('')
}

/** Why this SVG markup is not safe to put into a page, or undefined when it is. */
export function unsafeSvgReason(svg: string): string | undefined {
  if (!svg.trimStart().startsWith('<svg')) {
    return 'must be inline SVG markup starting with <svg (no XML declaration, no image file name)'
  }
  if (/<script\b/i.test(svg)) {
    return 'must not contain <script>: this markup is put into every page, so a script would run there'
  }
  if (/<foreignobject\b/i.test(svg)) {
    return 'must not contain <foreignObject>: it can carry HTML into every page'
  }
  const handler = /[\s/"']on([a-z]+)\s*=/i.exec(svg)
  if (handler) {
    return `must not contain event-handler attributes like on${handler[1]}=: they run script`
  }
  if (/javascript:/i.test(normaliseForUrlCheck(svg))) {
    return 'must not contain javascript: links'
  }
  const bytes = new TextEncoder().encode(svg).length
  if (bytes > MAX_LOGO_BYTES) {
    return `must be at most 50 kB (${MAX_LOGO_BYTES} bytes) of SVG markup; this one is ${bytes} bytes. Simplify the paths or remove editor metadata`
  }
  return undefined
}

/** Inline SVG markup that is safe to put into a page or serve as an image (see unsafeSvgReason). */
const SafeSvgSchema = z.string().superRefine((svg, ctx) => {
  const reason = unsafeSvgReason(svg)
  if (reason !== undefined) ctx.addIssue({ code: 'custom', message: reason })
})

/** A browser tab's icon: inline SVG markup with a square viewBox, served as the site's favicon. */
export const IconSchema = SafeSvgSchema

export const LogoSchema = z.strictObject({
  /** Inline SVG markup. Use fill="currentColor" so the mark takes the onBrand colour in the header. */
  svg: SafeSvgSchema,
  /** What the logo says to someone who cannot see it: usually the organisation's name. */
  alt: z.string().max(150).regex(/\S/, {
    error: "must describe the logo for people who cannot see it, usually with the organisation's name",
  }),
})
export type Logo = z.infer<typeof LogoSchema>
