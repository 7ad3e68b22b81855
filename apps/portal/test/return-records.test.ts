import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PortalClient } from '@open-sds/portal-harness'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { demoAccount as account } from './support/demo-account'
import { htmlOf } from './support/page-html'

// The forms that put right what the Client Level Data return needs (statutory-returns domain note, section 7: the
// person's NHS number, gender, ethnicity, postcode, support reason, accommodation, employment, unpaid carer, funding
// and date of death; short-term support with its dates, outcome and cost).
// On SQLite and, given a test server, on PostgreSQL (decision 021).
describe.each(portalEngines())('$name', (engine) => {
  let portal: RunningPortal
  let practitioner: PortalClient
  let admin: PortalClient
  let personId = ''

  const page = htmlOf

  beforeAll(async () => {
    portal = await engine.start()
    const representative = new PortalClient(portal.url)
    await representative.signIn(account('representative').email, account('representative').password)
    personId = /href="\/people\/([^"/]+)"/.exec(await (await representative.get('/my-care')).text())?.[1] ?? ''
    practitioner = new PortalClient(portal.url)
    await practitioner.signIn(account('practitioner').email, account('practitioner').password)
    admin = new PortalClient(portal.url)
    await admin.signIn(account('council-admin').email, account('council-admin').password)
  })

  afterAll(async () => {
    await portal?.stop()
  })

  const GOOD_DETAILS = {
    nhsNumber: '943 476 5919',
    gender: 'female',
    ethnicity: 'asian-indian',
    postcode: 'nm11aa',
    primarySupportReason: '',
    accommodationStatus: '',
    employmentStatus: '',
    hasUnpaidCarer: 'yes',
    clientFundingStatus: '',
    dateOfDeathDay: '',
    dateOfDeathMonth: '',
    dateOfDeathYear: '',
  }

  describe('a person’s details for the national returns', () => {
    it('refuses a wrong NHS number, postcode and a date of death in the future, naming each and keeping what was typed', async () => {
      const address = `/people/${personId}/return-details`
      const response = await practitioner.submit(address, {
        ...GOOD_DETAILS,
        nhsNumber: '943 476 5918',
        postcode: 'not a postcode',
      })
      expect(response.status).toBe(400)
      const html = await page(response)
      expect(html).toContain('Enter a real NHS number: 10 digits, like 943 476 5919')
      expect(html).toContain('Enter a real postcode, like NM1 1AA')
      expect(html).toContain('value="943 476 5918"')
      expect(html).toContain('value="not a postcode"')
      const future = await practitioner.submit(address, {
        ...GOOD_DETAILS,
        dateOfDeathDay: '1',
        dateOfDeathMonth: '1',
        dateOfDeathYear: '2999',
      })
      expect(future.status).toBe(400)
      const futureHtml = await page(future)
      expect(futureHtml).toContain('The date of death must be today or in the past')
      expect(futureHtml).toContain('href="#dateOfDeathDay"')
    })

    it('are reached from the person’s record by their practitioner', async () => {
      const record = await page(await practitioner.get(`/people/${personId}`))
      expect(record).toContain(`href="/people/${personId}/return-details"`)
    })

    it('saves the details as the national lists have them and shows them again', async () => {
      const address = `/people/${personId}/return-details`
      const saved = await practitioner.submit(address, GOOD_DETAILS)
      expect(saved.status).toBe(303)
      const html = await page(await practitioner.get(saved.headers.get('location') ?? address))
      expect(html).toContain('The details have been saved.')
      expect(html).toContain('value="9434765919"')
      expect(html).toContain('value="NM1 1AA"')
      expect(html).toMatch(/<option value="asian-indian" selected="">/)
      // Stored with its audit entry (decision 016), which the council administrator can read.
      expect(await page(await admin.get('/admin/audit'))).toContain('person.return-details.update')
    })
  })

  describe('short-term support', () => {
    const ended = {
      serviceType: 'st-max',
      component: 'reablement',
      startedOnDay: '1',
      startedOnMonth: '9',
      startedOnYear: '2026',
      endedOnDay: '13',
      endedOnMonth: '10',
      endedOnYear: '2026',
      outcome: '',
      weeklyCost: '210',
    }

    it('refuses support that has ended without saying what happened, keeping what was typed', async () => {
      const response = await practitioner.submit(`/people/${personId}/short-term-support`, ended)
      expect(response.status).toBe(400)
      const html = await page(response)
      expect(html).toContain('Select what happened when the support ended')
      expect(html).toMatch(/id="endedOnDay"[^>]*value="13"/)
      expect(html).toContain('value="210"')
    })

    it('records it, lists it, and lets the council administrator put it right from the list', async () => {
      const list = `/people/${personId}/short-term-support`
      const recorded = await practitioner.submit(list, { ...ended, endedOnDay: '', endedOnMonth: '', endedOnYear: '' })
      expect(recorded.status).toBe(303)
      const listed = await page(await admin.get(list))
      expect(listed).toContain('Reablement')
      expect(listed).toContain('Goes on')
      const change = /href="(\/people\/[^"]+\/short-term-support\/[^"]+)"/.exec(listed)?.[1] ?? ''
      const form = await page(await admin.get(change))
      expect(form).toMatch(/<option value="reablement" selected="">/)
      const fixed = await admin.submit(change, { ...ended, outcome: 'support-ended-as-planned' })
      expect(fixed.status).toBe(303)
      expect(await page(await admin.get(list))).toContain('13 October 2026')
      const audit = await page(await admin.get('/admin/audit'))
      expect(audit).toContain('short-term-support.record')
      expect(audit).toContain('short-term-support.update')
    })

    it('is not found for another person’s address or a record that is not theirs', async () => {
      expect((await admin.get(`/people/${personId}/short-term-support/not-a-record`)).status).toBe(404)
      expect((await admin.get('/people/not-a-person/return-details')).status).toBe(404)
    })
  })
})
