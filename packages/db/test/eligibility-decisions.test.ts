import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assessmentNotSentMessage,
  changeReasonMissingMessage,
  openDatabase,
  type AnyDatabaseHandle,
  type RecordEligibilityDecision,
} from '../src/index.js'
import { countRows, refusal, testEngines } from './engines.js'
import {
  createUserAsEarlierRelease,
  at,
  createPerson,
  createPersonAsEarlierRelease,
  createUser,
  migrationsBefore,
  useTempDatabases,
} from './helpers.js'

const temp = useTempDatabases()
const started = at('2025-04-01T09:00:00Z')
const submittedAt = at('2025-04-05T10:00:00Z')
const decidedAt = at('2025-04-10T11:00:00Z')
const redecidedAt = at('2025-04-17T15:20:00Z')
const indicativePence = 31_450

// Shaped like an eligibility determination under the Care and Support (Eligibility Criteria) Regulations 2015,
// regulation 2; the repository must keep it exactly, whatever its shape.
const determination = {
  regulation: 'SI 2015/313 reg 2',
  arisesFromImpairmentOrIllness: true,
  outcomesNotAchieved: ['nutrition', 'hygiene', 'community'],
  significantImpactOnWellbeing: true,
  notes: 'Needs prompting with meals and washing; has stopped going to the day centre.',
}

async function submittedAssessment(
  handle: AnyDatabaseHandle,
  personId: string,
  userId: string,
  questionnaireId = 'saq',
) {
  const draft = await handle.repos.assessments.startDraft(
    { personId, questionnaireId, questionnaireVersion: '3', userId, onBehalf: false },
    started,
  )
  const submitted = await handle.repos.assessments.submit(
    draft.id,
    {
      userId,
      onBehalf: false,
      budget: {
        weeklyPence: indicativePence,
        explanation: [{ text: 'Daily living: 14 points', pence: indicativePence }],
      },
      rasConfigId: 'national-default',
      rasConfigVersion: '2025.1',
      weeklyPence: indicativePence,
    },
    submittedAt,
  )
  if (!submitted.ok) throw new Error(`test setup: ${JSON.stringify(submitted.errors)}`)
  return submitted.value
}

// A decision that agrees the indicative budget, with `changes` made to it.
const decisionOn =
  (assessmentId: string, personId: string, decidedByUserId: string) =>
  (changes: Partial<RecordEligibilityDecision> = {}): RecordEligibilityDecision => ({
    assessmentId,
    personId,
    decidedByUserId,
    determination,
    eligible: true,
    indicativeWeeklyPence: indicativePence,
    agreedWeeklyPence: indicativePence,
    changeReason: null,
    ...changes,
  })

async function setUp(handle: AnyDatabaseHandle) {
  const person = await createPerson(handle, 'Priya Shah')
  const self = await createUser(handle, 'priya@example.org')
  const practitioner = await createUser(handle, 'sam.worker@example.org')
  const assessment = await submittedAssessment(handle, person.id, self.id)
  const decision = decisionOn(assessment.id, person.id, practitioner.id)
  return { person, self, practitioner, assessment, decision }
}

