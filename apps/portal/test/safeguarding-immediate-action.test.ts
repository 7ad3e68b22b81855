import { todayInEngland } from '@open-sds/kernel'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalClient } from '@open-sds/portal-harness'
import { formatDate } from '../app/components/dates'
import { portalEngines } from './support/engines'
import type { RunningPortal } from './support/portal-process'
import { signedIn, text } from './support/support-plan'

// Issue 19, "Safeguarding": once a concern is taken in, the worker records on its page what was done to keep the
// person safe now, when and by whom; it is shown on the concern, in its history and in the audit log in plain words.
describe.each(portalEngines())('the immediate safety action on a concern, on $name', (engine) => {
  let portal: RunningPortal
  let lead: PortalClient
  let concern: string

  beforeAll(async () => {
    portal = await engine.start()
    lead = await signedIn(portal, 'practitioner')
    const reported = await lead.submit('/report-a-concern', {
      whatHappened: 'A neighbour heard shouting and a fall; the door is not being answered.',
      inImmediateDanger: 'yes',
      actionsTaken: 'Called 999',
      ageBand: '75-84',
      relationship: 'friend-or-neighbour',
    })
    expect(reported.status, await reported.clone().text()).toBe(302)
    const reference = new URL(reported.headers.get('location') ?? '', portal.url).searchParams.get('reference')
    concern = `/safeguarding/concerns/${reference}`
  })

  afterAll(async () => {
    await portal?.stop()
  })

  const [year = '', month = '', day = ''] = todayInEngland(new Date()).split('-')

  it('refuses an action with nothing said, naming each field, and keeps what was typed', async () => {
    const empty = await lead.submit(concern, { intent: 'immediate-action' })
    expect(empty.status).toBe(400)
    const emptyPage = await text(empty)
    expect(emptyPage).toContain('<a href="#whatWasDone">Say what was done to keep the person safe</a>')
    expect(emptyPage).toContain('<a href="#doneOnDay">Enter the date it was done</a>')
    expect(emptyPage).toContain('<a href="#takenBy">Say who did it, for example you, the police or their GP</a>')
    const noMonth = await lead.submit(concern, {
      intent: 'immediate-action',
      whatWasDone: 'Police forced entry; she was taken to hospital',
      doneOnDay: day,
      doneOnMonth: '',
      doneOnYear: year,
      takenBy: 'Northmoor Police',
    })
    expect(noMonth.status).toBe(400)
    const noMonthPage = await text(noMonth)
    expect(noMonthPage).toContain('The date it was done must include a month')
    expect(noMonthPage).toContain('>Police forced entry; she was taken to hospital</textarea>')
    expect(noMonthPage).toContain('value="Northmoor Police"')
    const tomorrow = await lead.submit(concern, {
      intent: 'immediate-action',
      whatWasDone: 'Police forced entry',
      doneOnDay: '1',
      doneOnMonth: '1',
      doneOnYear: String(Number(year) + 1),
      takenBy: 'Northmoor Police',
    })
    expect(await text(tomorrow)).toContain('The date it was done cannot be in the future')
  })

  it('records what was done, when and by whom, shown on the concern, in its history and in the audit log', async () => {
    const recorded = await lead.submit(concern, {
      intent: 'immediate-action',
      whatWasDone: 'Police forced entry; she was taken to hospital and is safe there',
      doneOnDay: day,
      doneOnMonth: month,
      doneOnYear: year,
      takenBy: 'Northmoor Police',
    })
    expect(recorded.status).toBe(302)
    const page = await text(await lead.get(concern))
    const today = formatDate(todayInEngland(new Date()))
    expect(page).toContain(
      `<dt class="govuk-summary-list__key">${today}</dt><dd class="govuk-summary-list__value">Police forced entry; she was taken to hospital and is safe there`,
    )
    expect(page).toMatch(/Done by Northmoor Police\. Recorded by Dana Ellis on \d+ \w+ \d{4} at \d+:\d\d[ap]m\./)
    expect(page).toContain(
      `What was done to keep the person safe now recorded by Dana Ellis: Police forced entry; she was taken to hospital and is safe there (done on ${today} by Northmoor Police)`,
    )
    expect(page).toContain('Concern received')
    const admin = await signedIn(portal, 'council-admin')
    expect(await text(await admin.get('/admin/audit?action=safeguarding-concern.immediate-action'))).toContain(
      'Recorded what was done to keep the person safe now',
    )
  })
})
