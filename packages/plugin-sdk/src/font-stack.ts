import { z } from 'zod'

/** CSS generic families: the browser always has one, so the page stays readable if no named font is installed. */
export const GENERIC_FONT_FAMILIES = [
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
] as const

/**
 * A family name as the portal writes it into CSS: letters, digits, spaces and hyphens, optionally in double quotes.
 * Nothing else, so a font name can never close the declaration and smuggle in other CSS.
 */
const NAME = '[A-Za-z0-9 -]*[A-Za-z0-9][A-Za-z0-9 -]*'
const FONT_FAMILY_PATTERN = new RegExp(`^(?:"${NAME}"|${NAME})$`)

const fontFamily = z
  .string()
  .regex(FONT_FAMILY_PATTERN, {
    error: 'must be a font family name of letters, digits, spaces and hyphens, optionally in double quotes, like "Helvetica Neue"',
  })
  .refine((family) => !/transport/i.test(family), {
    error:
      'must not be GDS Transport: a council service must not use the GOV.UK Transport font, which is for GOV.UK only. Use a system font such as Arial',
  })

export const FontStackSchema = z
  .array(fontFamily)
  .min(1)
  .max(10)
  .superRefine((families, ctx) => {
    const last = families.at(-1)
    if (last !== undefined && !isGenericFamily(last)) {
      ctx.addIssue({
        code: 'custom',
        message: `must end with a generic family (${GENERIC_FONT_FAMILIES.slice(0, 3).join(', ')} or system-ui) so text still shows when no named font is installed; it ends with ${last}`,
      })
    }
  })
export type FontStack = z.infer<typeof FontStackSchema>

function isGenericFamily(family: string): boolean {
  return (GENERIC_FONT_FAMILIES as readonly string[]).includes(family)
}

/**
 * The stack as a CSS `font-family` value. Named families are quoted (an unquoted name starting with a digit is not
 * valid CSS); generic families must stay unquoted or they stop being generic.
 */
export function cssFontFamily(stack: FontStack): string {
  return stack
    .map((family) => (isGenericFamily(family) || family.startsWith('"') ? family : `"${family.trim()}"`))
    .join(', ')
}
