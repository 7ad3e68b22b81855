import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { composePlugins, nationalDefaults, validatePlugin } from '@open-sds/plugin-sdk'
import type { ComposedConfiguration, Configuration, PluginManifest } from '@open-sds/plugin-sdk'
import { validPlugin } from './arbitraries.js'

function compose(base: Configuration, plugins: PluginManifest[]): ComposedConfiguration {
  const result = composePlugins(base, plugins)
  if (!result.ok) throw new Error(result.errors.map((issue) => issue.message).join('\n'))
  return result.value
}

/** What the portal renders: everything but the list of plugins applied, which records each application. */
function rendered({ branding, pages, slots, provenance }: ComposedConfiguration) {
  return { branding, pages, slots, provenance }
}

function configurationOf({ branding, pages, slots }: ComposedConfiguration): Configuration {
  return { branding, pages, slots }
}

describe('composePlugins: properties', () => {
  it('every generated plugin is valid (so the properties below test valid plugins)', () => {
    fc.assert(fc.property(validPlugin, (plugin) => validatePlugin(plugin, 'arbitrary').ok))
  })

  it('is idempotent: applying the same plugin twice gives what applying it once gives', () => {
    fc.assert(
      fc.property(validPlugin, (plugin) => {
        expect(rendered(compose(nationalDefaults, [plugin, plugin]))).toEqual(
          rendered(compose(nationalDefaults, [plugin])),
        )
      }),
    )
  })

  it('with no plugins, returns the configuration it was given', () => {
    fc.assert(
      fc.property(validPlugin, (plugin) => {
        const base = configurationOf(compose(nationalDefaults, [plugin]))
        expect(configurationOf(compose(base, []))).toEqual(base)
      }),
    )
  })

  it('layers consistently: [a, b] over the defaults equals b over (a over the defaults)', () => {
    fc.assert(
      fc.property(validPlugin, validPlugin, (a, b) => {
        const inOneGo = compose(nationalDefaults, [a, b])
        const inTwoSteps = compose(configurationOf(compose(nationalDefaults, [a])), [b])
        expect(configurationOf(inTwoSteps)).toEqual(configurationOf(inOneGo))
      }),
    )
  })

  it('the last plugin wins every branding field it sets, and provenance says so', () => {
    fc.assert(
      fc.property(validPlugin, validPlugin, (a, b0) => {
        const b = { ...b0, id: `${a.id}-later` }
        const result = compose(nationalDefaults, [a, b])
        if (b.branding?.organisationName !== undefined) {
          expect(result.branding.organisationName).toBe(b.branding.organisationName)
          expect(result.provenance.branding.organisationName).toBe(b.id)
        }
        for (const [key, value] of Object.entries(b.branding?.colours ?? {})) {
          expect(result.branding.colours[key as keyof typeof result.branding.colours]).toBe(value)
        }
        for (const page of b.content?.pages ?? []) {
          expect(result.pages.find((candidate) => candidate.slug === page.slug)).toEqual(page)
          expect(result.provenance.pages[page.slug]).toBe(b.id)
        }
      }),
    )
  })

  it('keeps one page per slug, and credits every page to a layer', () => {
    fc.assert(
      fc.property(fc.array(validPlugin, { maxLength: 4 }), (plugins) => {
        const result = compose(nationalDefaults, plugins)
        const slugs = result.pages.map((page) => page.slug)
        expect(new Set(slugs).size).toBe(slugs.length)
        expect(Object.keys(result.provenance.pages).sort()).toEqual([...slugs].sort())
      }),
    )
  })
})

describe('validatePlugin: properties', () => {
  it('never throws, whatever it is given, and names the plugin in every message', () => {
    fc.assert(
      fc.property(fc.anything(), (candidate) => {
        const result = validatePlugin(candidate, '@any/source')
        if (!result.ok) for (const issue of result.errors) expect(issue.message).toMatch(/^Plugin "/)
      }),
    )
  })

  it('names the field of every issue in its message', () => {
    fc.assert(
      fc.property(
        validPlugin,
        fc.constantFrom('name', 'id', 'branding', 'content'),
        fc.anything(),
        (plugin, field, junk) => {
          const result = validatePlugin({ ...plugin, [field]: junk }, '@any/source')
          if (!result.ok) for (const issue of result.errors) expect(issue.message).toContain(`${issue.path}`)
        },
      ),
    )
  })
})
