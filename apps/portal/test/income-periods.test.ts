import { demoPeople } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount } from './support/demo-account'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'

// Issue 20: income is often paid every 4 weeks, every month or every year. Beside each income amount the person says
// how often (GOV.UK radios, no JavaScript needed); the charging package makes it weekly under regulation 11 of
// SI 2014/2672 (charging.md, "Rounding") and says so in the explanation.
const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
// On SQLite and, given a test server, on PostgreSQL (decision 021).
describe.each(portalEngines())('$name', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start()
  })

  afterAll(async () => {
    await portal?.stop()
  })

  const decoded = (html: string) => html.replaceAll('&#x27;', "'").replaceAll('&amp;', '&')
  const checked = (html: string, id: string) => new RegExp(`id="${id}"[^>]*checked`).test(html)

  describe('the financial assessment asks how often each income is paid', () => {
    it('keeps the amount and how often it is paid, shows them back, and works the charge out weekly', async () => {
      const client = new PortalClient(portal.url)
      expect((await client.signIn(demoAccount('citizen').email, demoAccount('citizen').password)).status).toBe(302)
      expect((await client.submit(`/people/${alex}/financial-assessment`, {})).status).toBe(302)
      const income = `/people/${alex}/financial-assessment/income`

      const page = await (await client.get(income)).text()
      for (const label of ['Every week', 'Every 4 weeks', 'Every month', 'Every year']) expect(page).toContain(label)
      // Every week is chosen until the person picks another.
      expect(checked(page, 'statePensionPer')).toBe(true)

      // A mistake elsewhere on the page keeps what was typed and chosen.
      const refused = await client.submit(income, {
        statePension: '921.00',
        statePensionPer: 'four-weeks',
        privatePension: 'lots',
        privatePensionPer: 'month',
        careBenefit: 'none',
      })
      expect(refused.status).toBe(400)
      const again = await refused.text()
      expect(again).toContain('value="921.00"')
      expect(checked(again, 'statePensionPer-four-weeks')).toBe(true)
      expect(checked(again, 'privatePensionPer-month')).toBe(true)
      expect(checked(again, 'statePensionPer')).toBe(false)

      // A period that is not one of the radios is refused, naming the income.
      const tampered = await client.submit(income, { statePension: '921.00', statePensionPer: 'fortnight' })
      expect(tampered.status).toBe(400)
      expect(decoded(await tampered.text())).toContain(
        'Select how often you get State Pension: every week, every 4 weeks, every month or every year',
      )

      const saved = await client.submit(income, {
        statePension: '921.00',
        statePensionPer: 'four-weeks',
        privatePension: '433.33',
        privatePensionPer: 'month',
        careBenefit: 'none',
      })
      expect(saved.status).toBe(302)
      const reopened = await (await client.get(income)).text()
      expect(checked(reopened, 'statePensionPer-four-weeks')).toBe(true)
      expect(checked(reopened, 'privatePensionPer-month')).toBe(true)

      const check = decoded(await (await client.get(`/people/${alex}/financial-assessment/check`)).text())
      expect(check).toContain('£921.00 every 4 weeks')
      expect(check).toContain('£433.33 a month')
    })
  })

  describe('the financial assessment asks how often each housing cost is paid', () => {
    it('takes a yearly Council Tax bill and a monthly rent as given, and keeps them after a mistake', async () => {
      const client = new PortalClient(portal.url)
      expect((await client.signIn(demoAccount('citizen').email, demoAccount('citizen').password)).status).toBe(302)
      expect((await client.submit(`/people/${alex}/financial-assessment`, {})).status).toBe(302)
      const housing = `/people/${alex}/financial-assessment/housing`
      const page = await (await client.get(housing)).text()
      expect(checked(page, 'councilTaxPer')).toBe(true)

      // Four-weekly Housing Benefit of £700 is £175 a week: more than £650 a month of rent (£150 a week).
      const refused = await client.submit(housing, {
        rent: '650',
        rentPer: 'month',
        housingBenefit: '700',
        housingBenefitPer: 'four-weeks',
        councilTax: '1850',
        councilTaxPer: 'year',
      })
      expect(refused.status).toBe(400)
      const again = decoded(await refused.text())
      expect(again).toContain('Housing Benefit must not be more than your rent and service charges')
      expect(checked(again, 'rentPer-month')).toBe(true)
      expect(checked(again, 'councilTaxPer-year')).toBe(true)
      expect(again).toContain('value="1850"')

      const tampered = await client.submit(housing, { rent: '650', rentPer: 'fortnight' })
      expect(decoded(await tampered.text())).toContain('Select how often you pay rent: every week')

      const saved = await client.submit(housing, {
        rent: '650',
        rentPer: 'month',
        housingBenefit: '480',
        housingBenefitPer: 'four-weeks',
        councilTax: '1850',
        councilTaxPer: 'year',
      })
      expect(saved.status).toBe(302)
      const check = decoded(await (await client.get(`/people/${alex}/financial-assessment/check`)).text())
      expect(check).toContain('£650.00 a month')
      expect(check).toContain('£1,850.00 a year')
    })
  })

  describe('the anonymous estimate asks how often the pensions and benefits are paid', () => {
    const estimate = (fields: Record<string, string>) =>
      new PortalClient(portal.url).submit('/charging-estimate', {
        age: '70',
        pensionCreditAge: 'yes',
        income: '921.00',
        costOfCare: '300',
        ...fields,
      })

    it('works out £921.00 every 4 weeks as £230.25 a week and says how, keeping the choice on the page', async () => {
      const answered = await estimate({ incomePer: 'four-weeks' })
      expect(answered.status).toBe(200)
      const html = decoded(await answered.text())
      expect(html).toContain(
        'Pensions and benefits: £230.25 a week (£921.00 every 4 weeks / 4, any fraction of a penny left out in your favour).',
      )
      expect(checked(html, 'incomePer-four-weeks')).toBe(true)

      const refused = await estimate({ incomePer: 'year', costOfCare: '' })
      expect(refused.status).toBe(400)
      const kept = await refused.text()
      expect(kept).toContain('value="921.00"')
      expect(checked(kept, 'incomePer-year')).toBe(true)
    })
  })
})
