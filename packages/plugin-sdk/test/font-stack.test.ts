import { describe, expect, it } from 'vitest'
import { cssFontFamily, validatePlugin } from '@open-sds/plugin-sdk'
import type { FontStack } from '@open-sds/plugin-sdk'
import { copyOf, validManifest } from './fixtures.js'

/** What a portal starting with this font stack in the plugin's branding is told: the refusal's messages, or []. */
function refusalsFor(fontStack: unknown): string[] {
  const manifest = copyOf(validManifest())
  const result = validatePlugin({ ...manifest, branding: { ...manifest.branding, fontStack } }, '@test/plugin')
  return result.ok ? [] : result.errors.map((error) => `${error.path} | ${error.message}`)
}

describe('a plugin’s font stack must be a CSS font-family list', () => {
  it.each([
    [
      'an empty item',
      ['', 'sans-serif'],
      'must name a font family, like Arial or "Helvetica Neue"; this item is empty',
    ],
    ['an item of spaces', ['   ', 'sans-serif'], 'this item is empty'],
    ['empty quotes', ['""', 'sans-serif'], 'must name a font family inside its quotes'],
    [
      'a quote never closed',
      ['"Helvetica Neue', 'sans-serif'],
      'must close the quote it opens: "Helvetica Neue has no closing "',
    ],
    ['a lone quote', ['"', 'sans-serif'], 'must close the quote it opens'],
    ['quotes that do not match', ['"Helvetica Neue\'', 'sans-serif'], 'must close the quote it opens'],
    [
      'a quote at the end only',
      ['Arial"', 'sans-serif'],
      'must have quotes only around the whole name, matching at both ends',
    ],
    ['a quote inside quotes', ['"Ari"al"', 'sans-serif'], 'must have quotes only at its two ends'],
    ['a semicolon and another declaration', ['Arial; color: red', 'sans-serif'], 'must not contain ";"'],
    ['a closing brace and a new rule', ['Arial} body { display: none', 'sans-serif'], 'must not contain "}"'],
    ['an opening brace', ['Arial {', 'sans-serif'], 'must not contain "{"'],
    ['a closing style tag', ['Arial</style><script>', 'sans-serif'], 'must not contain "<"'],
    ['a CSS escape', ['Arial\\3b', 'sans-serif'], 'must not contain "\\"'],
    ['a line break', ['Arial\ncolor: red', 'sans-serif'], 'must be on one line'],
    [
      'url()',
      ['url(https://example.org/font.woff2)', 'sans-serif'],
      'must not contain url(...) or any other CSS function',
    ],
    ['another CSS function', ['var(--x)', 'sans-serif'], 'must not contain url(...) or any other CSS function'],
    ['two families in one item', ['Arial, sans-serif'], 'give each family its own item in the list'],
    ['a comment', ['Arial /* x */', 'sans-serif'], 'must be a font family name of letters, digits, spaces and hyphens'],
    ['a word starting with a digit, unquoted', ['3Dumb', 'sans-serif'], 'must be in quotes, like "3Dumb"'],
    ['a CSS-wide keyword', ['inherit', 'sans-serif'], 'must name a font, not the CSS keyword inherit'],
  ])('refuses %s at start-up, naming the plugin and the field', (_shape, fontStack, reason) => {
    const refusals = refusalsFor(fontStack)
    expect(refusals).toHaveLength(1)
    expect(refusals[0]).toMatch(/^branding\.fontStack(\.0)? \| Plugin "test-council": branding\.fontStack(\.0)?: /)
    expect(refusals[0]).toContain(reason)
  })

  it('refuses a stack that is not a list, or a list of anything but names', () => {
    expect(refusalsFor('Arial, sans-serif')[0]).toBe(
      'branding.fontStack | Plugin "test-council": branding.fontStack: Font stack must be a list, not the text "Arial, sans-serif".',
    )
    expect(refusalsFor([42, 'sans-serif'])[0]).toMatch(/^branding\.fontStack\.0 \| /)
  })

  it('refuses a quoted generic family at the end, since quotes make it a font name that may not exist', () => {
    expect(refusalsFor(['Arial', '"sans-serif"'])[0]).toContain('must end with a generic family')
  })

  it.each<[string, FontStack, string]>([
    ['plain names and a generic family', ['Arial', 'Helvetica', 'sans-serif'], '"Arial", "Helvetica", sans-serif'],
    [
      'a double-quoted name with a space',
      ['"Helvetica Neue"', 'Arial', 'sans-serif'],
      '"Helvetica Neue", "Arial", sans-serif',
    ],
    ['a single-quoted name', ["'Segoe UI'", 'system-ui'], "'Segoe UI', system-ui"],
    ['an unquoted name of several words', ['Times New Roman', 'serif'], '"Times New Roman", serif'],
    ['a quoted name starting with a digit', ['"3Dumb"', 'cursive'], '"3Dumb", cursive'],
    [
      'a name in another script',
      ['Noto Sans Devanagari', '"Noto Sans 日本語"', 'ui-sans-serif'],
      '"Noto Sans Devanagari", "Noto Sans 日本語", ui-sans-serif',
    ],
    ['a generic family only', ['monospace'], 'monospace'],
  ])('accepts %s, and writes it as CSS', (_shape, fontStack, css) => {
    expect(refusalsFor(fontStack)).toEqual([])
    expect(cssFontFamily(fontStack)).toBe(css)
  })
})
