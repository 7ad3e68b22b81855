import { z } from 'zod'

/** Lowercase words joined by single hyphens, starting with a letter: safe in a URL and in a CSS or HTML id. */
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

export function kebabCase(what: string, example: string) {
  return z.string().regex(KEBAB_CASE, {
    error: `must be ${what} in lowercase kebab-case (letters, digits and single hyphens, starting with a letter), like ${example}`,
  })
}
