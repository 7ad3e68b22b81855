import { createRequire } from 'node:module'
import type { NotificationsSlot } from '@open-sds/plugin-sdk'

// The font files come from an npm package the plugin depends on, so they are there on every machine that installs
// it, with no system fonts needed; resolved from this file, they are found from its source and its build alike.
const resolve = createRequire(import.meta.url).resolve
const atkinson = (weight: 400 | 700) =>
  resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`)

/**
 * The top of Northmoor's decision letters: its address and contacts, and the typeface it sets them in, Atkinson
 * Hyperlegible (Braille Institute of America, SIL Open Font License 1.1), made to be read by people with low vision.
 */
export const northmoorLetterHeader: NonNullable<NotificationsSlot['letterHeader']> = {
  addressLines: ['Adult Social Care', 'County Hall', 'Moor Road', 'Northmoor NM1 1AA'],
  telephone: '01632 960 100',
  email: 'adultcare@northmoor.example.org',
  font: { name: 'Atkinson Hyperlegible', regular: atkinson(400), bold: atkinson(700) },
}
