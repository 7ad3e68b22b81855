import { describe, expect, it } from 'vitest'
import {
  PLUGIN_API_VERSION,
  SUPPORTED_PLUGIN_API_VERSIONS,
  cssFontFamily,
  definePlugin,
  formatPluginErrors,
  jsonSchemas,
  nationalDefaults,
} from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

describe('plugin API version', () => {
  it('is 1, and the portal supports exactly that version', () => {
    expect(PLUGIN_API_VERSION).toBe(1)
    expect(SUPPORTED_PLUGIN_API_VERSIONS).toEqual([1])
  })
})

describe('definePlugin', () => {
  it('returns the very manifest it is given, checking nothing', () => {
    const manifest = validManifest()
    expect(definePlugin(manifest)).toBe(manifest)
  })
})

describe('formatPluginErrors', () => {
  it('lists every problem, numbered, with what to do', () => {
    const text = formatPluginErrors([
      {
        path: 'apiVersion',
        message: 'Plugin "a" declares apiVersion 2, but this portal supports plugin API version 1.',
      },
      { path: 'branding.colours.link', message: 'Plugin "b": branding.colours.link: #7fb3ff on white is too light.' },
    ])
    expect(text.split('\n')).toEqual([
      'The portal cannot start because of 2 problems with its plugins:',
      '',
      '  1. Plugin "a" declares apiVersion 2, but this portal supports plugin API version 1.',
      '  2. Plugin "b": branding.colours.link: #7fb3ff on white is too light.',
      '',
      "Fix each one in the plugin it names (or remove that plugin from the portal's configuration), then start the portal again.",
    ])
  })

  it('speaks of a single problem in the singular', () => {
    expect(formatPluginErrors([{ path: 'id', message: 'Plugin "x": id: is required.' }])).toMatch(
      /^The portal cannot start because of a problem with its plugins:/,
    )
  })
})

describe('cssFontFamily', () => {
  it('quotes named families and leaves generic ones bare', () => {
    expect(cssFontFamily(['"Helvetica Neue"', 'Arial', '3Dumb', 'sans-serif'])).toBe(
      '"Helvetica Neue", "Arial", "3Dumb", sans-serif',
    )
    expect(cssFontFamily(nationalDefaults.branding.fontStack)).toBe('"Arial", "Helvetica", sans-serif')
  })
})

describe('jsonSchemas', () => {
  it('publishes the manifest as a closed JSON Schema for editors and other languages', () => {
    const schema = jsonSchemas.pluginManifest as {
      additionalProperties?: boolean
      required?: string[]
      properties?: object
    }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required).toEqual(['id', 'name', 'apiVersion'])
    expect(Object.keys(schema.properties ?? {})).toContain('chargingPolicy')
  })
})
