import fc from 'fast-check'
import type { PluginManifest } from '@open-sds/plugin-sdk'
import { tinyRas, tinySaq } from './slot-fixtures.js'

function colour(min: number, max: number): fc.Arbitrary<string> {
  const channel = fc.integer({ min, max }).map((value) => value.toString(16).padStart(2, '0'))
  return fc.tuple(channel, channel, channel).map((channels) => `#${channels.join('')}`)
}

/** Dark enough for white text and for links on white (each channel at most 0x50 keeps contrast above 8:1). */
const darkColour = colour(0x00, 0x50)
/** Light enough to read on any dark colour above. */
const lightColour = colour(0xe0, 0xff)

const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,5}){0,2}$/)
const words = fc.string({ minLength: 1, maxLength: 40 })

const page = fc.record(
  { slug, title: words, summary: words, markdown: fc.string({ minLength: 1, maxLength: 200 }), footer: fc.boolean() },
  { requiredKeys: ['slug', 'title', 'markdown'] },
)

const branding = fc.record(
  {
    organisationName: words,
    serviceName: words,
    colours: fc.record(
      { brand: darkColour, onBrand: lightColour, link: darkColour, linkVisited: darkColour, button: darkColour },
      { requiredKeys: [] },
    ),
    fontStack: fc
      .array(fc.constantFrom('Arial', '"Helvetica Neue"', 'Verdana', 'Georgia'), { maxLength: 3 })
      .chain((names) => fc.constantFrom('sans-serif', 'serif', 'system-ui').map((generic) => [...names, generic])),
    contact: fc.record(
      { email: fc.constant('someone@example.org'), phone: fc.constant('01632 960 123'), openingHours: words },
      { requiredKeys: [] },
    ),
    footerLinks: fc.array(fc.record({ text: words, href: slug.map((value) => `/pages/${value}`) }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
)

/** Any valid plugin: every field optional except the three every plugin needs. */
export const validPlugin: fc.Arbitrary<PluginManifest> = fc.record(
  {
    id: fc.stringMatching(/^[a-z][a-z0-9]{2,12}$/),
    name: words,
    apiVersion: fc.constant(1),
    branding,
    content: fc.record({ pages: fc.uniqueArray(page, { selector: (p) => p.slug, maxLength: 5 }) }),
    questionnaires: fc.constantFrom({}, { selfAssessment: { mode: 'replace' as const, definition: tinySaq() } }),
    ras: fc.constant({ configs: [tinyRas()] }),
    surveys: fc.constant({}),
  },
  { requiredKeys: ['id', 'name', 'apiVersion'] },
)
