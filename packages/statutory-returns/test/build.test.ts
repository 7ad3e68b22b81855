import { describe, expect, it } from 'vitest'
import { buildClientLevelData, checkRows, cldColumns, isNhsNumber, recordsToFix, type CldFile } from '../src/index.js'
import { longTermService, person, source } from './fixtures.js'

function built(input: Parameters<typeof buildClientLevelData>[0]): CldFile {
  const result = buildClientLevelData(input)
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join('\n'))
  return result.value
}

describe('the events a rolling twelve-month file takes in (statutory-returns.md section 2, "Exporter test cases")', () => {
  it('(1) a service that started two years ago and is still open appears, open, with the continuing outcome', () => {
    const file = built(source({ services: [{ id: 's1', personId: 'p1', start: '2023-11-01', ...longTermService }] }))
    expect(file.rows).toHaveLength(1)
    expect(file.rows[0]).toMatchObject({
      Event_Type: 'Service',
      Event_Start_Date: '2023-11-01',
      Event_End_Date: '',
      Event_Outcome: 'Continuation of support or services',
    })
  })

  it('(2) an assessment started in the previous period and finished in this one appears', () => {
    const file = built(
      source({
        assessments: [
          {
            id: 'a1',
            personId: 'p1',
            start: '2025-03-20',
            end: '2025-04-10',
            assessmentType: 'long-term',
            method: 'face-to-face',
            outcome: 'progress-to-support-planning',
          },
        ],
      }),
    )
    expect(file.rows.map((row) => [row.Event_Type, row.Event_Start_Date, row.Event_End_Date])).toEqual([
      ['Assessment', '2025-03-20', '2025-04-10'],
    ])
  })

  it('(3) an assessment still in progress, or finished after the period, is left for a later file', () => {
    const file = built(
      source({
        requests: [{ id: 'r1', personId: 'p1', start: '2025-05-01', routeOfAccess: 'community-or-other' }],
        assessments: [
          { id: 'a1', personId: 'p1', start: '2026-03-01', assessmentType: 'long-term', method: 'face-to-face' },
          {
            id: 'a2',
            personId: 'p1',
            start: '2026-03-01',
            end: '2026-04-02',
            assessmentType: 'long-term',
            method: 'face-to-face',
            outcome: 'nfa-support-declined',
          },
        ],
        services: [
          {
            id: 's1',
            personId: 'p1',
            start: '2024-01-01',
            end: '2025-06-30',
            outcome: 'support-ended-as-planned',
            ...longTermService,
          },
        ],
      }),
    )
    expect(file.rows.map((row) => row.Event_Reference)).toEqual(['s1'])
  })

  it('(4) a person who died mid-service has the service end on the date of death, with the outcome "deceased"', () => {
    const file = built(
      source({
        people: [person('p1', { dateOfDeath: '2025-09-14' })],
        services: [{ id: 's1', personId: 'p1', start: '2024-02-01', ...longTermService }],
      }),
    )
    expect(file.rows[0]).toMatchObject({
      Date_of_Death: '2025-09-14',
      Event_End_Date: '2025-09-14',
      Event_Outcome: 'NFA: Deceased',
    })
  })

  it('every row with a date of death has an event end date (statutory-returns.md section 3, DHSC-DQ-R1): a death after the period is not in its file', () => {
    const file = built(
      source({
        period: { start: '2024-04-01', end: '2025-03-31' },
        people: [
          person('p1', { dateOfDeath: '2025-09-14' }),
          person('p2', { dateOfDeath: '2025-01-20' }),
          person('k1', { dateOfDeath: '2025-02-01', caring: { caredForPersonIds: ['p1'], knownByAssociation: true } }),
          person('k2', { caring: { caredForPersonIds: ['p1'], knownByAssociation: true } }),
        ],
        services: [
          { id: 's1', personId: 'p1', start: '2024-02-01', ...longTermService },
          { id: 's2', personId: 'p2', start: '2024-02-01', ...longTermService },
        ],
      }),
    )
    const byPerson = new Map(file.rows.map((row) => [row.LA_Person_Unique_Identifier, row]))
    // A back-submission for 2024/25: p1 died after it, so the file shows them alive with the service open.
    expect(byPerson.get('p1')).toMatchObject({ Date_of_Death: '', Event_End_Date: '' })
    expect(byPerson.get('p2')).toMatchObject({ Date_of_Death: '2025-01-20', Event_End_Date: '2025-01-20' })
    // A carer known only by association has no event to end: one who had died is left out, one alive is sent.
    expect([...byPerson.keys()].sort()).toEqual(['k2', 'p1', 'p2'])
    for (const row of file.rows) if (row.Date_of_Death !== '') expect(row.Event_End_Date).not.toBe('')
  })

  it('(5) every row carries the twelve months ending at the quarter end, and a service ending after it is shown open', () => {
    const file = built(
      source({
        services: [
          {
            id: 's1',
            personId: 'p1',
            start: '2025-06-01',
            end: '2026-05-31',
            outcome: 'support-ended-as-planned',
            ...longTermService,
          },
        ],
      }),
    )
    expect(file.rows[0]).toMatchObject({
      Reporting_Period_Start_Date: '2025-04-01',
      Reporting_Period_End_Date: '2026-03-31',
      Event_End_Date: '',
    })
  })

  it('a service that ended before the period began is not sent again', () => {
    const file = built(
      source({
        services: [
          {
            id: 's1',
            personId: 'p1',
            start: '2024-01-01',
            end: '2025-03-31',
            outcome: 'support-ended-as-planned',
            ...longTermService,
          },
        ],
      }),
    )
    expect(file.rows).toEqual([])
  })
})

