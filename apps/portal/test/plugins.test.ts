import { PLUGIN_API_VERSION } from '@open-sds/plugin-sdk'
import county from '@open-sds/plugin-example-county'
import ulo from '@open-sds/plugin-example-ulo'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPlugins, type ModuleImporter } from '~/.server/plugins'

const modules: Record<string, unknown> = {
  county: { default: county },
  ulo: { default: ulo },
  'future-plugin': { default: { ...county, id: 'future-plugin', apiVersion: PLUGIN_API_VERSION + 1 } },
  'low-contrast': {
    default: {
      ...ulo,
      id: 'low-contrast',
      branding: { ...ulo.branding, colours: { ...ulo.branding?.colours, link: '#9ecbff' } },
    },
  },
}

// A plugin naming a letter font (issue 15): the county's own, with one of its files swapped for another.
const notAFont = path.join(tmpdir(), `open-sds-not-a-font-${process.pid}.ttf`)
writeFileSync(notAFont, 'This is a text file named as a font.\n')
const countyFont = county.notifications?.letterHeader?.font
const withFont = (id: string, font: Partial<NonNullable<typeof countyFont>>) => ({
  default: {
    ...county,
    id,
    notifications: { letterHeader: { addressLines: ['County Hall'], font: { ...countyFont, ...font } } },
  },
})
modules['missing-font'] = withFont('missing-font', { regular: '/nowhere/CouncilSans-Regular.ttf' })
modules['text-as-font'] = withFont('text-as-font', { bold: notAFont })

const importer: ModuleImporter = async (name) => {
  if (name in modules) return modules[name]
  throw Object.assign(new Error(`Cannot find package '${name}'`), { code: 'ERR_MODULE_NOT_FOUND' })
}

describe('loadPlugins', () => {
  it('layers plugins in order: the last one named wins', async () => {
    const countyFirst = await loadPlugins(['county', 'ulo'], importer)
    const uloFirst = await loadPlugins(['ulo', 'county'], importer)
    expect(countyFirst.branding.organisationName).toBe(ulo.branding?.organisationName)
    expect(uloFirst.branding.organisationName).toBe(county.branding?.organisationName)
  })

  it('refuses a plugin written for another plugin API version, naming it', async () => {
    await expect(loadPlugins(['future-plugin'], importer)).rejects.toThrow(/future-plugin.*apiVersion/s)
  })

  it('refuses a plugin whose link colour fails contrast, naming the plugin and the field', async () => {
    await expect(loadPlugins(['low-contrast'], importer)).rejects.toThrow(/low-contrast.*branding\.colours\.link/s)
  })

  it('says when a configured plugin is not installed', async () => {
    await expect(loadPlugins(['@council/missing'], importer)).rejects.toThrow(
      'Plugin "@council/missing" could not be loaded: it is not installed.',
    )
  })

  it('refuses the same plugin twice', async () => {
    await expect(loadPlugins(['county', 'county'], importer)).rejects.toThrow(/configured more than once/)
  })

  it('starts with the county’s letter font, which it ships, and refuses a font file that is not there or not a font', async () => {
    expect(countyFont?.name).toBe('Atkinson Hyperlegible')
    expect((await loadPlugins(['county'], importer)).slots.notifications?.letterHeader?.font).toEqual(countyFont)
    await expect(loadPlugins(['missing-font'], importer)).rejects.toThrow(
      /notifications\.letterHeader\.font\.regular \(missing-font\): there is no file at \/nowhere\/CouncilSans-Regular\.ttf/,
    )
    await expect(loadPlugins(['text-as-font'], importer)).rejects.toThrow(
      /notifications\.letterHeader\.font\.bold \(text-as-font\): \S+ is not a font letters can embed/,
    )
  })
})
