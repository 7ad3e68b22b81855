import { demoPeople } from '@open-sds/db'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPortal, type RunningPortal } from './support/portal-process'
import { completeSelfAssessment } from './support/self-assessment'
import { page, personWithAgreedBudget, signedIn } from './support/support-plan'

// Issue 19, "one truth per page": the budget page states one budget, one cost of care and one council share, and its
// heading and what happens next follow the person's stage (decided by @open-sds/support-planning's budgetStage).
let portal: RunningPortal

const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

beforeAll(async () => {
  portal = await startPortal()
})

afterAll(async () => {
  await portal?.stop()
})

describe('the budget page follows the stage', () => {
  // First: the practitioner's caseload then lists only this person's self-assessment.
  it('once agreed, it states the agreed budget as the one cost of care, shared once, and planning is next', async () => {
    const { rep, id } = await personWithAgreedBudget(portal)
    const budget = words(await page(rep, `/people/${id}/budget`))
    const agreed = /Priya Shah's agreed personal budget (£[\d,]+\.\d\d) a week/.exec(budget)?.[1]
    expect(agreed, budget.slice(0, 400)).toBeDefined()
    expect(budget).toContain('Plan how to use your budget')
    expect(budget).not.toContain('A practitioner will contact you to confirm whether you are eligible')
    // The demo charge (£125.14 a week, confirmed) shared against that one cost of care, and no other stated.
    expect(budget).toContain(
      `The cost of your care is taken to be your agreed weekly personal budget: ${agreed} a week.`,
    )
    expect(budget).toContain(`${agreed} - £125.14 =`)
    expect(budget).not.toMatch(/worked out on a weekly cost of care/)
    expect(budget).toContain('How your indicative budget was first worked out')
  })
  it('before a practitioner agrees it, the budget is indicative and the practitioner is next', async () => {
    const citizen = await signedIn(portal, 'citizen')
    const alex = demoPeople.find((person) => person.key === 'alex')?.id ?? ''
    const budget = words(await page(citizen, await completeSelfAssessment(citizen, alex)))
    expect(budget).toContain('Your indicative personal budget')
    expect(budget).toContain('A practitioner will contact you to confirm whether you are eligible')
    expect(budget).toContain('How this was worked out')
  })
})