describe.each(testEngines())('eligibility decisions repository on $name', (engine) => {
  it('records a decision that agrees the indicative budget and reads it back', async () => {
    const handle = await engine.fresh()
    const { person, practitioner, assessment, decision } = await setUp(handle)
    const recorded = await handle.repos.eligibilityDecisions.record(decision(), decidedAt)
    const expected = {
      id: expect.any(String),
      assessmentId: assessment.id,
      personId: person.id,
      decidedByUserId: practitioner.id,
      decidedAt,
      determination,
      eligible: true,
      indicativeWeeklyPence: indicativePence,
      agreedWeeklyPence: indicativePence,
      changeReason: null,
    }
    expect(recorded).toEqual({ ok: true, value: expected })
    expect(await handle.repos.eligibilityDecisions.latestForAssessment(assessment.id)).toEqual(
      recorded.ok && recorded.value,
    )
    expect(await handle.repos.eligibilityDecisions.listForPerson(person.id)).toEqual([recorded.ok && recorded.value])
    expect(await handle.repos.eligibilityDecisions.latestForAssessment('nope')).toBeUndefined()
  })

  it('records a changed budget with its reason, trimmed, for the person to see', async () => {
    const handle = await engine.fresh()
    const { decision } = await setUp(handle)
    const recorded = await handle.repos.eligibilityDecisions.record(
      decision({ agreedWeeklyPence: 35_000, changeReason: '  Two more hours a week of support with meals.  ' }),
      decidedAt,
    )
    expect(recorded).toMatchObject({
      ok: true,
      value: {
        indicativeWeeklyPence: indicativePence,
        agreedWeeklyPence: 35_000,
        changeReason: 'Two more hours a week of support with meals.',
      },
    })
  })

  it('refuses a changed budget without a reason, and a reason that is only spaces', async () => {
    const handle = await engine.fresh()
    const { person, decision } = await setUp(handle)
    const refusal = { ok: false, errors: [{ path: 'changeReason', message: changeReasonMissingMessage }] }
    expect(changeReasonMissingMessage).toBe('Give a reason for changing the budget: the person will see it')
    expect(await handle.repos.eligibilityDecisions.record(decision({ agreedWeeklyPence: 28_000 }), decidedAt)).toEqual(
      refusal,
    )
    expect(
      await handle.repos.eligibilityDecisions.record(
        decision({ agreedWeeklyPence: 0, changeReason: '   ' }),
        decidedAt,
      ),
    ).toEqual(refusal)
    expect(await handle.repos.eligibilityDecisions.listForPerson(person.id)).toEqual([])
  })

  it('records a decision that the person is not eligible, with no agreed budget', async () => {
    const handle = await engine.fresh()
    const { decision } = await setUp(handle)
    const notEligible = { ...determination, outcomesNotAchieved: ['community'], significantImpactOnWellbeing: false }
    const recorded = await handle.repos.eligibilityDecisions.record(
      decision({ determination: notEligible, eligible: false, agreedWeeklyPence: null }),
      decidedAt,
    )
    expect(recorded).toMatchObject({
      ok: true,
      value: {
        determination: notEligible,
        eligible: false,
        indicativeWeeklyPence: indicativePence,
        agreedWeeklyPence: null,
      },
    })
  })

  it('refuses an agreed budget for someone not eligible, and no agreed budget for someone eligible', async () => {
    const handle = await engine.fresh()
    const { decision } = await setUp(handle)
    expect(await handle.repos.eligibilityDecisions.record(decision({ eligible: false }), decidedAt)).toEqual({
      ok: false,
      errors: [
        {
          path: 'agreedWeeklyPence',
          message: 'Leave the agreed weekly budget empty: the person has not been found eligible',
        },
      ],
    })
    expect(await handle.repos.eligibilityDecisions.record(decision({ agreedWeeklyPence: null }), decidedAt)).toEqual({
      ok: false,
      errors: [
        {
          path: 'agreedWeeklyPence',
          message:
            'Enter the agreed weekly budget, in pence: the indicative budget, or a different amount with a reason',
        },
      ],
    })
  })

  it('refuses a self-assessment that is still a draft', async () => {
    const handle = await engine.fresh()
    const { person, self, decision } = await setUp(handle)
    const draft = await handle.repos.assessments.startDraft(
      { personId: person.id, questionnaireId: 'saq', questionnaireVersion: '3', userId: self.id, onBehalf: false },
      decidedAt,
    )
    expect(await handle.repos.eligibilityDecisions.record(decision({ assessmentId: draft.id }), decidedAt)).toEqual({
      ok: false,
      errors: [{ path: 'assessmentId', message: assessmentNotSentMessage }],
    })
    expect(assessmentNotSentMessage).toBe('Eligibility can only be decided on a self-assessment that has been sent')
    expect(await handle.repos.eligibilityDecisions.latestForAssessment(draft.id)).toBeUndefined()
  })

  it('refuses an unknown assessment or account, someone else’s assessment, and a different indicative budget', async () => {
    const handle = await engine.fresh()
    const { self, decision } = await setUp(handle)
    const other = await createPerson(handle, 'Alex Morgan')
    const record = (changes: Partial<RecordEligibilityDecision>) =>
      handle.repos.eligibilityDecisions.record(decision(changes), decidedAt)
    expect(await record({ assessmentId: 'nope' })).toEqual({
      ok: false,
      errors: [{ path: 'assessmentId', message: 'No self-assessment has this id' }],
    })
    expect(await record({ personId: other.id })).toEqual({
      ok: false,
      errors: [{ path: 'personId', message: 'This self-assessment is about someone else' }],
    })
    expect(await record({ indicativeWeeklyPence: 30_000, agreedWeeklyPence: 30_000 })).toEqual({
      ok: false,
      errors: [
        {
          path: 'indicativeWeeklyPence',
          message: 'Indicative weekly budget must be the one worked out when the self-assessment was sent: 31450 pence',
        },
      ],
    })
    expect(await record({ decidedByUserId: 'nobody' })).toEqual({
      ok: false,
      errors: [{ path: 'decidedByUserId', message: 'No account has this id' }],
    })
    expect(await record({ decidedByUserId: self.id })).toMatchObject({ ok: true })
  })

  it('refuses malformed input with plain messages', async () => {
    const handle = await engine.fresh()
    const { decision } = await setUp(handle)
    const malformed = {
      ...decision(),
      determination: undefined,
      eligible: 'yes',
      agreedWeeklyPence: 12.5,
      indicativeWeeklyPence: -1,
    }
    expect(await handle.repos.eligibilityDecisions.record(malformed as never, decidedAt)).toEqual({
      ok: false,
      errors: [
        { path: 'determination', message: 'The eligibility determination is missing' },
        { path: 'eligible', message: 'Say whether the person is eligible (true or false)' },
        { path: 'indicativeWeeklyPence', message: 'Indicative weekly budget must be 0 or more, in pence' },
        { path: 'agreedWeeklyPence', message: 'Agreed weekly budget must be a whole number of pence' },
      ],
    })
  })

  it('lets the latest decision count, and lists a person’s decisions newest first', async () => {
    const handle = await engine.fresh()
    const { person, self, assessment, decision } = await setUp(handle)
    const first = await handle.repos.eligibilityDecisions.record(decision(), decidedAt)
    const second = await handle.repos.eligibilityDecisions.record(
      decision({ agreedWeeklyPence: 33_000, changeReason: 'Agreed at review: carer now works nights.' }),
      redecidedAt,
    )
    // The same millisecond: the one recorded last counts.
    const third = await handle.repos.eligibilityDecisions.record(
      decision({ agreedWeeklyPence: 34_000, changeReason: 'Corrected: carer works four nights, not three.' }),
      redecidedAt,
    )
    const later = await submittedAssessment(handle, person.id, self.id, 'carers-saq')
    const onLater = await handle.repos.eligibilityDecisions.record(
      decision({ assessmentId: later.id }),
      at('2025-05-01T09:00:00Z'),
    )
    if (!first.ok || !second.ok || !third.ok || !onLater.ok) throw new Error('test setup: a decision was refused')
    expect(await handle.repos.eligibilityDecisions.latestForAssessment(assessment.id)).toEqual(third.value)
    expect((await handle.repos.eligibilityDecisions.listForPerson(person.id)).map((d) => d.id)).toEqual([
      onLater.value.id,
      third.value.id,
      second.value.id,
      first.value.id,
    ])
    const other = await createPerson(handle, 'Alex Morgan')
    expect(await handle.repos.eligibilityDecisions.listForPerson(other.id)).toEqual([])
  })

  it('accepts a changed budget exactly when it has a reason, and never one without (property)', async () => {
    const handle = await engine.fresh()
    const { assessment, decision } = await setUp(handle)
    const reasons = fc.option(fc.oneof(fc.string(), fc.constantFrom('', ' ', '\t\n', 'Needs a second carer at night')))
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(indicativePence), fc.nat({ max: 200_000 })),
        reasons,
        async (agreed, reason) => {
          const recorded = await handle.repos.eligibilityDecisions.record(
            decision({ agreedWeeklyPence: agreed, changeReason: reason }),
            decidedAt,
          )
          const hasReason = reason !== null && reason.trim() !== ''
          expect(recorded.ok).toBe(agreed === indicativePence || hasReason)
          const latest = await handle.repos.eligibilityDecisions.latestForAssessment(assessment.id)
          if (recorded.ok) expect(latest).toEqual(recorded.value)
          if (latest && latest.agreedWeeklyPence !== latest.indicativeWeeklyPence)
            expect(latest.changeReason?.trim()).toBeTruthy()
        },
      ),
      { numRuns: 100 },
    )
  })

  it('returns a stored determination exactly as it was given (property)', async () => {
    const handle = await engine.fresh()
    const { assessment, decision } = await setUp(handle)
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue().filter((value) => value !== null),
        async (given) => {
          const recorded = await handle.repos.eligibilityDecisions.record(decision({ determination: given }), decidedAt)
          const asJson: unknown = JSON.parse(JSON.stringify(given))
          expect(recorded.ok && recorded.value.determination).toEqual(asJson)
          expect((await handle.repos.eligibilityDecisions.latestForAssessment(assessment.id))?.determination).toEqual(
            asJson,
          )
        },
      ),
      { numRuns: 50 },
    )
  })
})

