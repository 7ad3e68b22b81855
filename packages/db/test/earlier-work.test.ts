import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase, type Repositories } from '../src/index.js'
import { testEngines } from './engines.js'
import {
  at,
  createPerson,
  createPersonAsEarlierRelease,
  createUser,
  financialOutcome,
  migrationsBefore,
  useTempDatabases,
} from './helpers.js'

// Issue 18, nothing lands nowhere: work that arrived before work items existed (migration 0017) is found, with the
// subject the portal gives it today and the time it arrived, so the portal's start-up step can queue it once.
const temp = useTempDatabases()

/** A self-assessment sent, a financial assessment sent and a concern received, as any release stores them. */
async function arrivedEarlier(repos: Repositories, userId: string, personId: string) {
  const draft = await repos.assessments.startDraft(
    { personId, questionnaireId: 'saq', questionnaireVersion: '3', userId, onBehalf: false },
    at('2025-05-01T09:00:00Z'),
  )
  const sent = await repos.assessments.submit(
    draft.id,
    {
      userId,
      onBehalf: false,
      budget: { weeklyPence: 31_450 },
      rasConfigId: 'national-default',
      rasConfigVersion: '2025.1',
      weeklyPence: 31_450,
    },
    at('2025-05-02T09:00:00Z'),
  )
  const charge = await repos.financialAssessments.startDraft({ personId, userId }, at('2025-05-03T09:00:00Z'))
  if (!sent.ok || !charge.ok) throw new Error('test setup: could not send')
  const charged = await repos.financialAssessments.submitDraft(
    charge.value.id,
    financialOutcome(4_000),
    userId,
    at('2025-05-04T09:00:00Z'),
  )
  const concern = await repos.safeguarding.recordConcern({
    reference: 'SG-2025-000001',
    receivedAt: at('2025-05-05T09:00:00Z'),
    receivedOn: '2025-05-05',
    personId,
    ageBand: 'unknown',
    typesOfAbuse: ['self-neglect'],
    needsFollowUp: false,
    concern: { whatHappened: 'Post piling up; not seen for a week.' },
  })
  if (!charged.ok || !concern.ok) throw new Error('test setup: could not record')
  return [
    {
      kind: 'self-assessment',
      personId,
      subject: `assessment:${sent.value.id}`,
      arrivedAt: at('2025-05-02T09:00:00Z'),
    },
    {
      kind: 'financial-assessment',
      personId,
      subject: `financial-assessment:${charged.value.id}`,
      arrivedAt: at('2025-05-04T09:00:00Z'),
    },
    {
      kind: 'safeguarding-concern',
      personId,
      subject: `safeguarding-concern:${concern.value.id}`,
      arrivedAt: at('2025-05-05T09:00:00Z'),
    },
  ]
}

/** Queues each, as the portal's start-up step does; a second look then finds nothing. */
async function queueAll(repos: Repositories) {
  for (const { arrivedAt, ...work } of await repos.work.earlierWork())
    expect((await repos.work.arrive({ ...work, teamId: null }, arrivedAt)).ok).toBe(true)
  expect(await repos.work.earlierWork()).toEqual([])
}

describe('work that arrived before work items existed, on a database an earlier release made', () => {
  it('is listed once the work queues migration has run, as it arrived, and queued once', async () => {
    const earlier = migrationsBefore('_work-queues', temp.folder())
    const path = join(temp.folder(), 'portal.db')
    const old = openDatabase({ path, migrationsFolder: earlier.folder })
    let expected: Awaited<ReturnType<typeof arrivedEarlier>>
    try {
      old.sqlite
        .prepare(
          "insert into users (id, email, display_name, password_hash, role, created_at) values ('u', 'u@example.org', 'U', 'x', 'citizen', 0)",
        )
        .run()
      const person = await createPersonAsEarlierRelease(old, 'Ada Example')
      expected = await arrivedEarlier(old.repos, 'u', person.id)
    } finally {
      old.close()
    }
    const handle = openDatabase({ path })
    try {
      expect(await handle.repos.work.earlierWork()).toEqual(expected)
      await queueAll(handle.repos)
      expect(
        handle.sqlite.prepare('select kind, subject, arrived_at from work_items order by arrived_at').all(),
      ).toEqual(
        expected.map((work) => ({ kind: work.kind, subject: work.subject, arrived_at: work.arrivedAt.getTime() })),
      )
    } finally {
      handle.close()
    }
  })
})

describe.each(testEngines())('earlier work on $name', (engine) => {
  it('lists only what has no work item yet, and nothing once each is queued', async () => {
    const handle = await engine.fresh()
    const user = await createUser(handle, 'person@example.org')
    const person = await createPerson(handle, 'Ada Example')
    const expected = await arrivedEarlier(handle.repos, user.id, person.id)
    expect(await handle.repos.work.earlierWork()).toEqual(expected)
    const [first] = expected
    await handle.repos.work.arrive(
      { kind: 'self-assessment', personId: person.id, subject: first?.subject ?? '', teamId: null },
      at('2025-06-01T09:00:00Z'),
    )
    expect((await handle.repos.work.earlierWork()).map((work) => work.kind)).toEqual([
      'financial-assessment',
      'safeguarding-concern',
    ])
    await queueAll(handle.repos)
  })
})