describe('fields and values', () => {
  const everything = source({
    people: [
      person('p1'),
      person('c1', {
        caring: { hoursPerWeekBand: '35-49', adultsCaredFor: 1, caredForPersonIds: ['p1'] },
        primarySupportReason: 'social-support-to-carer',
      }),
    ],
    requests: [
      {
        id: 'r1',
        personId: 'p1',
        start: '2025-05-01',
        end: '2025-05-02',
        routeOfAccess: 'discharge-from-hospital',
        outcome: 'progress-to-assessment',
      },
    ],
    assessments: [
      {
        id: 'a1',
        personId: 'p1',
        start: '2025-05-02',
        end: '2025-05-20',
        assessmentType: 'long-term',
        eligibleNeeds: 'yes',
        method: 'supported-self-assessment',
        outcome: 'progress-to-support-planning',
      },
      {
        id: 'a2',
        personId: 'c1',
        clientType: 'unpaid-carer',
        start: '2025-05-02',
        end: '2025-05-21',
        assessmentType: 'unpaid-carer',
        method: 'telephone',
        outcome: 'nfa-information-and-advice',
      },
    ],
    services: [
      { id: 's1', personId: 'p1', start: '2025-06-01', ...longTermService, providerCqcLocationId: '1-123456789' },
    ],
    reviews: [
      {
        id: 'v1',
        personId: 'p1',
        start: '2026-02-01',
        end: '2026-02-10',
        reason: 'planned',
        outcomesAchieved: 'partly',
        method: 'service-user-and-carer',
        outcome: 'continuation-of-support',
      },
    ],
  })

  it('writes every column spelled as the national code spells it, in the template order', () => {
    const file = built(everything)
    expect(file.columns.slice(0, 5)).toEqual([
      'LA_Code',
      'Reporting_Period_Start_Date',
      'Reporting_Period_End_Date',
      'NHS_Number',
      'LA_Person_Unique_Identifier',
    ])
    expect(file.columns).toContain('Request_Route_of_Access')
    expect(file.columns).toContain('Total_Hrs_Caring_per_week')
    expect(Object.keys(file.rows[0] ?? {})).toEqual([...cldColumns])
  })

  it('writes Release 2 strings by default: the service with its cost in pounds, weekly, and its delivery mechanism', () => {
    const file = built(everything)
    const service = file.rows.find((row) => row.Event_Type === 'Service')
    expect(service).toMatchObject({
      Client_Type: 'Service user',
      Ethnicity: 'White: Irish',
      Service_Type: 'Long term support: Community',
      Service_Component: 'Direct payment',
      Delivery_Mechanism: 'Direct payment',
      Unit_Cost: '250.50',
      Cost_Frequency_Unit_Type: 'Weekly',
      Planned_units_per_week: '1',
      Postcode: 'AB1 2CD',
      Client_Funding_Status: 'Joint client and social care funded',
    })
    expect(checkRows(file.rows, 'R2')).toEqual([])
  })

  it('writes Release 1 strings for a back-submission, and those rows are not valid Release 2', () => {
    const file = built({ ...everything, release: 'R1' })
    const service = file.rows.find((row) => row.Event_Type === 'Service')
    expect(service).toMatchObject({
      Client_Type: 'Service User',
      Ethnicity: 'White - Irish',
      Service_Type: 'Long Term Support: Community',
      Delivery_Mechanism: 'Direct Payment',
      Event_Outcome: 'Provision of service',
    })
    expect(checkRows(file.rows, 'R1')).toEqual([])
    expect(checkRows(file.rows, 'R2').length).toBeGreaterThan(0)
  })

  it("a carer's own assessment carries the carer fields and the person they care for", () => {
    const file = built(everything)
    const carer = file.rows.find((row) => row.Event_Reference === 'a2')
    expect(carer).toMatchObject({
      Client_Type: 'Unpaid carer',
      Total_Hrs_Caring_per_week: '35-49 hours',
      No_of_adults_being_cared_for: '1',
      Adult_1_Linked_Person_ID: 'p1',
      Assessment_Type: 'Unpaid carer assessment',
    })
  })

  it('a carer known only by association gets one row of person details and no event fields', () => {
    const file = built({
      ...everything,
      people: [...everything.people, person('k1', { caring: { caredForPersonIds: ['p1'], knownByAssociation: true } })],
    })
    const row = file.rows.find((entry) => entry.LA_Person_Unique_Identifier === 'k1')
    expect(row).toMatchObject({
      Client_Type: 'Unpaid carer known by association',
      Event_Type: '',
      Event_Start_Date: '',
      Adult_1_Linked_Person_ID: 'p1',
    })
    expect(file.summary.carersKnownByAssociation).toBe(1)
  })

  it('a planned review says how far outcomes were achieved', () => {
    const file = built(everything)
    expect(file.rows.find((row) => row.Event_Type === 'Review')).toMatchObject({
      Review_Reason: 'Planned',
      Review_Outcomes_Achieved: 'Partially achieved',
      Method_of_Review: 'Service User and Carer',
      Event_Outcome: 'Continuation of support or services',
    })
  })
})