describe.each(testEngines())('eligibility_decisions table on $name', (engine) => {
  const insert = `insert into eligibility_decisions (id, assessment_id, person_id, decided_by_user_id, decided_at,
    determination, eligible, indicative_weekly_pence, agreed_weekly_pence, change_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  let counter = 0
  const row = (
    ids: { assessmentId: string; personId: string; userId: string },
    agreed: number | null,
    reason: string | null,
    { eligible = 1, indicative = indicativePence } = {},
  ) => [
    `raw-${String((counter += 1))}`,
    ids.assessmentId,
    ids.personId,
    ids.userId,
    decidedAt.getTime(),
    '{}',
    eligible,
    indicative,
    agreed,
    reason,
  ]

  it('refuses a changed budget without a reason, even against hand-written SQL', async () => {
    const handle = await engine.fresh()
    const { person, practitioner, assessment } = await setUp(handle)
    const ids = { assessmentId: assessment.id, personId: person.id, userId: practitioner.id }
    const run = (...values: unknown[]) => engine.sql(handle, insert, ...values)
    expect(await refusal(run(...row(ids, 28_000, null)))).toMatch(
      /CHECK constraint failed: eligibility_decisions_change_has_reason|violates check constraint "eligibility_decisions_change_has_reason/,
    )
    expect(await refusal(run(...row(ids, 28_000, '  ')))).toMatch(
      /CHECK constraint failed: eligibility_decisions_change|violates check constraint "eligibility_decisions_change/,
    )
    expect(await refusal(run(...row(ids, indicativePence, null, { eligible: 0 })))).toMatch(
      /CHECK constraint failed: eligibility_decisions_agreed_only_when_eligible|violates check constraint "eligibility_decisions_agreed_only_when_eligible/,
    )
    expect(await refusal(run(...row(ids, 28_000.5, 'Reason')))).toMatch(
      // On PostgreSQL the column's type (bigint) refuses a fraction before any CHECK is needed.
      /CHECK constraint failed: eligibility_decisions_agreed_pence_whole|invalid input syntax for type bigint/,
    )
    await run(...row(ids, 28_000, 'Reason given'))
    run(...row(ids, indicativePence, null))
    await run(...row(ids, null, null, { eligible: 0 }))
    expect(await countRows(engine, handle, 'eligibility_decisions')).toBe(3)
  })

  it('refuses a decision on a draft, on someone else’s assessment or with another indicative budget', async () => {
    const handle = await engine.fresh()
    const { person, self, practitioner, assessment } = await setUp(handle)
    const other = await createPerson(handle, 'Alex Morgan')
    const draft = await handle.repos.assessments.startDraft(
      { personId: person.id, questionnaireId: 'saq', questionnaireVersion: '3', userId: self.id, onBehalf: false },
      decidedAt,
    )
    const run = (values: unknown[]) => engine.sql(handle, insert, ...values)
    const refused = "an eligibility decision needs the person's submitted self-assessment and its indicative budget"
    expect(
      await refusal(
        run(row({ assessmentId: draft.id, personId: person.id, userId: practitioner.id }, indicativePence, null)),
      ),
    ).toMatch(refused)
    expect(
      await refusal(
        run(row({ assessmentId: assessment.id, personId: other.id, userId: practitioner.id }, indicativePence, null)),
      ),
    ).toMatch(refused)
    const ids = { assessmentId: assessment.id, personId: person.id, userId: practitioner.id }
    expect(await refusal(run(row(ids, 30_000, null, { indicative: 30_000 })))).toMatch(refused)
    expect(await countRows(engine, handle, 'eligibility_decisions')).toBe(0)
  })

  it('refuses UPDATE and DELETE in the database itself, and the decisions survive', async () => {
    const handle = await engine.fresh()
    const { person, assessment, decision } = await setUp(handle)
    await handle.repos.eligibilityDecisions.record(decision(), decidedAt)
    await handle.repos.eligibilityDecisions.record(
      decision({ agreedWeeklyPence: 40_000, changeReason: 'More support' }),
      redecidedAt,
    )
    const before = await engine.sql(handle, 'select * from eligibility_decisions order by decided_at')
    expect(
      await refusal(
        engine.sql(handle, 'update eligibility_decisions set agreed_weekly_pence = indicative_weekly_pence'),
      ),
    ).toMatch('an eligibility decision cannot be changed: record a new one')
    expect(
      await refusal(engine.sql(handle, 'delete from eligibility_decisions where decided_at = ?', decidedAt.getTime())),
    ).toMatch('an eligibility decision cannot be removed')
    expect(await refusal(engine.sql(handle, 'delete from eligibility_decisions'))).toMatch(
      'an eligibility decision cannot be removed',
    )
    expect(await refusal(engine.sql(handle, 'delete from people where id = ?', person.id))).toMatch(
      /FOREIGN KEY constraint failed|violates foreign key constraint/,
    )
    expect(await refusal(engine.sql(handle, 'delete from assessments where id = ?', assessment.id))).toMatch(
      /FOREIGN KEY constraint failed|violates foreign key constraint/,
    )
    expect(await engine.sql(handle, 'select * from eligibility_decisions order by decided_at')).toEqual(before)
    expect(before).toHaveLength(2)
  })

  it('offers no way to change or remove a decision', async () => {
    const { repos } = await engine.fresh()
    expect(Object.keys(repos.eligibilityDecisions).sort()).toEqual(['latestForAssessment', 'listForPerson', 'record'])
  })
})

describe('eligibility_decisions table: migrations (SQLite)', () => {
  it('upgrades a database made by the earlier migrations, keeping its assessments, and reopens cleanly', async () => {
    // The migrations as they were before this table: every one up to, not including, the one that adds it.
    const earlier = migrationsBefore('_eligibility-decisions', temp.folder())
    const path = join(temp.folder(), 'portal.db')
    const before = openDatabase({ path, migrationsFolder: earlier.folder })
    const { person, practitioner, assessment } = await (async () => {
      try {
        const tables = before.sqlite.prepare(
          `select count(*) as n from sqlite_master where name = 'eligibility_decisions'`,
        )
        expect(tables.get()).toEqual({ n: 0 })
        const kept = await createPersonAsEarlierRelease(before, 'Kept')
        const self = await createUserAsEarlierRelease(before, 'kept@example.org')
        return {
          person: kept,
          practitioner: await createUserAsEarlierRelease(before, 'worker@example.org'),
          assessment: await submittedAssessment(before, kept.id, self.id),
        }
      } finally {
        before.close()
      }
    })()

    const upgraded = temp.open(path)
    expect(await upgraded.repos.assessments.findById(assessment.id)).toEqual(assessment)
    const recorded = await upgraded.repos.eligibilityDecisions.record(
      decisionOn(assessment.id, person.id, practitioner.id)(),
      decidedAt,
    )
    expect(recorded.ok).toBe(true)
    const applied = upgraded.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()
    expect(applied).toEqual({ n: earlier.allCount })
    upgraded.close()

    const reopened = temp.open(path)
    expect(reopened.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual(applied)
    expect(await reopened.repos.eligibilityDecisions.latestForAssessment(assessment.id)).toEqual(
      recorded.ok && recorded.value,
    )
  })
})
