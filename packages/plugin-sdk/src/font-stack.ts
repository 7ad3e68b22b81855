import { z } from 'zod'
import { fontFamilyProblem } from './font-family-name.js'

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

const fontFamily = z
  .string()
  .superRefine((family, ctx) => {
    const problem = fontFamilyProblem(family)
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem })
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
    // An item with its own problem is reported at the item; saying the stack ends badly too would only repeat it.
    if (last !== undefined && fontFamilyProblem(last) === undefined && !isGenericFamily(last)) {
      ctx.addIssue({
        code: 'custom',
        message: `must end with a generic family (${GENERIC_FONT_FAMILIES.slice(0, 3).join(', ')} or system-ui) so text still shows when no named font is installed; it ends with ${last}`,
      })
    }
  })
export type FontStack = z.infer<typeof FontStackSchema>

function isGenericFamily(family: string): boolean {
  return (GENERIC_FONT_FAMILIES as readonly string[]).includes(family.trim())
}

/**
 * The stack as a CSS `font-family` value. Named families are quoted (so a name can never be read as a keyword);
 * generic families must stay unquoted or they stop being generic.
 */
export function cssFontFamily(stack: FontStack): string {
  return stack
    .map((family) => family.trim())
    .map((family) => (isGenericFamily(family) || /^["']/.test(family) ? family : `"${family}"`))
    .join(', ')
}
