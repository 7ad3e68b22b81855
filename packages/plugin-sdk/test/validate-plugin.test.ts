import { describe, expect, it } from 'vitest'
import { validatePlugin } from '@open-sds/plugin-sdk'
import type { Issue } from '@open-sds/plugin-sdk'
import { copyOf, validManifest } from './fixtures.js'

// These tests break the manifest in ways its type forbids, which is the point: `any` lets them reach any field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Breakable = Record<string, any>

/** Validates a copy of the valid manifest after `change` breaks it, and returns the issues. */
function issuesAfter(change: (manifest: Breakable) => void): Issue[] {
  const manifest = copyOf(validManifest()) as Breakable
  change(manifest)
  const result = validatePlugin(manifest, '@test/plugin')
  if (result.ok) throw new Error('expected the plugin to be refused')
  return result.errors
}

function onlyIssue(change: (manifest: Breakable) => void): Issue {
  const issues = issuesAfter(change)
  expect(issues).toHaveLength(1)
  return issues[0] as Issue
}

describe('validatePlugin: a valid plugin', () => {
  it('accepts a complete manifest and returns it', () => {
    const result = validatePlugin(validManifest(), '@test/plugin')
    expect(result).toEqual({ ok: true, value: validManifest() })
  })

  it('accepts a minimal manifest: id, name and apiVersion only', () => {
    const result = validatePlugin({ id: 'tiny', name: 'Tiny', apiVersion: 1 }, '@test/tiny')
    expect(result.ok).toBe(true)
  })

  it('accepts the module namespace that import() gives, unwrapping its default export', () => {
    const namespace = { default: validManifest() }
    const result = validatePlugin(namespace, '@test/plugin')
    expect(result.ok && result.value.id).toBe('test-council')
  })

  it('accepts colours given in upper case', () => {
    const manifest = validManifest()
    manifest.branding = { colours: { link: '#1D5F8A' } }
    expect(validatePlugin(manifest, '@test/plugin').ok).toBe(true)
  })

  it('accepts an empty object in each placeholder slot', () => {
    const manifest = { ...validManifest(), questionnaires: {}, surveys: {} }
    expect(validatePlugin(manifest, '@test/plugin').ok).toBe(true)
  })

  it('accepts a plugin that changes only one contact detail (contact merges per key)', () => {
    const manifest = validManifest()
    manifest.branding = { contact: { openingHours: 'Weekdays 8am to 6pm' } }
    expect(validatePlugin(manifest, '@test/plugin').ok).toBe(true)
  })
})

describe('validatePlugin: apiVersion is checked first', () => {
  it('refuses apiVersion 2 with the message that says what to do', () => {
    const issue = onlyIssue((m) => (m.apiVersion = 2))
    expect(issue).toEqual({
      path: 'apiVersion',
      message:
        'Plugin "test-council" declares apiVersion 2, but this portal supports plugin API version 1. Update the plugin or the portal.',
    })
  })

  it('refuses apiVersion 0', () => {
    const issue = onlyIssue((m) => (m.apiVersion = 0))
    expect(issue.path).toBe('apiVersion')
    expect(issue.message).toMatch(
      /^Plugin "test-council": apiVersion: must be a whole number of 1 or more, like 1, not 0\./,
    )
  })

  it('refuses apiVersion "1" written as text', () => {
    const issue = onlyIssue((m) => (m.apiVersion = '1'))
    expect(issue.message).toContain('Plugin "test-council": apiVersion: ')
    expect(issue.message).toContain('not the text "1"')
  })

  it('refuses a plugin that declares no apiVersion', () => {
    const issue = onlyIssue((m) => delete m.apiVersion)
    expect(issue.message).toMatch(/^Plugin "test-council": apiVersion: is required/)
  })

  it('refuses 1.5 as not a whole number', () => {
    expect(onlyIssue((m) => (m.apiVersion = 1.5)).message).toContain('not 1.5')
  })

  it('reports only the version when an incompatible plugin has other errors too', () => {
    const issue = onlyIssue((m) => {
      m.apiVersion = 2
      m.branding.colours.link = '#7fb3ff'
      m.unknownThing = true
    })
    expect(issue.path).toBe('apiVersion')
  })
})

