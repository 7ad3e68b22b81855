/*
 * One item of a plugin's font stack, checked as CSS reads a font-family name. The portal writes the stack straight
 * into a `font-family` declaration in its stylesheet, so an item must be exactly one family name and nothing that
 * could end the declaration (a semicolon, a brace), open a function (url() would fetch a file) or leave a quote
 * unclosed. Each problem is said in plain English, after the plugin's name and the field, by the caller.
 */

/** Letters and digits of any script, spaces, hyphens and underscores: enough for every real font's name. */
const NAME_CHARACTERS = /^[\p{L}\p{N} _-]+$/u
/** An unquoted name is a run of CSS identifiers: none may start with a digit, or a hyphen and a digit. */
const IDENTIFIER = /^-?[\p{L}_][\p{L}\p{N}_-]*$/u
/** Keywords that mean something else where a family name stands; a font with such a name must be quoted. */
const CSS_WIDE_KEYWORDS = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default'])
/** Characters that would end the declaration, the rule or the stylesheet the name is written into. */
const BREAKS_OUT = /[;{}<>\\]/
const isControl = (character: string) => (character.codePointAt(0) ?? 0) < 0x20 || character === '\u007f'

const EXAMPLE = 'like Arial or "Helvetica Neue"'

/** What is wrong with `family` as one CSS font-family name, or undefined if it is a valid one. */
export function fontFamilyProblem(family: string): string | undefined {
  const name = family.trim()
  if (name === '') return `must name a font family, ${EXAMPLE}; this item is empty`
  if ([...family].some(isControl)) return 'must be on one line, with no tabs or other control characters'
  const breaksOut = BREAKS_OUT.exec(name)
  if (breaksOut) {
    return `must not contain "${breaksOut[0]}": a font family name is letters, digits, spaces and hyphens, so it can never end the CSS it is written into`
  }
  if (name.includes('(')) {
    return 'must not contain url(...) or any other CSS function: a font stack only names fonts already on the reader’s device'
  }
  if (name.includes(',')) {
    return `must be one font family, but "${name}" has a comma: give each family its own item in the list, like ["Helvetica Neue", "Arial", "sans-serif"]`
  }

  const quote = name[0] === '"' || name[0] === "'" ? name[0] : undefined
  if (quote !== undefined) {
    if (name.length === 1 || name.at(-1) !== quote)
      return `must close the quote it opens: ${name} has no closing ${quote}`
    const inner = name.slice(1, -1)
    if (inner.includes('"') || inner.includes("'")) return `must have quotes only at its two ends, ${EXAMPLE}`
    if (inner.trim() === '') return `must name a font family inside its quotes, ${EXAMPLE}`
    if (!NAME_CHARACTERS.test(inner))
      return `must be a font family name of letters, digits, spaces and hyphens, ${EXAMPLE}`
    return undefined
  }

  if (name.includes('"') || name.includes("'")) {
    return `must have quotes only around the whole name, matching at both ends, ${EXAMPLE}; ${name} does not`
  }
  if (!NAME_CHARACTERS.test(name))
    return `must be a font family name of letters, digits, spaces and hyphens, ${EXAMPLE}`
  if (CSS_WIDE_KEYWORDS.has(name.toLowerCase())) {
    return `must name a font, not the CSS keyword ${name}; put it in quotes if a font really has that name`
  }
  const badWord = name.split(/\s+/).find((word) => !IDENTIFIER.test(word))
  if (badWord !== undefined) {
    return `must be in quotes, like "${name}": unquoted, the word ${badWord} is not valid CSS (an unquoted word starts with a letter)`
  }
  return undefined
}
