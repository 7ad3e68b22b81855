import county from '@open-sds/plugin-example-county'
import { describe, expect, it } from 'vitest'
import { letterFontOf } from '~/.server/letters/letter-font'
import { renderLetterPdf, type LetterBrand } from '~/.server/letters/pdf-letter'
import { readPdf } from './support/read-pdf'

// Issue 15, "in the council's brand and font": a letter embeds the font the plugin names, and keeps to the standard
// Helvetica (which PDF readers supply) when it names none.
const content = {
  title: 'Your charge for care and support',
  date: '3 December 2026',
  greeting: 'Dear Alex Morgan,',
  opening: ['You will pay £12.50 a week.'],
  sections: [
    {
      heading: 'How it was worked out',
      paragraphs: [],
      table: { headers: ['Line', 'Amount'], rows: [['Rent', '£90.00']] },
    },
  ],
  closing: ['Yours sincerely,'],
}
const brand: LetterBrand = { organisationName: 'Northmoor County Council', colour: '#00625e', addressLines: [] }
const madeAt = new Date('2026-12-03T10:00:00Z')

describe('the font of a letter', () => {
  it('is Helvetica, not embedded, when the plugin names no font', async () => {
    const letter = await readPdf(await renderLetterPdf(content, brand, madeAt))
    expect([...letter.fonts].sort()).toEqual(['Helvetica', 'Helvetica-Bold'])
    expect(letter.embedsFonts).toBe(false)
    expect(letter.text).toContain('You will pay £12.50 a week.')
  })

  it('is the county’s own, regular and bold, embedded, with the same words', async () => {
    const font = letterFontOf({ slots: { notifications: county.notifications } })
    expect(font?.name).toBe('Atkinson Hyperlegible')
    const letter = await readPdf(await renderLetterPdf(content, { ...brand, font }, madeAt))
    expect([...letter.fonts].sort()).toEqual([
      expect.stringMatching(/^[A-Z]{6}\+AtkinsonHyperlegible-Bold$/),
      expect.stringMatching(/^[A-Z]{6}\+AtkinsonHyperlegible-Regular$/),
    ])
    expect(letter.embedsFonts).toBe(true)
    expect(letter.text).toContain('You will pay £12.50 a week.')
    expect(letter.text).toContain('How it was worked out')
  })
})
