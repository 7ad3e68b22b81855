import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessmentSubmittedMessage, openDatabase, type AnyDatabaseHandle } from '../src/index.js'
import { refusal, testEngines } from './engines.js'
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
const later = at('2025-04-03T14:30:00Z')
const submittedAt = at('2025-04-05T10:00:00Z')

// Shaped like what @open-sds/ras returns; the repository must keep it exactly, whatever its shape.
const indicativeBudget = {
  weeklyPence: 31_450,
  annualPence: 1_639_964,
  configId: 'national-default',
  configVersion: '2025.1',
  explanation: [
    { text: 'Daily living: 14 points', pence: 21_000 },
    { text: 'Carer support: 3 points', pence: 10_450 },
  ],
}

async function setUp(handle: AnyDatabaseHandle) {
  const person = await createPerson(handle, 'Priya Shah')
  const self = await createUser(handle, 'priya@example.org')
  const representative = await createUser(handle, 'ravi@example.org')
  const draft = await handle.repos.assessments.startDraft(
    { personId: person.id, questionnaireId: 'saq', questionnaireVersion: '3', userId: self.id, onBehalf: false },
    started,
  )
  return { person, self, representative, draft }
}

const submission = (userId: string) => ({
  userId,
  onBehalf: false,
  budget: indicativeBudget,
  rasConfigId: 'national-default',
  rasConfigVersion: '2025.1',
  weeklyPence: 31_450,
})