describe('validatePlugin: naming the plugin', () => {
  it('names the plugin by its source when its id is not valid', () => {
    const issues = issuesAfter((m) => (m.id = 'Test Council'))
    expect(issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^Plugin "@test\/plugin": id: must be an id in lowercase kebab-case/),
    ])
  })

  it('refuses the id reserved for the national defaults', () => {
    expect(onlyIssue((m) => (m.id = 'national-defaults')).message).toContain('kept for the national defaults')
  })

  it('refuses ids shorter than 3 characters', () => {
    expect(onlyIssue((m) => (m.id = 'ab')).message).toContain('at least 3 characters')
  })

  it('refuses something that is not a manifest at all, naming the source', () => {
    const result = validatePlugin('not a plugin', '@test/broken')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors[0]?.message).toMatch(
      /^Plugin "@test\/broken": must default-export a plugin manifest.*not the text "not a plugin"\.$/,
    )
  })

  it('refuses a module whose default export is missing', () => {
    const result = validatePlugin({ default: undefined }, '@test/empty')
    expect(!result.ok && result.errors[0]?.message).toContain('not nothing')
  })
})

describe('validatePlugin: closed at every level', () => {
  it('names an unknown top-level field and lists the allowed ones', () => {
    const issue = onlyIssue((m) => (m.theme = 'dark'))
    expect(issue.path).toBe('theme')
    expect(issue.message).toMatch(
      /^Plugin "test-council": theme: "theme" is not a field we recognise \(check the spelling\)/,
    )
    expect(issue.message).toContain('Fields allowed here: id, name, apiVersion')
  })

  it('suggests the right spelling for "colors"', () => {
    const issue = onlyIssue((m) => {
      m.branding.colors = m.branding.colours
      delete m.branding.colours
    })
    expect(issue.path).toBe('branding.colors')
    expect(issue.message).toContain('did you mean colours?')
  })

  it('names an unknown field deep inside', () => {
    const issue = onlyIssue((m) => (m.content.pages[1].layout = 'wide'))
    expect(issue.path).toBe('content.pages.1.layout')
    expect(issue.message).toContain('Fields allowed here: slug, title, summary, markdown, footer')
  })

  it('refuses a field the surveys slot does not have, listing those it does', () => {
    const issue = onlyIssue((m) => (m.surveys = { questions: [] }))
    expect(issue.path).toBe('surveys.questions')
    expect(issue.message).toContain('Fields allowed here: sets, statements')
  })
})

describe('validatePlugin: colours', () => {
  it('refuses a colour not written as #rrggbb', () => {
    const issue = onlyIssue((m) => (m.branding.colours.brand = 'teal'))
    expect(issue.path).toBe('branding.colours.brand')
    expect(issue.message).toBe(
      'Plugin "test-council": branding.colours.brand: must be a colour written as # and six hexadecimal digits, like #00625e.',
    )
  })

  it('refuses three-digit shorthand', () => {
    expect(onlyIssue((m) => (m.branding.colours.link = '#06c')).path).toBe('branding.colours.link')
  })

  it('refuses a link colour with too little contrast on white (WCAG 2.2 1.4.3)', () => {
    expect(onlyIssue((m) => (m.branding.colours.link = '#7fb3ff'))).toEqual({
      path: 'branding.colours.link',
      message:
        'Plugin "test-council": branding.colours.link: #7fb3ff on white has a contrast ratio of 2.14:1; WCAG 2.2 AA needs at least 4.5:1 for text.',
    })
  })

  it('refuses a visited link colour just under 4.5:1 and shows the ratio rounded down', () => {
    const issue = onlyIssue((m) => (m.branding.colours.linkVisited = '#777777'))
    expect(issue.path).toBe('branding.colours.linkVisited')
    expect(issue.message).toContain('#777777 on white has a contrast ratio of 4.47:1')
  })

  it('accepts a grey just over 4.5:1', () => {
    const manifest = validManifest()
    manifest.branding = { colours: { linkVisited: '#767676' } }
    expect(validatePlugin(manifest, '@test/plugin').ok).toBe(true)
  })

  it('refuses onBrand text with too little contrast on the brand colour', () => {
    const issue = onlyIssue((m) => (m.branding.colours.onBrand = '#4fa3a0'))
    expect(issue.path).toBe('branding.colours.onBrand')
    expect(issue.message).toMatch(
      /^Plugin "test-council": branding\.colours\.onBrand: #4fa3a0 on the brand colour #00625e has a contrast ratio of [0-9.]+:1; WCAG 2\.2 AA needs at least 4\.5:1 for text\.$/,
    )
  })

  it('refuses a button colour that white text cannot be read on', () => {
    const issue = onlyIssue((m) => (m.branding.colours.button = '#ffdd00'))
    expect(issue.path).toBe('branding.colours.button')
    expect(issue.message).toContain('white text on the button colour #ffdd00 has a contrast ratio of 1.34:1')
  })

  it('checks onBrand against brand only when the plugin sets both (composition checks the rest)', () => {
    const manifest = validManifest()
    manifest.branding = { colours: { onBrand: '#000000' } }
    expect(validatePlugin(manifest, '@test/plugin').ok).toBe(true)
  })
})

