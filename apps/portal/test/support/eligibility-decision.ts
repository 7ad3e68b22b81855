import { csrfTokenIn, type PortalClient } from '@open-sds/portal-harness'

/** The practitioner's page to decide on the first self-assessment on their caseload. */
export async function decisionPageOf(practitioner: PortalClient): Promise<string> {
  const caseload = await (await practitioner.get('/practitioner')).text()
  return `/practitioner/assessments/${/href="\/practitioner\/assessments\/([^"]+)"/.exec(caseload)?.[1]}`
}

/** An eligibility decision as the practitioner's form sends it, with every ticked outcome (a field given many times). */
export async function recordEligibilityDecision(
  on: { url: string },
  practitioner: PortalClient,
  decisionPage: string,
  fields: Record<string, string | string[]>,
): Promise<Response> {
  const html = await (await practitioner.get(decisionPage)).text()
  const body = new URLSearchParams({ csrf: csrfTokenIn(html) })
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item)
  return fetch(new URL(decisionPage, on.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: practitioner.cookieHeader() },
    body: body.toString(),
  })
}

/** An eligible decision with an agreed budget different from the indicative one, and the reasons for each condition. */
export const eligibleWithBudget = {
  impairment: 'yes',
  impairmentReason: 'Dementia diagnosed in 2023',
  outcomes: ['nutrition', 'hygiene'],
  outcomesHow: 'Forgets to eat without prompting; needs help to wash',
  wellbeing: 'yes',
  wellbeingImpact: 'Losing weight and withdrawn; her dignity is affected',
  fluctuates: 'no',
  budgetDecision: 'change',
  agreedAmount: '312.50',
  changeReason: 'She also needs help at weekends, which the questions did not ask about',
}
