import { describe, expect, it } from 'vitest'
import type { AnyDatabaseHandle } from '../src/index.js'
import { refusal, testEngines } from './engines.js'
import { at, createPerson, createUser } from './helpers.js'

const received = at('2025-05-12T10:00:00Z')

async function recordedRisk(handle: AnyDatabaseHandle) {
  const practitioner = await createUser(handle, 'lead@example.org')
  const person = await createPerson(handle, 'Joe Example')
  const risk = await handle.repos.positiveRisks.record(
    {
      personId: person.id,
      supportPlanId: 'a-plan-not-yet-stored',
      recordedByUserId: practitioner.id,
      proposal: { risk: 'Going to football matches on my own', benefit: 'Seeing my mates' },
      rating: { score: 6, label: 'Medium', explanation: ['Likelihood 2 x impact 3 = score 6'] },
      matrixId: 'seed-003-5x5-rag',
      matrixVersion: '2026.1',
      score: 6,
    },
    received,
  )
  if (!risk.ok) throw new Error(JSON.stringify(risk.errors))
  return { practitioner, person, risk: risk.value }
}

describe.each(testEngines())('risks the person chooses to take, on $name', (engine) => {
  it('keeps what the person recorded, with its rating, and the latest decision agreeing it', async () => {
    const handle = await engine.fresh()
    const { positiveRisks } = handle.repos
    const { practitioner, person, risk } = await recordedRisk(handle)
    expect(risk.supportPlanId).toBe('a-plan-not-yet-stored')
    expect(await positiveRisks.find(risk.id)).toEqual(risk)
    const decide = (outcome: 'agreed' | 'agreed-with-conditions', reviewOn: string) =>
      positiveRisks.decide(
        {
          assessmentId: risk.id,
          decidedByUserId: practitioner.id,
          outcome,
          reviewOn,
          assessment: { decision: { outcome } },
        },
        received,
      )
    expect((await decide('agreed', '2025-11-12')).ok).toBe(true)
    // Decided again in the same millisecond: the one recorded last counts.
    expect((await decide('agreed-with-conditions', '2025-08-12')).ok).toBe(true)
    const listed = await positiveRisks.listForPerson(person.id)
    expect(listed.map((item) => [item.proposal.risk, item.decision?.outcome, item.decision?.reviewOn])).toEqual([
      ['Going to football matches on my own', 'agreed-with-conditions', '2025-08-12'],
    ])
    expect((await positiveRisks.latestDecision(risk.id))?.assessment).toEqual({
      decision: { outcome: 'agreed-with-conditions' },
    })
    const badDate = await positiveRisks.decide(
      {
        assessmentId: risk.id,
        decidedByUserId: practitioner.id,
        outcome: 'agreed',
        reviewOn: '2025-02-30',
        assessment: {},
      },
      received,
    )
    expect(badDate.ok ? '' : badDate.errors[0]?.message).toBe('Review date must be a real date, written as YYYY-MM-DD')
  })

  it('refuses in the database any change or removal of a risk or its decisions, by hand-written SQL', async () => {
    const handle = await engine.fresh()
    const { practitioner, risk } = await recordedRisk(handle)
    await handle.repos.positiveRisks.decide(
      {
        assessmentId: risk.id,
        decidedByUserId: practitioner.id,
        outcome: 'agreed',
        reviewOn: '2025-11-12',
        assessment: {},
      },
      received,
    )
    const refused = (text: string) => refusal(engine.sql(handle, text))
    expect(await refused(`update positive_risk_assessments set score = 1`)).toContain(
      'a positive risk assessment cannot be changed',
    )
    expect(await refused(`delete from positive_risk_assessments`)).toContain(
      'a positive risk assessment cannot be removed',
    )
    expect(await refused(`update positive_risk_decisions set outcome = 'not-agreed'`)).toContain(
      'a positive risk decision cannot be changed',
    )
    expect(await refused(`delete from positive_risk_decisions`)).toContain('a positive risk decision cannot be removed')
    expect(
      await refused(`insert into positive_risk_decisions (id, assessment_id, decided_by_user_id, decided_at, outcome, review_on, assessment)
       values ('d', '${risk.id}', '${practitioner.id}', 0, 'agreed', '2025-02-30', '{}')`),
    ).toContain('positive_risk_decisions_review_on_date')
    if (engine.name === 'PostgreSQL') {
      expect(await refused(`truncate positive_risk_decisions`)).toContain('a positive risk decision cannot be removed')
      expect(await refused(`truncate positive_risk_assessments cascade`)).toContain(
        'a positive risk assessment cannot be removed',
      )
    }
    expect((await handle.repos.positiveRisks.latestDecision(risk.id))?.outcome).toBe('agreed')
  })
})
