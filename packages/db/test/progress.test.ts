import { describe, expect, it } from 'vitest'
import { HistoryWriter, writeSyntheticHistory, type DatabaseHandle } from '../src/index.js'
import { at, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()
const period = { from: at('2026-01-01T00:00:00Z'), to: at('2026-04-01T00:00:00Z'), findingInformationStatementId: 'find-information-and-advice' }

/**
 * Four people, each written out by hand so every figure can be counted on fingers:
 * - Ann: eligible in December 2025, direct payment of £200 a week; submitted 2026-01-05, sent back, sent again, authorised
 *   2026-01-25 (20 days from her first submission); reviewed in March: one outcome fully achieved (her own rating wins
 *   over the practitioner's "partly").
 * - Bob: eligible in February 2026 (new), managed account of £150 a week, half the budget as a direct payment too.
 * - Cat: not eligible, decided in February 2026 (new, not offered a budget).
 * - Dan: eligible in 2025, but his plan ended in 2025: he counts as eligible with a budget, on neither mechanism.
 */
function writeWorkedExample(handle: DatabaseHandle) {
  handle.sqlite.prepare("insert into users (id, email, display_name, password_hash, role, created_at) values ('u', 'u@example.org', 'U', 'x', 'practitioner', 0)").run()
  const writer = new HistoryWriter(handle.sqlite, 'u')
  const person = (name: string, decidedOn: string, eligible: boolean, pence: number) => {
    const id = writer.person(at('2025-01-01T00:00:00Z'))
    const assessment = writer.assessment(id, at(`${decidedOn}T08:00:00Z`), at(`${decidedOn}T09:00:00Z`), pence)
    writer.decision(assessment, id, at(`${decidedOn}T10:00:00Z`), eligible, pence)
    return { id, name }
  }
  const ann = person('Ann', '2025-12-01', true, 20_000)
  const annPlan = writer.plan(ann.id, { directPaymentPence: 20_000, managedPence: 0, isfPence: 0 }, [
    { action: 'create', to: 'draft', at: at('2026-01-02T09:00:00Z') },
    { action: 'submit', to: 'submitted', at: at('2026-01-05T09:00:00Z') },
    { action: 'return', to: 'returned', at: at('2026-01-10T09:00:00Z') },
    { action: 'submit', to: 'submitted', at: at('2026-01-15T09:00:00Z') },
    { action: 'approve', to: 'approved', at: at('2026-01-25T09:00:00Z') },
    { action: 'activate', to: 'active', at: at('2026-01-27T09:00:00Z') },
  ])
  writer.review(annPlan, at('2026-03-10T09:00:00Z'), [
    { outcomeId: 'walk-to-town', attainment: 'partly', rater: 'practitioner', at: at('2026-03-11T09:00:00Z') },
    { outcomeId: 'walk-to-town', attainment: 'fully', rater: 'person', at: at('2026-03-10T09:00:00Z') },
  ])
  const bob = person('Bob', '2026-02-02', true, 15_000)
  writer.plan(bob.id, { directPaymentPence: 7_500, managedPence: 7_500, isfPence: 0 }, [
    { action: 'create', to: 'draft', at: at('2026-02-10T09:00:00Z') },
    { action: 'submit', to: 'submitted', at: at('2026-02-11T09:00:00Z') },
    { action: 'approve', to: 'approved', at: at('2026-02-14T09:00:00Z') },
  ])
  person('Cat', '2026-02-03', false, 9_000)
  const dan = person('Dan', '2025-03-01', true, 30_000)
  writer.plan(dan.id, { directPaymentPence: 30_000, managedPence: 0, isfPence: 0 }, [
    { action: 'create', to: 'draft', at: at('2025-03-10T09:00:00Z') },
    { action: 'submit', to: 'submitted', at: at('2025-03-11T09:00:00Z') },
    { action: 'approve', to: 'approved', at: at('2025-03-12T09:00:00Z') },
    { action: 'end', to: 'ended', at: at('2025-09-01T09:00:00Z') },
  ])
}

describe('progress counts', () => {
  it('counts the worked example as written out by hand', async () => {
    const handle = temp.fresh()
    writeWorkedExample(handle)
    const counts = await handle.repos.progress.counts(period)
    expect(counts).toEqual({
      eligible: 3,
      withPersonalBudget: 3,
      withDirectPayment: 2,
      withManagedAccount: 1,
      newPeople: 2,
      newOfferedBudget: 1,
      reviewedPeople: 1,
      reviewedOfferedBudget: 1,
      outcomes: { fully: 1, partly: 0, notAchieved: 0 },
      findingInformation: { answered: 0, easy: 0 },
      daysToAuthorisation: [3, 20],
    })
  })

  it('counts as things stood on an earlier date, from the plans’ history: Dan had a direct payment until his plan ended', async () => {
    const handle = temp.fresh()
    writeWorkedExample(handle)
    const earlier = await handle.repos.progress.counts({ ...period, from: at('2024-06-01T00:00:00Z'), to: at('2025-06-01T00:00:00Z') })
    expect(earlier).toMatchObject({ eligible: 1, withPersonalBudget: 1, withDirectPayment: 1, withManagedAccount: 0 })
    const afterEnd = await handle.repos.progress.counts({ ...period, from: at('2024-10-01T00:00:00Z'), to: at('2025-10-01T00:00:00Z') })
    expect(afterEnd).toMatchObject({ eligible: 1, withDirectPayment: 0 })
  })

  it('counts answers to questions tied to the finding-information statement, agree and strongly agree as easy', async () => {
    const handle = temp.fresh()
    writeSyntheticHistory(handle.sqlite, { people: 0, years: 1, endAt: period.to, surveyResponses: 40 })
    const counts = await handle.repos.progress.counts({ ...period, from: at('2025-01-01T00:00:00Z') })
    const byHand = handle.sqlite
      .prepare("select count(*) as answered, sum(json_extract(answers, '$[0].value') >= 4) as easy from coproduction_responses where submitted_on < '2026-04-01'")
      .get()
    expect(counts.findingInformation).toEqual(byHand)
    expect(counts.findingInformation.answered).toBe(40)
  })
})

describe('Client Level Data style export', () => {
  it('lists requests, assessments, services with delivery mechanism and weekly cost, and reviews in the quarter', async () => {
    const handle = temp.fresh()
    writeWorkedExample(handle)
    const rows = await handle.repos.progress.clientLevelData({ from: period.from, to: period.to })
    expect(rows.map((row) => row.eventType).sort()).toEqual(['Assessment', 'Assessment', 'Request', 'Request', 'Review', 'Service', 'Service', 'Service'])
    const services = rows.filter((row) => row.eventType === 'Service').map((row) => [row.deliveryMechanism, row.unitCost, row.costFrequency, row.eventStartDate])
    expect(services).toEqual([
      ['Direct Payment', '200.00', 'Weekly', '2026-01-25'],
      ['Direct Payment', '75.00', 'Weekly', '2026-02-14'],
      ['CASSR Managed Personal Budget', '75.00', 'Weekly', '2026-02-14'],
    ])
    const cat = rows.find((row) => row.eventType === 'Assessment' && row.eligibleNeedsIdentified === 'No')
    expect(cat?.eventOutcome).toBe('NFA - Information & Advice / Signposting only')
    expect(rows.find((row) => row.eventType === 'Review')?.reviewOutcomesAchieved).toBe('Fully 1; partly 1; not achieved 0')
  })

  it('gives nothing for a quarter with no events', async () => {
    const handle = temp.fresh()
    writeWorkedExample(handle)
    expect(await handle.repos.progress.clientLevelData({ from: at('2020-01-01T00:00:00Z'), to: at('2020-04-01T00:00:00Z') })).toEqual([])
  })
})

describe('synthetic history', () => {
  it('writes the same history for the same seed, through the real triggers', async () => {
    const first = temp.fresh()
    const second = temp.fresh()
    const options = { people: 200, years: 5, endAt: at('2026-04-01T00:00:00Z'), seed: 7 }
    expect(writeSyntheticHistory(first.sqlite, options)).toEqual(writeSyntheticHistory(second.sqlite, options))
    const [a, b] = await Promise.all([first.repos.progress.counts(period), second.repos.progress.counts(period)])
    expect(a).toEqual(b)
    expect(a.eligible).toBeGreaterThan(100)
  })
})
