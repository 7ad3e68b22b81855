import { describe, expect, it } from 'vitest'
import { main } from '../examples/basic.js'

describe('examples/basic.ts', () => {
  it("wears the council's brand over the national defaults and refuses pale links", () => {
    const result = main()
    expect(result.header).toBe('Greenfield Borough Council: Adult social care')
    expect(result.brandColour).toBe('#1e5631')
    expect(result.pages).toContain('/pages/about-us (greenfield-borough)')
    expect(result.pages).toContain('/pages/privacy (national-defaults)')
    expect(result.contactEmailFrom).toBe('greenfield-borough')
    expect(result.paleLinksRefused).toContain('branding.colours.link: #7fb3ff on white has a contrast ratio of 2.14:1')
  })
})
