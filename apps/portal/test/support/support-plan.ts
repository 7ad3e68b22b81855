import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import type { RunningPortal } from './portal-process'
import { completeSelfAssessment } from './self-assessment'
import { demoAccount as account } from './demo-account'
import { htmlOf } from './page-html'

// Quotes as a person reads them, where React writes them as entities.
export const text = async (response: Response) =>
  (await htmlOf(response)).replaceAll('&#x27;', "'").replaceAll('&quot;', '"')

export async function page(client: PortalClient, path: string) {
  return text(await client.get(path))
}

/** A demo account signed in on this portal. */
export async function signedIn(on: { url: string }, key: string): Promise<PortalClient> {
  const client = new PortalClient(on.url)
  await client.signIn(account(key).email, account(key).password)
  return client
}

/** Ravi sends his mother's self-assessment and the practitioner agrees her budget: a plan can then be started. */
export async function personWithAgreedBudget(on: RunningPortal, personId?: string) {
  const rep = await signedIn(on, 'representative')
  // Ravi's first record on his account page is his mother's, unless he has one of his own as a carer: then say whose.
  const id = personId ?? /href="\/people\/([^"/]+)"/.exec(await page(rep, '/my-care'))?.[1] ?? ''
  await completeSelfAssessment(rep, id)
  const dana = await signedIn(on, 'practitioner')
  const decisionPage = `/practitioner/assessments/${/href="\/practitioner\/assessments\/([^"]+)"/.exec(await page(dana, '/practitioner'))?.[1]}`
  const html = await page(dana, decisionPage)
  const body = new URLSearchParams({
    csrf: csrfTokenIn(html),
    impairment: 'yes',
    impairmentReason: 'Dementia',
    outcomesHow: 'Needs prompting to eat and help to wash',
    wellbeing: 'yes',
    wellbeingImpact: 'Losing weight',
    fluctuates: 'no',
    budgetDecision: 'agree',
  })
  body.append('outcomes', 'nutrition')
  body.append('outcomes', 'hygiene')
  const decided = await fetch(new URL(decisionPage, on.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: dana.cookieHeader() },
    body: body.toString(),
  })
  if (decided.status !== 302) throw new Error(`test setup: recording eligibility gave ${decided.status}`)
  return { rep, dana, id }
}

/** The review date the agreement form offers, as its day, month and year boxes (what pressing "Agree" sends). */
export const reviewOfferedIn = (html: string) =>
  Object.fromEntries(
    ['reviewDay', 'reviewMonth', 'reviewYear'].map((name) => [
      name,
      new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? '',
    ]),
  )

/** The plan's record version the page's forms carry, which a change must name (one of two approvals wins). */
export const expectedVersionIn = (html: string) => /name="expectedVersion" value="(\d+)"/.exec(html)?.[1] ?? ''

/**
 * A small plan for the person, built step by step by their representative and sent to the council: what a
 * practitioner then approves. Returns the practitioner's address for it.
 */
export async function submittedPlan(rep: PortalClient, dana: PortalClient, personId: string): Promise<string> {
  const plan = `/people/${personId}/plan`
  const expectRedirect = async (step: string, response: Promise<Response>) => {
    const answer = await response
    if (answer.status !== 302) throw new Error(`test setup: ${step} gave ${answer.status}: ${await text(answer)}`)
  }
  await expectRedirect('starting the plan', rep.submit(plan, { intent: 'start' }))
  await expectRedirect(
    'who planned it',
    rep.submit(`${plan}/people`, {
      planner0Name: 'Priya Shah',
      planner0Role: 'the-person',
      moneyName: 'Ravi Shah',
      moneyRole: 'nominated-person',
      repName: 'Ravi Shah',
      repRelationship: 'Son',
      repAuthority: 'lasting-power-of-attorney',
      intent: 'continue',
    }),
  )
  await expectRedirect(
    'an outcome',
    rep.submit(`${plan}/outcomes`, {
      words: 'I want to get to church every Sunday',
      links: 'care-act-eligibility-outcomes/community',
      intent: 'add',
    }),
  )
  const outcome = /name="outcome" type="radio" value="([^"]+)"/.exec(await page(rep, `${plan}/supports`))?.[1] ?? ''
  await expectRedirect(
    'a support',
    rep.submit(`${plan}/supports`, {
      outcome,
      providerType: 'personal-assistant',
      description: 'PA to go to church with me',
      per: 'week',
      count: '1',
      cost: '15.50',
      intent: 'add',
    }),
  )
  await expectRedirect(
    'the contingency plan',
    rep.submit(`${plan}/contingency`, {
      contingencyPlan: 'If my PA is ill, my son Ravi takes me to church.',
      reviewDay: '1',
      reviewMonth: '6',
      reviewYear: '2099',
      intent: 'continue',
    }),
  )
  const summary = await page(rep, plan)
  await expectRedirect(
    'sending it',
    rep.post(plan, { csrf: csrfTokenIn(summary), intent: 'submit', expectedVersion: expectedVersionIn(summary) }),
  )
  const list = await page(dana, '/practitioner/plans')
  return `/practitioner/plans/${/href="\/practitioner\/plans\/([^"]+)"/.exec(list)?.[1]}`
}
