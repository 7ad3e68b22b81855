// What Ravi says and what Dana finds and agrees in the carers' route tests (issue 16), shared by the files that walk
// the journey.
import { hashPasswordScrypt } from '@open-sds/db'
import { PortalClient } from '@open-sds/portal-harness'
import { openPortalDatabase } from './engines'
import type { RunningPortal } from './portal-process'
import { portalSql } from './portal-sql'
import { signedIn } from './support-plan'

export const PRIYA = '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e02'
export const ALEX = '0b7e4f7c-1a2b-4c3d-8e4f-5a6b7c8d9e01'

/** What Ravi answers to each question of the carer's self-assessment the portal's plugins give. */
export const ANSWERS: Record<string, Record<string, string>> = {
  'caring-tasks': { answer: 'I help Mum wash and dress, cook her meals and sort her tablets' },
  'hours-caring': { answer: '50' },
  'able-and-willing': { answer: 'with-support' },
  'hard-to-do': { answer: 'recreation' },
  health: { answer: 'at-risk' },
  'what-matters': { answer: 'An evening a week at my choir' },
  'if-you-cannot-care': { answer: 'My brother Sunil' },
  'carers-centre-contact': { answer: 'yes' },
}

export const FINDINGS = {
  necessaryCareMet: 'yes',
  necessaryCareReason: 'Priya cannot wash, dress or take her medicines without him',
  healthAtRisk: 'no',
  healthReason: 'He reports no change in his own health',
  outcomes: 'recreation',
  outcomesHow: 'He has not been to his choir for a year: he cannot leave her',
  wellbeingMet: 'yes',
  wellbeingImpact: 'He feels isolated and low',
}

/** The plan Dana agrees with Ravi: his words, a course for him and a break, a one-off direct payment. */
export const PLAN = {
  outcomes: 'An evening a week at my choir, without worrying about Mum\nSleep through the night',
  supportDescription0: 'Choir membership for a year',
  supportProvidedTo0: 'carer',
  supportCost0: '120',
  supportDescription1: 'A relaxation course',
  supportProvidedTo1: 'carer',
  supportCost1: '180',
  budgetKind: 'one-off',
  amount: '300',
  delivery: 'direct-payment',
  whoStepsIn: 'My brother Sunil',
  whatTheyNeedToKnow: 'Mum takes her tablets at 8 and 6',
  howToReachThem: '07700 900123',
  carerAgrees: 'yes',
}

/**
 * Ravi, signed in, says he cares for Priya, sends his self-assessment, and Dana finds him eligible: the start of every
 * journey that goes on to his plan. Each step must succeed; test/carers.test.ts tests them one by one, with bad input.
 */
export async function determinedCarer(portal: RunningPortal) {
  const ravi = await signedIn(portal, 'representative')
  const must = async (done: Promise<Response>, what: string) => {
    const response = await done
    if (response.status !== 302) throw new Error(`${what}: ${String(response.status)}`)
    return response.headers.get('location') ?? ''
  }
  await must(ravi.submit('/carers/cares-for', { whom: PRIYA, relationship: 'My mother' }), 'linking Priya')
  let at = await must(ravi.submit('/carers', {}), 'starting the self-assessment')
  for (let step = 0; step < 12 && !at.endsWith('/check'); step += 1)
    at = await must(ravi.submit(at, ANSWERS[at.split('/').at(-1) ?? ''] ?? {}), `answering ${at}`)
  await must(ravi.submit(at, {}), 'sending the self-assessment')
  const [row] = await portalSql(portal, "select id, carer_person_id from carer_assessments where status = 'submitted'")
  const assessmentId = String(row?.id)
  const dana = await signedIn(portal, 'practitioner')
  await must(dana.submit(`/work/carer-assessments/${assessmentId}`, FINDINGS), 'determining')
  return { ravi, dana, assessmentId, carerPersonId: String(row?.carer_person_id) }
}

/**
 * A practitioner in no team and with nobody on their caseload, signed in: a practitioner everywhere else, but outside
 * the team that handles carers' assessments and without the carer on their caseload (issue 16, roles).
 */
export async function practitionerOutsideTheTeam(portal: RunningPortal): Promise<PortalClient> {
  const handle = await openPortalDatabase(portal)
  try {
    const created = await handle.repos.users.create(
      {
        email: 'outside.practitioner@example.org',
        displayName: 'Otto Side',
        passwordHash: await hashPasswordScrypt('an outside practitioner password'),
        role: 'practitioner',
      },
      new Date(),
    )
    if (!created.ok) throw new Error(JSON.stringify(created.errors))
  } finally {
    await handle.close()
  }
  const client = new PortalClient(portal.url)
  const signed = await client.signIn('outside.practitioner@example.org', 'an outside practitioner password')
  if (signed.status !== 302) throw new Error(`The outside practitioner could not sign in: ${String(signed.status)}`)
  return client
}
