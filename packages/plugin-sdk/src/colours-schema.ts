import { z } from 'zod'
import { HEX_COLOUR_PATTERN, WCAG_AA_TEXT_CONTRAST, contrastRatio, formatContrastRatio } from './contrast.js'

const WHITE = '#ffffff'

const hexColour = z
  .string()
  .regex(HEX_COLOUR_PATTERN, { error: 'must be a colour written as # and six hexadecimal digits, like #00625e' })

const colourShape = {
  /** Header and brand bar background. */
  brand: hexColour,
  /** Text and logo colour on the brand background. */
  onBrand: hexColour,
  /** Links on the white page. */
  link: hexColour,
  /** Visited links on the white page. */
  linkVisited: hexColour,
  /** Button background; button text is white. */
  button: hexColour,
}

export type ColourField = keyof typeof colourShape

/** White is fixed: the portal's page background and its button text. */
type Side = ColourField | 'white'

/**
 * The pairs the portal draws text with. Each must reach WCAG 2.2 AA contrast for normal text (1.4.3), because the
 * portal uses every one of them for body-size text: header links, in-page links and button labels.
 * `field` is the colour the problem is reported against.
 */
const COLOUR_PAIRS: readonly { field: ColourField; text: Side; background: Side }[] = [
  { field: 'onBrand', text: 'onBrand', background: 'brand' },
  { field: 'link', text: 'link', background: 'white' },
  { field: 'linkVisited', text: 'linkVisited', background: 'white' },
  { field: 'button', text: 'white', background: 'button' },
]

export type ContrastProblem = { field: ColourField; against?: ColourField; message: string }

/**
 * Checks every pair whose colours are all present, so a plugin that sets only some colours is checked as far as it
 * can be, and the composed branding (where every colour is present) is checked completely.
 */
export function contrastProblems(colours: Partial<Record<ColourField, string>>): ContrastProblem[] {
  const problems: ContrastProblem[] = []
  const valueOf = (side: Side): string | undefined => (side === 'white' ? WHITE : colours[side])
  for (const { field, text, background } of COLOUR_PAIRS) {
    const foregroundColour = valueOf(text)
    const backgroundColour = valueOf(background)
    if (foregroundColour === undefined || !HEX_COLOUR_PATTERN.test(foregroundColour)) continue
    if (backgroundColour === undefined || !HEX_COLOUR_PATTERN.test(backgroundColour)) continue
    const ratio = contrastRatio(foregroundColour, backgroundColour)
    if (ratio >= WCAG_AA_TEXT_CONTRAST) continue
    const textWords = text === 'white' ? 'white text' : foregroundColour
    const backgroundWords = background === 'white' ? 'white' : `the ${background} colour ${backgroundColour}`
    const other = [text, background].find((side): side is ColourField => side !== 'white' && side !== field)
    problems.push({
      field,
      ...(other === undefined ? {} : { against: other }),
      message:
        `${textWords} on ${backgroundWords} has a contrast ratio of ${formatContrastRatio(ratio)}; ` +
        `WCAG 2.2 AA needs at least ${WCAG_AA_TEXT_CONTRAST}:1 for text`,
    })
  }
  return problems
}

function checkContrast(colours: Partial<Record<ColourField, string>>, ctx: z.RefinementCtx): void {
  for (const problem of contrastProblems(colours)) {
    ctx.addIssue({
      code: 'custom',
      path: [problem.field],
      message: problem.message,
      params: problem.against === undefined ? {} : { relatedField: problem.against },
    })
  }
}

/** All five colours, as the composed branding has them. */
export const ColoursSchema = z.strictObject(colourShape).superRefine(checkContrast)
export type Colours = z.infer<typeof ColoursSchema>

/** A plugin may set any of the colours; the rest come from the layers beneath it. */
export const PluginColoursSchema = z
  .strictObject({
    brand: hexColour.optional(),
    onBrand: hexColour.optional(),
    link: hexColour.optional(),
    linkVisited: hexColour.optional(),
    button: hexColour.optional(),
  })
  .superRefine(checkContrast)
export type PluginColours = z.infer<typeof PluginColoursSchema>
