import { describe, expect, it } from 'vitest'
import { SERVICE_IDS, composePlugins, nationalDefaults, servicesInForce, validatePlugin } from '@open-sds/plugin-sdk'
import type { PluginManifest, ServicesSlot } from '@open-sds/plugin-sdk'
import { validManifest } from './fixtures.js'

const council = { name: 'Riverside Council adult social care', phone: '01632 960 000' }

const withServices = (services: unknown, id = 'test-ulo'): PluginManifest =>
  ({ ...validManifest(), id, services }) as PluginManifest

function composed(...plugins: PluginManifest[]) {
  const result = composePlugins(nationalDefaults, plugins)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return servicesInForce(result.value)
}

function messages(manifest: PluginManifest): string[] {
  const result = validatePlugin(manifest, '@test/plugin')
  return result.ok ? [] : result.errors.map((issue) => issue.message)
}

describe('the services slot', () => {
  it('runs every service when no plugin says otherwise, as a council instance does', () => {
    const inForce = composed(validManifest())
    expect(SERVICE_IDS.filter((id) => !inForce.offers(id))).toEqual([])
    expect(inForce.referTo).toBeUndefined()
  })

  it("runs only what a user-led organisation's plugin offers, and says who runs the rest", () => {
    const inForce = composed(withServices({ offered: ['coproduction'], referTo: council } satisfies ServicesSlot))
    expect(SERVICE_IDS.filter((id) => inForce.offers(id))).toEqual(['coproduction'])
    expect(inForce.referTo).toEqual(council)
  })

  it("lets a later plugin's list replace an earlier one's whole", () => {
    const inForce = composed(
      withServices({ offered: ['coproduction'], referTo: council }),
      withServices({ offered: [...SERVICE_IDS] }, 'test-council'),
    )
    expect(SERVICE_IDS.every((id) => inForce.offers(id))).toBe(true)
    expect(inForce.referTo).toBeUndefined()
  })

  it('refuses an instance that offers less than everything without saying who runs the rest', () => {
    expect(messages(withServices({ offered: ['coproduction'] }))).toContainEqual(
      expect.stringMatching(/^Plugin "test-ulo": services\.referTo: must name who runs the services/),
    )
  })

  it('refuses a service it does not know, naming the ones it does, and a service listed twice', () => {
    expect(messages(withServices({ offered: ['payroll'], referTo: council }))).toContainEqual(
      expect.stringMatching(/services\.offered\.0: must be one of: self-directed-support, charging-estimate/),
    )
    expect(messages(withServices({ offered: ['coproduction', 'coproduction'], referTo: council }))).toContainEqual(
      expect.stringMatching(/services\.offered: lists a service more than once/),
    )
  })

  it('refuses a referral without a phone number to call', () => {
    expect(messages(withServices({ offered: [], referTo: { name: 'Riverside Council' } }))).toContainEqual(
      expect.stringMatching(/services\.referTo\.phone/),
    )
  })
})