describe('validatePlugin: fonts', () => {
  it.each(['"GDS Transport"', 'GDS Transport', 'Transport', 'gds-transport-website', 'TRANSPORT'])(
    'refuses the GOV.UK Transport font written as %s',
    (family) => {
      const issue = onlyIssue((m) => (m.branding.fontStack = [family, 'Arial', 'sans-serif']))
      expect(issue.path).toBe('branding.fontStack.0')
      expect(issue.message).toContain('a council service must not use the GOV.UK Transport font')
    },
  )

  it('refuses a stack that does not end with a generic family', () => {
    const issue = onlyIssue((m) => (m.branding.fontStack = ['Arial', 'Helvetica']))
    expect(issue.path).toBe('branding.fontStack')
    expect(issue.message).toContain('must end with a generic family')
    expect(issue.message).toContain('it ends with Helvetica')
  })

  it('refuses an empty stack', () => {
    expect(onlyIssue((m) => (m.branding.fontStack = [])).message).toContain('must have at least 1 item')
  })
})

describe('validatePlugin: logo', () => {
  it.each([
    ['a script element', '<svg><script>alert(1)</script></svg>', 'must not contain <script>'],
    ['a script element in capitals', '<svg><SCRIPT src="x.js"></SCRIPT></svg>', 'must not contain <script>'],
    ['an onload attribute', '<svg onload="alert(1)"></svg>', 'like onload='],
    ['an event handler after a slash', '<svg/onmouseover=alert(1)></svg>', 'like onmouseover='],
    ['a javascript: link', '<svg><a href="javascript:alert(1)"><path d="M0 0"/></a></svg>', 'javascript:'],
    [
      'a javascript: link hidden by entities',
      '<svg><a href="java&#x73;cript&colon;alert(1)"></a></svg>',
      'javascript:',
    ],
    ['a javascript: link split by a tab', '<svg><a href="java\tscript:alert(1)"></a></svg>', 'javascript:'],
    [
      'a javascript: link with zero-padded references',
      '<svg><a href="&#x000006a;avascript:x"></a></svg>',
      'javascript:',
    ],
    ['a foreignObject', '<svg><foreignObject><p>hi</p></foreignObject></svg>', '<foreignObject>'],
    ['an XML declaration first', '<?xml version="1.0"?><svg></svg>', 'starting with <svg'],
    ['a file name', 'logo.svg', 'starting with <svg'],
  ])('refuses SVG markup with %s', (_, svg, reason) => {
    const issue = onlyIssue((m) => (m.branding.logo.svg = svg))
    expect(issue.path).toBe('branding.logo.svg')
    expect(issue.message).toMatch(/^Plugin "test-council": branding\.logo\.svg: must/)
    expect(issue.message).toContain(reason)
  })

  it('checks a tab icon as it checks the logo, since the portal serves it as an image anyone can open', () => {
    const issue = onlyIssue((m) => (m.branding.icon = '<svg onload="alert(1)"></svg>'))
    expect(issue.path).toBe('branding.icon')
    expect(issue.message).toContain('like onload=')
  })

  it('refuses a logo over 50 kB and says how big it is', () => {
    const svg = `<svg><path d="${'M0 0 '.repeat(12_000)}"/></svg>`
    const issue = onlyIssue((m) => (m.branding.logo.svg = svg))
    expect(issue.message).toContain(`this one is ${svg.length} bytes`)
  })

  it('refuses a logo with no alt text', () => {
    const issue = onlyIssue((m) => delete m.branding.logo.alt)
    expect(issue).toEqual({
      path: 'branding.logo.alt',
      message: 'Plugin "test-council": branding.logo.alt: Alt is required.',
    })
  })

  it('refuses alt text that is only spaces', () => {
    const issue = onlyIssue((m) => (m.branding.logo.alt = '   '))
    expect(issue.message).toContain('must describe the logo for people who cannot see it')
  })

  it('accepts "on" inside a word followed by "=", which is not an event handler', () => {
    const manifest = validManifest()
    manifest.branding = {
      logo: { svg: '<svg data-note="x=1"><title>Moon=bright</title></svg>', alt: 'Moon' },
    }
    expect(validatePlugin(manifest, '@test/plugin').ok).toBe(true)
  })
})