describe.each(testEngines())('assessments repository on $name', (engine) => {
  it('starts a draft once and resumes it when started again', async () => {
    const handle = await engine.fresh()
    const { person, self, draft } = await setUp(handle)
    expect(draft).toEqual({
      id: expect.any(String),
      personId: person.id,
      questionnaireId: 'saq',
      questionnaireVersion: '3',
      answers: {},
      status: 'draft',
      startedByUserId: self.id,
      lastUpdatedByUserId: self.id,
      completedOnBehalf: false,
      createdAt: started,
      updatedAt: started,
      submittedAt: null,
      budget: null,
      rasConfigId: null,
      rasConfigVersion: null,
      weeklyPence: null,
    })
    const again = await handle.repos.assessments.startDraft(
      { personId: person.id, questionnaireId: 'saq', questionnaireVersion: '4', userId: self.id, onBehalf: false },
      later,
    )
    expect(again).toEqual(draft)
    expect(await handle.repos.assessments.findDraft(person.id, 'saq')).toEqual(draft)
    expect(await handle.repos.assessments.findDraft(person.id, 'carers-saq')).toBeUndefined()
    expect(await handle.repos.assessments.listForPerson(person.id)).toEqual([draft])
  })

  it('saves answers and reads them back, keeping who saved last and when', async () => {
    const handle = await engine.fresh()
    const { person, self, draft } = await setUp(handle)
    const answers = { mobility: 'needs-help', 'meals.per-day': 3, carer: { present: true, hours: [4, 6] }, notes: null }
    const saved = await handle.repos.assessments.saveAnswers(
      draft.id,
      answers,
      { userId: self.id, onBehalf: false },
      later,
    )
    expect(saved).toEqual({ ok: true, value: { ...draft, answers, updatedAt: later } })
    expect((await handle.repos.assessments.findById(draft.id))?.answers).toEqual(answers)
    expect((await handle.repos.assessments.findDraft(person.id, 'saq'))?.answers).toEqual(answers)
  })

  it('records when the last save was made on the person’s behalf, and by whom', async () => {
    const handle = await engine.fresh()
    const { self, representative, draft } = await setUp(handle)
    const byRepresentative = await handle.repos.assessments.saveAnswers(
      draft.id,
      { mobility: 'independent' },
      { userId: representative.id, onBehalf: true },
      later,
    )
    expect(byRepresentative).toMatchObject({
      ok: true,
      value: { startedByUserId: self.id, lastUpdatedByUserId: representative.id, completedOnBehalf: true },
    })
    const submitted = await handle.repos.assessments.submit(
      draft.id,
      { ...submission(representative.id), onBehalf: true },
      submittedAt,
    )
    expect(submitted).toMatchObject({
      ok: true,
      value: { lastUpdatedByUserId: representative.id, completedOnBehalf: true },
    })
  })

  it('submits with the budget, RAS version and weekly pence, and then refuses to change the answers', async () => {
    const handle = await engine.fresh()
    const { person, self, draft } = await setUp(handle)
    const answers = { mobility: 'needs-help' }
    await handle.repos.assessments.saveAnswers(draft.id, answers, { userId: self.id, onBehalf: false }, later)
    const submitted = await handle.repos.assessments.submit(draft.id, submission(self.id), submittedAt)
    expect(submitted).toEqual({
      ok: true,
      value: {
        ...draft,
        answers,
        status: 'submitted',
        updatedAt: submittedAt,
        submittedAt,
        budget: indicativeBudget,
        rasConfigId: 'national-default',
        rasConfigVersion: '2025.1',
        weeklyPence: 31_450,
      },
    })
    const refused = await handle.repos.assessments.saveAnswers(
      draft.id,
      { mobility: 'independent' },
      { userId: self.id, onBehalf: false },
      at('2025-04-06T10:00:00Z'),
    )
    expect(refused).toEqual({ ok: false, errors: [{ path: 'status', message: assessmentSubmittedMessage }] })
    expect(assessmentSubmittedMessage).toBe('This self-assessment has been submitted and can no longer be changed')
    expect(await handle.repos.assessments.findById(draft.id)).toEqual(submitted.ok && submitted.value)
    expect(await handle.repos.assessments.findDraft(person.id, 'saq')).toBeUndefined()
  })

  it('refuses a second submission and keeps the first budget', async () => {
    const handle = await engine.fresh()
    const { self, draft } = await setUp(handle)
    const first = await handle.repos.assessments.submit(draft.id, submission(self.id), submittedAt)
    const second = await handle.repos.assessments.submit(
      draft.id,
      { ...submission(self.id), budget: { weeklyPence: 1 }, rasConfigVersion: '2026.1', weeklyPence: 1 },
      later,
    )
    expect(second).toEqual({ ok: false, errors: [{ path: 'status', message: assessmentSubmittedMessage }] })
    expect(await handle.repos.assessments.findById(draft.id)).toEqual(first.ok && first.value)
  })

  it('refuses an unknown assessment, and a submission without a proper budget', async () => {
    const handle = await engine.fresh()
    const { self, draft } = await setUp(handle)
    const noSuch = { ok: false, errors: [{ path: 'id', message: 'No self-assessment has this id' }] }
    expect(await handle.repos.assessments.saveAnswers('nope', {}, { userId: self.id, onBehalf: false }, later)).toEqual(
      noSuch,
    )
    expect(await handle.repos.assessments.submit('nope', submission(self.id), later)).toEqual(noSuch)
    expect(
      await handle.repos.assessments.submit(
        draft.id,
        { ...submission(self.id), budget: undefined, weeklyPence: 12.5 },
        later,
      ),
    ).toEqual({
      ok: false,
      errors: [
        { path: 'budget', message: 'The indicative budget is missing' },
        { path: 'weeklyPence', message: 'Weekly budget must be a whole number of pence' },
      ],
    })
    expect(
      await handle.repos.assessments.saveAnswers(draft.id, ['a'] as never, { userId: self.id, onBehalf: false }, later),
    ).toEqual({
      ok: false,
      errors: [{ path: 'answers', message: 'Answers must be an object of answers by question id' }],
    })
    expect((await handle.repos.assessments.findById(draft.id))?.status).toBe('draft')
  })

  it('throws when a draft is started for a person or account that does not exist', async () => {
    const handle = await engine.fresh()
    const { person, self } = await setUp(handle)
    const start = (personId: string, userId: string) =>
      handle.repos.assessments.startDraft(
        { personId, questionnaireId: 'other', questionnaireVersion: '1', userId, onBehalf: false },
        started,
      )
    await expect(start('nobody', self.id)).rejects.toThrow('personId: No person has this id')
    await expect(start(person.id, 'nobody')).rejects.toThrow('userId: No account has this id')
  })

  it('returns a stored budget exactly as it was given (property)', async () => {
    const handle = await engine.fresh()
    const person = await createPerson(handle, 'Joe')
    const user = await createUser(handle, 'joe@example.org')
    const budgets = fc.jsonValue().filter((value) => value !== null)
    let n = 0
    await fc.assert(
      fc.asyncProperty(budgets, async (budget) => {
        n += 1
        const draft = await handle.repos.assessments.startDraft(
          {
            personId: person.id,
            questionnaireId: `q${n}`,
            questionnaireVersion: '1',
            userId: user.id,
            onBehalf: false,
          },
          started,
        )
        const submitted = await handle.repos.assessments.submit(
          draft.id,
          { ...submission(user.id), budget },
          submittedAt,
        )
        expect(submitted.ok && submitted.value.budget).toEqual(JSON.parse(JSON.stringify(budget)))
        expect((await handle.repos.assessments.findById(draft.id))?.budget).toEqual(JSON.parse(JSON.stringify(budget)))
      }),
      { numRuns: 50 },
    )
  })

  it('lists a person’s assessments and everyone’s submitted ones, newest first', async () => {
    const handle = await engine.fresh()
    const { person, self, draft } = await setUp(handle)
    await handle.repos.assessments.submit(draft.id, submission(self.id), submittedAt)
    const other = await createPerson(handle, 'Alex Morgan')
    const alex = await createUser(handle, 'alex@example.org')
    const otherDraft = await handle.repos.assessments.startDraft(
      { personId: other.id, questionnaireId: 'saq', questionnaireVersion: '3', userId: alex.id, onBehalf: false },
      later,
    )
    await handle.repos.assessments.submit(otherDraft.id, submission(alex.id), at('2025-04-04T10:00:00Z'))
    const resumed = await handle.repos.assessments.startDraft(
      { personId: person.id, questionnaireId: 'saq', questionnaireVersion: '3', userId: self.id, onBehalf: false },
      at('2025-05-01T09:00:00Z'),
    )
    expect(resumed.id).not.toBe(draft.id)
    expect((await handle.repos.assessments.listForPerson(person.id)).map((a) => [a.id, a.status])).toEqual([
      [resumed.id, 'draft'],
      [draft.id, 'submitted'],
    ])
    expect((await handle.repos.assessments.listSubmitted()).map((a) => a.id)).toEqual([draft.id, otherDraft.id])
    expect((await handle.repos.assessments.listSubmitted({ limit: 1 })).map((a) => a.id)).toEqual([draft.id])
  })
})

