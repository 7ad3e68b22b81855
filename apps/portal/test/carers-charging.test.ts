import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLAN, determinedCarer } from './support/carers'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { portalSql } from './support/portal-sql'
import { page } from './support/support-plan'

// Issue 16: charging carers is the council's choice in its plugin (the default, and Northmoor's, is no charge:
// test/carers.test.ts). A council that charges asks the carer's income when the plan is agreed; the charge ignores the
// carer's and their partner's earnings (carers.md §5; the rule is @open-sds/carers' chargeCarer), and the carer reads it.
const CHARGING = path.resolve(import.meta.dirname, 'fixtures', 'plugin-county-charging-carers.mjs')

describe.each(portalEngines())('a council that charges carers, on $name', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start({ env: { OPEN_SDS_PLUGINS: CHARGING } })
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('charges half of Ravi’s pension above £200.00, ignoring his £400.00 earnings, and shows him why', async () => {
    const { ravi, dana, carerPersonId } = await determinedCarer(portal)
    const path = `/work/carers/${carerPersonId}/plan`
    const opened = await page(dana, path)
    expect(opened).toContain('The carer’s earnings')
    const income = { incomeEarnings: '400', incomePension: '260' }
    const wrong = await dana.submit(path, { ...PLAN, ...income, incomeBenefits: 'lots' })
    expect(wrong.status).toBe(400)
    const said = await wrong.text()
    expect(said).toMatch(/<a href="#incomeBenefits">[^<]*benefits[^<]*<\/a>/i)
    expect(said).toContain('value="lots"')
    expect(said).toContain('value="400"')
    expect(await portalSql(portal, 'select id from carer_plans')).toEqual([])

    expect((await dana.submit(path, { ...PLAN, ...income })).status).toBe(302)
    const [stored] = await portalSql(portal, 'select weekly_charge_pence from carer_plans')
    // £260.00 pension counted, less the £200.00 allowance, is £60.00; half of it is £30.00. Earnings are not counted.
    expect(Number(stored?.weekly_charge_pence)).toBe(3_000)

    const seen = wordsOf(await page(ravi, '/carers/plan'))
    expect(seen).toContain('You pay £30.00 towards it.')
    // Ravi's budget is a one-off sum: he pays one week's contribution once, not every week.
    expect(seen).toContain('The budget is a one-off sum, so the carer pays one week’s contribution once: £30.00.')
    expect(seen).not.toContain('The carer pays £30.00 a week.')
    expect(seen).toContain('Earnings of the carer and their partner are ignored.')
    expect(seen).toContain(
      'Weekly income counted £260.00, less the allowance of £200.00, leaves £60.00; 50% of it is £30.00.',
    )
  })
})
