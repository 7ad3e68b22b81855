import { describe, expect, it } from 'vitest'
import { demoPeople, seedDecidedSelfAssessment, seedDemoData, type AnyDatabaseHandle } from '../src/index.js'
import { testEngines } from './engines.js'
import { at } from './helpers.js'

// The Client Level Data source read on each engine from the same records, written through the repositories: the demo
// data (three people with their details for the national returns, Joe's authorised support plan paid by direct
// payment and a managed account, Priya's six weeks of reablement) and Alex's self-assessment, decided eligible.
const now = at('2026-11-02T10:00:00Z')
const englandDate = (instant: Date) => instant.toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
const id = (key: string) => demoPeople.find((person) => person.key === key)?.id ?? ''

async function alexAssessedEligible(handle: AnyDatabaseHandle) {
  const practitioner = (await handle.repos.users.findByEmail('practitioner@example.org'))?.id ?? ''
  return seedDecidedSelfAssessment(handle, {
    personId: id('alex'),
    practitionerId: practitioner,
    weeklyPence: 25_000,
    eligible: true,
    startedAt: at('2026-10-05T09:00:00Z'),
    submittedAt: at('2026-10-06T23:30:00Z'),
    decidedAt: at('2026-10-20T10:00:00Z'),
  })
}

describe.each(testEngines())('Client Level Data source on $name', (engine) => {
  it('gives the same people, requests, assessments and services from the same records', async () => {
    const handle = await engine.fresh()
    await seedDemoData(handle, { hashPassword: () => 'not-a-real-hash', now })
    const assessmentId = await alexAssessedEligible(handle)
    const source = await handle.repos.clientLevelData.source({
      start: '2026-07-01',
      end: '2026-12-31',
      dateInEngland: englandDate,
    })
    const { alex, priya, joe } = { alex: id('alex'), priya: id('priya'), joe: id('joe') }
    const details = {
      alex: {
        nhsNumber: '9990000018',
        gender: 'other',
        ethnicity: 'white-british',
        dateOfBirth: '1961-04-12',
        postcode: 'NM1 2AB',
        primarySupportReason: 'physical-access-and-mobility',
        accommodationStatus: 'tenant-social',
        clientFundingStatus: 'joint-client-and-social-care',
        hasUnpaidCarer: false,
      },
      priya: {
        nhsNumber: '9990000026',
        gender: 'female',
        ethnicity: 'asian-indian',
        dateOfBirth: '1938-09-03',
        postcode: 'NM4 7QT',
        primarySupportReason: 'memory-and-cognition',
        accommodationStatus: 'with-family-or-friends',
        clientFundingStatus: 'joint-client-and-social-care',
        hasUnpaidCarer: true,
      },
      joe: {
        nhsNumber: '9990000034',
        gender: 'male',
        ethnicity: 'black-caribbean',
        dateOfBirth: '1994-01-20',
        postcode: 'NM2 9LX',
        primarySupportReason: 'learning-disability',
        accommodationStatus: 'supported-accommodation',
        employmentStatus: 'paid-under-16-hours',
        clientFundingStatus: 'fully-social-care-funded',
        hasUnpaidCarer: true,
      },
    }
    // Joe's plan was authorised five days before now, 28 October: £120 a week by direct payment, £30 managed.
    const planService = (key: string, words: string, component: string, mechanism: string, pence: number) => ({
      id: expect.stringMatching(new RegExp(`^service-.+-${key}-2026-10-28$`)),
      personId: joe,
      start: '2026-10-28',
      description: `Support plan paid by ${words}`,
      serviceType: 'long-term-community',
      component,
      deliveryMechanism: mechanism,
      unitCostPence: pence,
      costFrequency: 'weekly',
      plannedUnitsPerWeek: 1,
    })
    expect(source).toEqual({
      people: [
        { id: alex, ...details.alex },
        { id: priya, ...details.priya },
        { id: joe, ...details.joe },
      ],
      // Sent at 23:30 UTC on 6 October, which is 00:30 on the 7th in England (BST).
      requests: [
        {
          id: `request-${assessmentId}`,
          personId: alex,
          start: '2026-10-05',
          end: '2026-10-07',
          description: 'Self-assessment started in the portal',
          routeOfAccess: 'community-or-other',
          outcome: 'progress-to-assessment',
        },
      ],
      assessments: [
        {
          id: `assessment-${assessmentId}`,
          personId: alex,
          start: '2026-10-07',
          end: '2026-10-20',
          description: 'Care Act eligibility determination on a supported self-assessment',
          assessmentType: 'long-term',
          eligibleNeeds: 'yes',
          method: 'supported-self-assessment',
          outcome: 'progress-to-support-planning',
        },
      ],
      services: [
        planService('dp', 'direct payment', 'direct-payment', 'direct-payment', 12_000),
        planService(
          'managed',
          'council-managed account or individual service fund',
          'other-long-term',
          'cassr-managed-personal-budget',
          3_000,
        ),
        // 72 to 30 days before now, with no weekly cost recorded.
        {
          id: 'short-term-demo-priya-reablement',
          personId: priya,
          start: '2026-08-22',
          end: '2026-10-03',
          outcome: 'support-ended-as-planned',
          description: 'Short-term support',
          serviceType: 'st-max',
          component: 'reablement',
          deliveryMechanism: 'cassr-commissioned-support',
        },
      ],
      reviews: [],
    })
  })
})