describe.each(testEngines())('assessments table on $name', (engine) => {
  const row = (personId: string, userId: string, status: string, id: string) =>
    [id, personId, 'saq', '3', status, userId, userId, 0, started.getTime(), started.getTime()] as const
  const insert = `insert into assessments (id, person_id, questionnaire_id, questionnaire_version, status,
    started_by_user_id, last_updated_by_user_id, completed_on_behalf, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

  it('holds at most one draft per person and questionnaire, even against hand-written SQL', async () => {
    const handle = await engine.fresh()
    const { person, self } = await setUp(handle)
    expect(await refusal(engine.sql(handle, insert, ...row(person.id, self.id, 'draft', 'second-draft')))).toMatch(
      /UNIQUE constraint failed|violates unique constraint/,
    )
  })

  it('refuses a submitted row without its budget, and any change to a submitted assessment', async () => {
    const handle = await engine.fresh()
    const { person, self, draft } = await setUp(handle)
    expect(await refusal(engine.sql(handle, insert, ...row(person.id, self.id, 'submitted', 'bare')))).toMatch(
      /CHECK constraint failed: assessments_submitted_complete|violates check constraint "assessments_submitted_complete/,
    )
    await handle.repos.assessments.submit(draft.id, submission(self.id), submittedAt)
    expect(await refusal(engine.sql(handle, `update assessments set weekly_pence = 1 where id = ?`, draft.id))).toMatch(
      'a submitted self-assessment cannot be changed',
    )
    expect((await handle.repos.assessments.findById(draft.id))?.weeklyPence).toBe(31_450)
  })

  it('keeps a person’s record while it holds their assessments', async () => {
    const handle = await engine.fresh()
    const { person } = await setUp(handle)
    expect(await refusal(engine.sql(handle, 'delete from people where id = ?', person.id))).toMatch(
      /FOREIGN KEY constraint failed|violates foreign key constraint/,
    )
  })
})

describe('assessments table: migrations (SQLite)', () => {
  it('upgrades a database made by the earlier migrations, keeping its data, and reopens cleanly', async () => {
    // The migrations as they were before this table: every one up to, not including, the one that adds it.
    const earlier = migrationsBefore('_self-assessments', temp.folder())
    const path = join(temp.folder(), 'portal.db')
    const before = openDatabase({ path, migrationsFolder: earlier.folder })
    const [person, user] = await (async () => {
      try {
        const tables = before.sqlite.prepare(`select count(*) as n from sqlite_master where name = 'assessments'`)
        expect(tables.get()).toEqual({ n: 0 })
        return [
          await createPersonAsEarlierRelease(before, 'Kept'),
          await createUserAsEarlierRelease(before, 'kept@example.org'),
        ] as const
      } finally {
        before.close()
      }
    })()

    const upgraded = temp.open(path)
    expect(await upgraded.repos.people.findById(person.id)).toEqual(person)
    const draft = await upgraded.repos.assessments.startDraft(
      { personId: person.id, questionnaireId: 'saq', questionnaireVersion: '3', userId: user.id, onBehalf: false },
      started,
    )
    const applied = upgraded.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()
    expect(applied).toEqual({ n: earlier.allCount })
    upgraded.close()

    const reopened = temp.open(path)
    expect(reopened.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual(applied)
    expect(await reopened.repos.assessments.findDraft(person.id, 'saq')).toEqual(draft)
  })
})
