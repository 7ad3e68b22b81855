import { buildClientLevelData } from '@open-sds/statutory-returns'
import { describe, expect, it } from 'vitest'
import { demoPeople, seedDemoData } from '../src/index.js'
import { testEngines } from './engines.js'
import { at } from './helpers.js'

// Issue 16: carers appear in the Client Level Data return in their own right (domain note carers.md section 7): their
// carer's assessment, their budget as carer support direct to the carer with how it reaches them, their hours caring
// and the person they care for by the council's own id.
const now = at('2026-11-02T10:00:00Z')
const englandDate = (instant: Date) => instant.toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
const priya = demoPeople.find((person) => person.key === 'priya')?.id ?? ''

describe.each(testEngines())('carers in the Client Level Data source on $name', (engine) => {
  /** Ravi, known to the council, cares for Priya; his assessment and a one-off £300.00 direct payment, in the autumn. */
  async function raviWithBudget(answers: Record<string, unknown>) {
    const handle = await engine.fresh()
    await seedDemoData(handle, { hashPassword: () => 'not-a-real-hash', now })
    const { people, carers, carerPlans, users } = handle.repos
    const worker = (await users.findByEmail('practitioner@example.org'))?.id ?? ''
    const made = await people.create(
      { displayName: 'Ravi Shah', dateOfBirth: '1970-05-06' },
      at('2026-10-01T09:00:00Z'),
    )
    if (!made.ok) throw new Error('no carer')
    const ravi = made.value.id
    await people.updateReturnDetails(
      ravi,
      {
        nhsNumber: '9990000042',
        gender: 'male',
        ethnicity: 'asian-indian',
        postcode: 'NM4 7QT',
        accommodationStatus: 'with-family-or-friends',
        hasUnpaidCarer: false,
      },
      { actorUserId: worker, now: at('2026-10-01T09:00:00Z') },
    )
    await carers.link(
      {
        carerPersonId: ravi,
        caredForPersonId: priya,
        caredForName: 'Priya Shah',
        caredForDateOfBirth: null,
        relationship: 'My mother',
        createdByUserId: worker,
      },
      at('2026-10-01T09:00:00Z'),
    )
    const draft = await carers.startDraft(
      { carerPersonId: ravi, questionnaireId: 'carers', questionnaireVersion: '1', userId: worker },
      at('2026-10-01T09:00:00Z'),
    )
    await carers.saveAnswers(draft.id, answers, worker, at('2026-10-01T09:10:00Z'))
    await carers.send(draft.id, worker, at('2026-10-02T09:00:00Z'))
    const decided = await carers.determine(
      {
        carerAssessmentId: draft.id,
        carerPersonId: ravi,
        decidedByUserId: worker,
        eligible: true,
        determination: { explanation: ['Eligible'] },
        rulesVersion: 'carers-rules-2026.1',
      },
      at('2026-10-09T10:00:00Z'),
    )
    if (!decided.ok) throw new Error('no determination')
    await carerPlans.agree(
      {
        carerPersonId: ravi,
        carerDeterminationId: decided.value.id,
        plan: {},
        budgetKind: 'one-off',
        budgetPer: null,
        amountPence: 30_000,
        annualPence: 30_000,
        delivery: 'direct-payment',
        weeklyChargePence: 0,
        explanation: [],
        allocationVersion: 'northmoor-carers-2026',
        rulesVersion: 'carers-rules-2026.1',
        agreedByUserId: worker,
      },
      at('2026-10-16T10:00:00Z'),
    )
    return { handle, ravi, worker }
  }

  it('gives Ravi’s carer’s assessment and one-off direct payment as unpaid carer rows, linked to Priya', async () => {
    const { handle, ravi } = await raviWithBudget({ 'hours-caring': 50 })
    const period = { start: '2026-07-01', end: '2026-12-31' }
    const source = await handle.repos.clientLevelData.source({ ...period, dateInEngland: englandDate })
    expect(source.people.find((person) => person.id === ravi)?.caring).toEqual({
      hoursPerWeekBand: '50-plus',
      adultsCaredFor: 1,
      caredForPersonIds: [priya],
    })
    const built = buildClientLevelData({ laCode: 'E10000006', period, release: 'R2', ...source })
    if (!built.ok) throw new Error(JSON.stringify(built.errors.slice(0, 3)))
    const rows = built.value.rows.filter((row) => row.LA_Person_Unique_Identifier === ravi)
    expect(
      rows.map((row) => [
        row.Event_Type,
        row.Client_Type,
        row.Assessment_Type,
        row.Eligible_Needs_Identified,
        row.Service_Type,
        row.Service_Component,
        row.Delivery_Mechanism,
        row.Unit_Cost,
        row.Cost_Frequency_Unit_Type,
      ]),
    ).toEqual([
      ['Assessment', 'Unpaid carer', 'Unpaid carer assessment', 'Yes', '', '', '', '', ''],
      [
        'Service',
        'Unpaid carer',
        '',
        '',
        'Unpaid carer support: Direct to unpaid carer',
        'Other unpaid carer support',
        'Direct payment',
        '300.00',
        'One-off',
      ],
    ])
    expect(
      rows.map((row) => [
        row.Total_Hrs_Caring_per_week,
        row.No_of_adults_being_cared_for,
        row.Adult_1_Linked_Person_ID,
      ]),
    ).toEqual([
      ['50+ hours', '1', priya],
      ['50+ hours', '1', priya],
    ])
  })

  it('gives Sunil, named as Priya’s carer but with no assessment of his own, a carer known by association row', async () => {
    const { handle, worker } = await raviWithBudget({ 'hours-caring': 50 })
    const made = await handle.repos.people.create(
      { displayName: 'Sunil Shah', dateOfBirth: '1973-02-11' },
      at('2026-10-01T09:00:00Z'),
    )
    if (!made.ok) throw new Error('no carer')
    const sunil = made.value.id
    // A carer known by association still carries person details: the return refuses the row without them.
    await handle.repos.people.updateReturnDetails(
      sunil,
      {
        nhsNumber: '9990000050',
        gender: 'male',
        ethnicity: 'asian-indian',
        postcode: 'NM4 7QT',
        accommodationStatus: 'with-family-or-friends',
        hasUnpaidCarer: false,
      },
      { actorUserId: worker, now: at('2026-10-01T09:00:00Z') },
    )
    await handle.repos.carers.link(
      {
        carerPersonId: sunil,
        caredForPersonId: priya,
        caredForName: 'Priya Shah',
        caredForDateOfBirth: null,
        relationship: 'My mother',
        createdByUserId: worker,
      },
      at('2026-10-01T09:30:00Z'),
    )
    const period = { start: '2026-07-01', end: '2026-12-31' }
    const source = await handle.repos.clientLevelData.source({ ...period, dateInEngland: englandDate })
    const built = buildClientLevelData({ laCode: 'E10000006', period, release: 'R2', ...source })
    if (!built.ok) throw new Error(JSON.stringify(built.errors.slice(0, 3)))
    const rows = built.value.rows.filter((row) => row.LA_Person_Unique_Identifier === sunil)
    expect(
      rows.map((row) => [row.Client_Type, row.Event_Type, row.Event_Start_Date, row.Adult_1_Linked_Person_ID]),
    ).toEqual([['Unpaid carer known by association', '', '', priya]])
    expect(built.value.summary.carersKnownByAssociation).toBe(1)
    // statutory-returns.md §3: the row carries the person details the council holds for him (every person column that is
    // mandatory always), and none of an event's.
    const [row] = rows
    expect([row?.NHS_Number, row?.Date_of_Birth, row?.Postcode, row?.Has_Unpaid_Carer]).toEqual([
      '9990000050',
      '1973-02-11',
      'NM4 7QT',
      'No',
    ])
    for (const column of ['Gender', 'Ethnicity', 'Accommodation_Status'] as const)
      expect(row?.[column], column).not.toBe('')
    for (const column of ['Event_Outcome', 'Event_End_Date', 'Service_Type', 'Assessment_Type'] as const)
      expect(row?.[column], column).toBe('')
    // Ravi sent his own assessment: he is an unpaid carer with events, never known only by association.
    expect(
      built.value.rows.some(
        (row) => row.Client_Type === 'Unpaid carer known by association' && row.LA_Person_Unique_Identifier !== sunil,
      ),
    ).toBe(false)
  })

  it('does not send a carer known by association whose details the council has not recorded: it names what to fix', async () => {
    const { handle, worker } = await raviWithBudget({ 'hours-caring': 50 })
    const made = await handle.repos.people.create({ displayName: 'Sunil Shah' }, at('2026-10-01T09:00:00Z'))
    if (!made.ok) throw new Error('no carer')
    await handle.repos.carers.link(
      {
        carerPersonId: made.value.id,
        caredForPersonId: priya,
        caredForName: 'Priya Shah',
        caredForDateOfBirth: null,
        relationship: 'My mother',
        createdByUserId: worker,
      },
      at('2026-10-01T09:30:00Z'),
    )
    const period = { start: '2026-07-01', end: '2026-12-31' }
    const source = await handle.repos.clientLevelData.source({ ...period, dateInEngland: englandDate })
    const built = buildClientLevelData({ laCode: 'E10000006', period, release: 'R2', ...source })
    const messages = built.ok ? [] : built.errors.map((error) => error.message)
    expect(messages.some((message) => message.includes('NHS number is missing'))).toBe(true)
    expect(messages.some((message) => message.includes('Date of birth is missing'))).toBe(true)
  })

  it('bands the hours caring from the council’s own question through the mapping its plugin gives', async () => {
    const { handle, ravi } = await raviWithBudget({ 'how-long-caring': 'most-of-the-day' })
    const period = { start: '2026-07-01', end: '2026-12-31' }
    const hoursOf = async (hoursCaring?: { questionId: string; answers?: Record<string, string> }) =>
      (
        await handle.repos.clientLevelData.source({
          ...period,
          dateInEngland: englandDate,
          ...(hoursCaring === undefined ? {} : { hoursCaring }),
        })
      ).people.find((person) => person.id === ravi)?.caring?.hoursPerWeekBand
    // The national question is not in this council's questionnaire: the hours are not known without its mapping.
    expect(await hoursOf()).toBe('unknown')
    expect(
      await hoursOf({
        questionId: 'how-long-caring',
        answers: { 'some-of-the-day': '20-34', 'most-of-the-day': '35-49' },
      }),
    ).toBe('35-49')
  })
})
