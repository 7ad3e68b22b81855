import { PortalClient } from '@open-sds/portal-harness'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import { htmlOf } from './support/page-html'

// Issue 19: an empty date was taken as no answer, and a wrong one was told only "as a day, month and year".
describe.each(portalEngines())('the uprating date on $name', (engine) => {
  const portal = portalFor(engine)
  let admin: PortalClient

  beforeAll(async () => {
    admin = new PortalClient(portal.url)
    await admin.signIn(demoAccount('council-admin').email, demoAccount('council-admin').password)
  })

  const page = async (query: string) => await htmlOf(await admin.get(`/admin/uprating?${query}`))

  it('is an error when sent empty, and not on a first visit', async () => {
    expect(await page('preview=1&day=&month=&year=')).toContain('Enter the date the new rates take effect')
    expect(await page('')).not.toContain('There is a problem')
  })

  it('names the part that is missing or wrong, and keeps what was typed', async () => {
    const html = await page('preview=1&day=6&month=&year=2026')
    expect(html).toContain('The date the new rates take effect must include a month')
    expect(html).toMatch(/name="day"[^>]*value="6"|value="6"[^>]*name="day"/)
    expect(html).toMatch(/name="year"[^>]*value="2026"|value="2026"[^>]*name="year"/)
    expect(await page('preview=1&day=31&month=2&year=2026')).toContain(
      'The date the new rates take effect must be a real date',
    )
    expect(await page('preview=1&day=6&month=4&year=26')).toContain(
      'The year of the date the new rates take effect must be 4 numbers, like 2026',
    )
  })

  it("refuses a day before 6 April, when last year's rates are still in force, saying when the new ones start", async () => {
    const html = await page('preview=1&day=1&month=4&year=2026')
    expect(html).toContain('The 2026/27 rates take effect on 6 April 2026')
    expect(html).toMatch(/name="day"[^>]*value="1"|value="1"[^>]*name="day"/)
  })
})