describe('bad input: no file, and the records to put right', () => {
  it('a value outside the lists, or a missing mandatory one, stops the file and names each record', () => {
    const result = buildClientLevelData(
      source({
        people: [
          person('p1', { ethnicity: 'martian' }),
          person('p2', { nhsNumber: '1234567890', postcode: undefined }),
        ],
        services: [
          { id: 's1', personId: 'p1', start: '2025-06-01', ...longTermService, deliveryMechanism: 'cash-in-hand' },
          { id: 's2', personId: 'p2', start: '2025-06-01', ...longTermService },
        ],
      }),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(recordsToFix(result.errors)).toEqual([
      { kind: 'person', id: 'p1', problems: ['Ethnicity "martian" is not one of the national values for Ethnicity'] },
      {
        kind: 'service',
        id: 's1',
        problems: ['Delivery mechanism "cash-in-hand" is not one of the national values for Delivery_Mechanism'],
      },
      {
        kind: 'person',
        id: 'p2',
        problems: [
          'NHS number 1234567890 is not a valid NHS number (ten digits with a correct check digit)',
          'Postcode is missing: the return needs it for everyone',
        ],
      },
    ])
  })

  it('a long-term service bought with a direct payment needs its cost', () => {
    const result = buildClientLevelData(
      source({
        services: [
          {
            id: 's1',
            personId: 'p1',
            start: '2025-06-01',
            serviceType: 'long-term-community',
            component: 'direct-payment',
            deliveryMechanism: 'direct-payment',
          },
        ],
      }),
    )
    expect(result.ok ? [] : result.errors.map((error) => error.column)).toEqual([
      'Unit_Cost',
      'Cost_Frequency_Unit_Type',
    ])
  })

  it('a council code that is not an ONS code is refused in plain English', () => {
    const result = buildClientLevelData(source({ laCode: '' }))
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/ONS code/)
  })
})

describe('NHS numbers (modulus 11)', () => {
  it('accepts a number with a correct check digit and refuses one without', () => {
    expect(isNhsNumber('9434765919')).toBe(true)
    expect(isNhsNumber('9434765918')).toBe(false)
    expect(isNhsNumber('943476591')).toBe(false)
  })
})