describe('validatePlugin: contact and footer links', () => {
  it('refuses a malformed email address', () => {
    expect(onlyIssue((m) => (m.branding.contact.email = 'care at example.org')).path).toBe('branding.contact.email')
  })

  it('refuses a phone number with letters', () => {
    expect(onlyIssue((m) => (m.branding.contact.phone = '0800 CARE')).message).toContain('must be a phone number')
  })

  it.each([
    ['a protocol-relative address', '//evil.example'],
    ['a backslash address browsers treat as another site', '/\\evil.example'],
    ['plain http', 'http://www.example.org/'],
    ['a javascript: link', 'javascript:alert(1)'],
    ['a relative path without a slash', 'pages/privacy'],
    ['a path with a space', '/pages/privacy notice'],
  ])('refuses a footer link href that is %s', (_, href) => {
    const issue = onlyIssue((m) => (m.branding.footerLinks[0].href = href))
    expect(issue.path).toBe('branding.footerLinks.0.href')
    expect(issue.message).toContain(
      'must be a path on this site starting with / (like /pages/privacy) or an https:// address',
    )
  })

  it('refuses a footer link with no text', () => {
    expect(onlyIssue((m) => (m.branding.footerLinks[1].text = '')).message).toBe(
      'Plugin "test-council": branding.footerLinks.1.text: Text must not be empty.',
    )
  })
})

describe('validatePlugin: content pages', () => {
  it('refuses two pages with the same slug, naming the duplicate', () => {
    const issue = onlyIssue((m) =>
      m.content.pages.push({ slug: 'about-us', title: 'About us again', markdown: 'Again.' }),
    )
    expect(issue.path).toBe('content.pages.2.slug')
    expect(issue.message).toBe(
      'Plugin "test-council": content.pages.2.slug: "about-us" is already the slug of an earlier page ("About us", at 0); each page needs its own slug.',
    )
  })

  it('refuses a slug that is not kebab-case', () => {
    const issue = onlyIssue((m) => (m.content.pages[0].slug = 'About_Us'))
    expect(issue.path).toBe('content.pages.0.slug')
    expect(issue.message).toContain('lowercase kebab-case')
  })

  it('refuses a page title given as a number, saying what it got', () => {
    expect(onlyIssue((m) => (m.content.pages[0].title = 42)).message).toBe(
      'Plugin "test-council": content.pages.0.title: Title must be text, not 42.',
    )
  })

  it('refuses a page with no markdown', () => {
    expect(onlyIssue((m) => delete m.content.pages[0].markdown).path).toBe('content.pages.0.markdown')
  })
})
