import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { portalEngines } from './support/engines'
import { reportConcern } from './support/concerns'
import { portalSql } from './support/portal-sql'
import type { RunningPortal } from './support/portal-process'
import { page, signedIn } from './support/support-plan'

// Issue 18, "Due and overdue": plan reviews due in the next four weeks and overdue, financial assessments waiting,
// and concerns by urgency (immediate danger first, not newest first), each list only for those who may open it.
describe.each(portalEngines())('due and overdue on $name', (engine) => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await engine.start()
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('shows a practitioner the demo plan review due in two weeks, linked to the plan, from the staff navigation', async () => {
    const dana = await signedIn(portal, 'practitioner')
    const html = await page(dana, '/work/due')
    expect(html).toContain('href="/work/due"')
    expect(html).toContain('<h2 class="govuk-heading-m">Plan reviews</h2>')
    expect(html).toMatch(/<a class="govuk-link" href="\/practitioner\/plans\/[^"]+">Joe Whitfield<\/a>/)
    expect(html).toMatch(/Due in 14 days \(\d{1,2} \w+ \d{4}\)/)
    expect(html).toMatch(/href="\/work\/due"[^>]*>(<strong[^>]*>)?Due and overdue \(1\)</)
    // Financial assessments are the finance officers' list, not the practitioner's.
    expect(html).not.toContain('Financial assessments waiting')
    const [read] = await portalSql(portal, "select resource from audit_log where action = 'due-list.read'")
    expect(read?.resource).toMatch(/^due-list:/)
  })

  it('lists concerns with immediate danger first, though sent later, and only to safeguarding staff', async () => {
    const citizen = await signedIn(portal, 'citizen')
    const report = async (inImmediateDanger: 'yes' | 'no', whatHappened: string) => {
      const sent = await reportConcern(citizen, inImmediateDanger, whatHappened)
      expect(sent.status, await sent.clone().text()).toBe(302)
      return new URL(sent.headers.get('location') ?? '', portal.url).searchParams.get('reference') ?? ''
    }
    const calm = await report('no', 'My neighbour has not been seen for a week.')
    const danger = await report('yes', 'I heard shouting and a crash next door; she is not answering.')
    const html = await page(await signedIn(portal, 'practitioner'), '/work/due')
    const dangerAt = html.indexOf(`>${danger}</a></td><td class="govuk-table__cell">Immediate danger<`)
    const calmAt = html.indexOf(`>${calm}</a></td><td class="govuk-table__cell">Not in immediate danger<`)
    expect(dangerAt).toBeGreaterThan(-1)
    expect(calmAt).toBeGreaterThan(dangerAt)
    expect(html).toContain(`href="/safeguarding/concerns/${danger}"`)
    expect(html).toContain('>Concern</th>')
    // The navigation counts what the page lists, the review and both concerns: "Due and overdue (3)".
    expect(html).toMatch(/href="\/work\/due"[^>]*>(<strong[^>]*>)?Due and overdue \(3\)</)
    // A finance officer is not on the safeguarding list: no concerns, and no plan reviews; their own list instead.
    const finance = await page(await signedIn(portal, 'finance'), '/work/due')
    expect(finance).not.toContain(danger)
    expect(finance).not.toContain('Plan reviews')
    expect(finance).toContain('Financial assessments waiting')
  })

  it('lists a plan review only to a practitioner with the person on their caseload (decision 058)', async () => {
    const dana = await signedIn(portal, 'practitioner')
    const [joe] = await portalSql(portal, "select id from people where display_name = 'Joe Whitfield'")
    const [danaAccount] = await portalSql(portal, "select id from users where email = 'practitioner@example.org'")
    await portalSql(portal, 'delete from person_access where user_id = ? and person_id = ?', danaAccount?.id, joe?.id)
    const html = await page(dana, '/work/due')
    expect(html).not.toContain('Joe Whitfield')
    // The two concerns are still hers to see; the review is no longer counted.
    expect(html).toMatch(/href="\/work\/due"[^>]*>(<strong[^>]*>)?Due and overdue \(2\)</)
  })
})
