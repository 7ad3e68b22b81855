import { nationalDefaults, composePlugins } from '@open-sds/plugin-sdk'
import county from '@open-sds/plugin-example-county'
import { describe, expect, it } from 'vitest'
import { brandStylesheet, shade } from '~/routes/_front+/brand-css.server'

describe('brandStylesheet', () => {
  it("puts the plugin's colours and fonts into GOV.UK Frontend's custom properties", () => {
    const composed = composePlugins(nationalDefaults, [county])
    if (!composed.ok) throw new Error('the example county must compose')
    const { branding } = composed.value
    const css = brandStylesheet(branding)
    expect(css).toContain(`--govuk-brand-colour: ${branding.colours.brand};`)
    expect(css).toContain(`--govuk-link-colour: ${branding.colours.link};`)
    expect(css).toContain(`--open-sds-font-family: ${branding.fontStack.join(', ')};`)
    expect(css).not.toMatch(/Transport/i)
  })

  it('darkens a colour towards black by the share given', () => {
    expect(shade('#ffffff', 0.5)).toBe('#808080')
    expect(shade('#00703c', 0)).toBe('#00703c')
    expect(shade('#00703c', 1)).toBe('#000000')
  })
})
