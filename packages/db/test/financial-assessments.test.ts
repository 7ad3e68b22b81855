import { describe, expect, it } from 'vitest'
import type { AnyDatabaseHandle } from '../src/index.js'
import { financialOutcomeOf, financialVersionReplacedMessage } from '../src/index.js'
import { upratingRowsPerStatement } from '../src/repositories/financial-assessments.js'
import { refusal, testEngines, type TestEngine } from './engines.js'
import { at, createPerson, createUser, financialOutcome as outcome } from './helpers.js'

async function setUp(engine: TestEngine) {
  const handle = await engine.fresh()
  const user = await createUser(handle, 'person@example.org')
  const officer = await createUser(handle, 'finance@example.org')
  const person = await createPerson(handle, 'Sam Patel')
  return { handle, repo: handle.repos.financialAssessments, user, officer, person }
}

// Every uprating row in the table, current or not, counted with plain SQL.
// Each person's charge worked out again at 2026/27 rates: 11.00, 22.00, 33.00 … a week, up to 220.00 and round again.
const upratedVersions = (ids: readonly { personId: string; versionId: string }[]) =>
  ids.map(({ personId, versionId }, i) => ({
    supersedesId: versionId,
    personId,
    answers: {},
    outcome: outcome(1_100 * ((i % 20) + 1), { ratesYear: '2026/27', assessedFor: '2026-04-06' }),
  }))

/**
 * A rule added by hand that refuses any new version for this person, as a trigger or constraint the code does not
 * know about would.
 */
async function refuseNewVersionsOf(engine: TestEngine, handle: AnyDatabaseHandle, personId: string) {
  if (engine.name === 'SQLite') {
    await engine.sql(
      handle,
      `create trigger refuse_for_test before insert on financial_assessments when new.person_id = '${personId}'
       begin select raise(abort, 'refused for this test'); end`,
    )
    return
  }
  await engine.sql(
    handle,
    `create function refuse_for_test() returns trigger language plpgsql as $$
     begin raise exception 'refused for this test'; end $$`,
  )
  await engine.sql(
    handle,
    `create trigger refuse_for_test before insert on financial_assessments for each row
     when (new.person_id = '${personId}') execute function refuse_for_test()`,
  )
}

const refusedForTest = {
  ok: false,
  errors: [
    {
      path: 'versions',
      message: expect.stringMatching(
        /^The uprating could not be written \(.*refused for this test.*\); nothing was uprated and every charge is as it was$/,
      ),
    },
  ],
}

const upratedRows = async (engine: TestEngine, handle: AnyDatabaseHandle) => {
  const [row] = await engine.sql(handle, `select count(*) as n from financial_assessments where kind = 'uprating'`)
  return Number(row?.n)
}

async function submitted(handle: AnyDatabaseHandle, personId: string, userId: string, charge = 4_000) {
  const repo = handle.repos.financialAssessments
  const draft = await repo.startDraft({ personId, userId }, at('2025-09-01T10:00:00Z'))
  if (!draft.ok) throw new Error(JSON.stringify(draft.errors))
  await repo.saveDraft(draft.value.id, { income: { statePension: '221.20' } }, userId, at('2025-09-01T10:05:00Z'))
  const sent = await repo.submitDraft(draft.value.id, outcome(charge), userId, at('2025-09-01T10:10:00Z'))
  if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
  return sent.value
}

describe.each(testEngines())('on $name', (engine) => {
  describe('financial assessments: drafts are saved and resumed, then sent', () => {
    it('keeps one draft per person and resumes it with the answers saved', async () => {
      const { repo, user, person } = await setUp(engine)
      const first = await repo.startDraft({ personId: person.id, userId: user.id }, at('2025-09-01T10:00:00Z'))
      const again = await repo.startDraft({ personId: person.id, userId: user.id }, at('2025-09-01T10:01:00Z'))
      expect(first.ok && again.ok && first.value.id === again.value.id).toBe(true)
      if (!first.ok) return
      await repo.saveDraft(first.value.id, { capital: { savings: '1200.50' } }, user.id, at('2025-09-01T10:02:00Z'))
      expect((await repo.findDraft(person.id))?.answers).toEqual({ capital: { savings: '1200.50' } })
    })

    it('sends a draft with its result; it is then the current version and can no longer be saved', async () => {
      const { handle, repo, user, person } = await setUp(engine)
      const sent = await submitted(handle, person.id, user.id)
      expect(sent.status).toBe('submitted')
      expect((await repo.current(person.id))?.id).toBe(sent.id)
      expect((await repo.listAwaitingReview()).map((v) => v.id)).toEqual([sent.id])
      expect(await repo.countAwaitingReview()).toBe(1)
      const save = await repo.saveDraft(sent.id, {}, user.id, at('2025-09-02T10:00:00Z'))
      expect(save.ok).toBe(false)
    })

    it('refuses a result whose charge is above the cost of care (s14(4))', async () => {
      const { repo, user, person } = await setUp(engine)
      const draft = await repo.startDraft({ personId: person.id, userId: user.id }, at('2025-09-01T10:00:00Z'))
      if (!draft.ok) throw new Error('setup')
      const sent = await repo.submitDraft(draft.value.id, outcome(30_001), user.id, at('2025-09-01T10:10:00Z'))
      expect(sent.ok).toBe(false)
      if (!sent.ok) expect(sent.errors[0]?.message).toMatch(/never be more than the weekly cost of care/)
    })
  })

  describe('financial assessments: recorded versions are never rewritten', () => {
    it('a correction is a new version pointing to the one it replaces, with its reason; the old one stays', async () => {
      const { handle, repo, user, officer, person } = await setUp(engine)
      const sent = await submitted(handle, person.id, user.id)
      const corrected = await repo.recordVersion(
        {
          supersedesId: sent.id,
          kind: 'correction',
          status: 'submitted',
          answers: { corrected: true },
          outcome: outcome(3_500),
          reason: 'Council tax was entered yearly',
          recordedByUserId: officer.id,
        },
        at('2025-09-03T09:00:00Z'),
      )
      expect(corrected.ok).toBe(true)
      if (!corrected.ok) return
      expect(corrected.value.supersedesId).toBe(sent.id)
      expect(corrected.value.reason).toBe('Council tax was entered yearly')
      const history = await repo.history(person.id)
      expect(history.map((v) => [v.kind, v.weeklyChargePence])).toEqual([
        ['correction', 3_500],
        ['assessment', 4_000],
      ])
      expect((await repo.current(person.id))?.id).toBe(corrected.value.id)
    })

    it('refuses a correction without a reason', async () => {
      const { handle, repo, user, officer, person } = await setUp(engine)
      const sent = await submitted(handle, person.id, user.id)
      const corrected = await repo.recordVersion(
        {
          supersedesId: sent.id,
          kind: 'correction',
          status: 'submitted',
          answers: {},
          outcome: outcome(3_500),
          recordedByUserId: officer.id,
        },
        at('2025-09-03T09:00:00Z'),
      )
      expect(corrected.ok ? [] : corrected.errors).toEqual([
        { path: 'reason', message: 'Enter the reason for the correction' },
      ])
    })

    it('refuses to replace a version that has already been replaced (two officers at once)', async () => {
      const { handle, repo, user, officer, person } = await setUp(engine)
      const sent = await submitted(handle, person.id, user.id)
      const confirm = {
        supersedesId: sent.id,
        kind: 'confirmation' as const,
        status: 'confirmed' as const,
        answers: sent.answers,
        outcome: outcome(4_000),
        recordedByUserId: officer.id,
      }
      expect((await repo.recordVersion(confirm, at('2025-09-03T09:00:00Z'))).ok).toBe(true)
      const second = await repo.recordVersion(confirm, at('2025-09-03T09:00:01Z'))
      expect(second.ok ? [] : second.errors.map((e) => e.message)).toEqual([financialVersionReplacedMessage])
      expect((await repo.listCurrentConfirmed()).length).toBe(1)
    })

    it('the database refuses UPDATE and DELETE of a recorded version, even by hand-written SQL', async () => {
      const { handle, user, person } = await setUp(engine)
      const sent = await submitted(handle, person.id, user.id)
      expect(
        await refusal(
          engine.sql(handle, 'update financial_assessments set weekly_charge_pence = 1 where id = ?', sent.id),
        ),
      ).toContain('a recorded financial assessment cannot be changed')
      expect(await refusal(engine.sql(handle, 'delete from financial_assessments where id = ?', sent.id))).toContain(
        'a recorded financial assessment cannot be removed',
      )
      if (engine.name === 'PostgreSQL')
        expect(await refusal(engine.sql(handle, 'truncate financial_assessments cascade'))).toContain(
          'a recorded financial assessment cannot be removed',
        )
      expect((await handle.repos.financialAssessments.findById(sent.id))?.weeklyChargePence).toBe(4_000)
    })

    it('the database refuses a version that replaces another person’s assessment', async () => {
      const { handle, user, officer, person } = await setUp(engine)
      const other = await createPerson(handle, 'Someone Else')
      const sent = await submitted(handle, person.id, user.id)
      const insert = (personId: string) =>
        engine.sql(
          handle,
          `insert into financial_assessments (id, person_id, supersedes_id, status, kind, answers, result, weekly_charge_pence, weekly_cost_of_care_pence, rules_version, policy_name, policy_version, rates_year, assessed_for, recorded_by_user_id, recorded_at, updated_at)
           values ('x', ?, ?, 'confirmed', 'confirmation', '{}', '{}', 0, 0, 'r', 'p', '1', '2025/26', '2025-09-01', ?, 0, 0)`,
          personId,
          sent.id,
          officer.id,
        )
      expect(await refusal(insert(other.id))).toContain(
        "a new financial assessment version must replace a recorded version of the same person's assessment",
      )
    })
  })

  describe('financial assessments: the yearly uprating', () => {
    async function confirmedPeople(count: number) {
      const { handle, repo, user, officer } = await setUp(engine)
      const ids: { personId: string; versionId: string }[] = []
      for (let i = 0; i < count; i += 1) {
        const person = await createPerson(handle, `Person ${i}`)
        const sent = await submitted(handle, person.id, user.id, 1_000 * (i + 1))
        const confirmed = await repo.recordVersion(
          {
            supersedesId: sent.id,
            kind: 'confirmation',
            status: 'confirmed',
            answers: sent.answers,
            outcome: outcome(1_000 * (i + 1)),
            recordedByUserId: officer.id,
          },
          at('2025-09-04T09:00:00Z'),
        )
        if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.errors))
        ids.push({ personId: person.id, versionId: confirmed.value.id })
      }
      return { handle, repo, officer, ids }
    }

    it('writes every new charge as a new confirmed version in one run, with the reason', async () => {
      const { repo, officer, ids } = await confirmedPeople(3)
      const versions = upratedVersions(ids)
      const run = await repo.recordUprating(
        { reason: 'Yearly uprating to 2026/27 rates', recordedByUserId: officer.id, versions },
        at('2026-04-06T08:00:00Z'),
      )
      expect(run.ok).toBe(true)
      const current = await repo.listCurrentConfirmed()
      expect(current.map((v) => [v.kind, v.ratesYear, v.weeklyChargePence])).toEqual(
        expect.arrayContaining([
          ['uprating', '2026/27', 1_100],
          ['uprating', '2026/27', 2_200],
          ['uprating', '2026/27', 3_300],
        ]),
      )
      expect(new Set(current.map((v) => v.upratingRunId)).size).toBe(1)
    })

    it('a failure halfway leaves every stored charge as it was', async () => {
      const { handle, repo, officer, ids } = await confirmedPeople(3)
      const before = await repo.listCurrentConfirmed()
      const versions = upratedVersions(ids)
      // The third row names the first person's version under another person: the database refuses it after two rows
      // have been written inside the transaction.
      versions[2] = { ...versions[2]!, supersedesId: ids[0]!.versionId }
      const run = await repo.recordUprating(
        { reason: 'Yearly uprating to 2026/27 rates', recordedByUserId: officer.id, versions },
        at('2026-04-06T08:00:00Z'),
      )
      expect(run.ok).toBe(false)
      if (!run.ok) expect(run.errors[0]?.message).toMatch(/nothing was uprated/)
      expect(await repo.listCurrentConfirmed()).toEqual(before)
      expect(await upratedRows(engine, handle)).toBe(0)
    })

    it('a row the database refuses part way through rolls back the rows written before it: no one is uprated', async () => {
      const { handle, repo, officer, ids } = await confirmedPeople(3)
      const before = await repo.listCurrentConfirmed()
      // A rule added by hand that refuses the third person's new version, as a trigger or constraint the code does not
      // know about would: the first two rows are already written inside the transaction when it fires.
      await refuseNewVersionsOf(engine, handle, ids[2]!.personId)
      const run = await repo.recordUprating(
        {
          reason: 'Yearly uprating to 2026/27 rates',
          recordedByUserId: officer.id,
          versions: upratedVersions(ids),
        },
        at('2026-04-06T08:00:00Z'),
      )
      expect(run).toEqual(refusedForTest)
      expect(await upratedRows(engine, handle)).toBe(0)
      expect(await repo.listCurrentConfirmed()).toEqual(before)
    })

    it(
      'a row refused in a later statement of a large uprating rolls back the statements before it',
      async () => {
        const { handle, repo, user, officer } = await setUp(engine)
        // One more person than one statement writes: the last row goes in a second INSERT, after the first has
        // written every other person's new charge.
        const ids: { personId: string; versionId: string }[] = []
        for (let i = 0; i <= upratingRowsPerStatement; i += 1) {
          const person = await createPerson(handle, `Person ${i}`)
          ids.push({ personId: person.id, versionId: (await submitted(handle, person.id, user.id, 1_000)).id })
        }
        await refuseNewVersionsOf(engine, handle, ids.at(-1)!.personId)
        const run = await repo.recordUprating(
          { reason: 'Yearly uprating to 2026/27 rates', recordedByUserId: officer.id, versions: upratedVersions(ids) },
          at('2026-04-06T08:00:00Z'),
        )
        expect(run).toEqual(refusedForTest)
        expect(await upratedRows(engine, handle)).toBe(0)
        expect((await repo.current(ids[0]!.personId))?.kind).toBe('assessment')
      },
      // Five hundred people set up through the repository: a few seconds, more on a busy machine.
      60_000,
    )

    it('a version another officer replaced after the uprating was worked out stops the whole run', async () => {
      const { repo, officer, ids } = await confirmedPeople(2)
      const versions = upratedVersions(ids)
      const corrected = await repo.recordVersion(
        {
          supersedesId: ids[1]!.versionId,
          kind: 'correction',
          status: 'confirmed',
          answers: {},
          outcome: outcome(1_500),
          reason: 'Pension was entered monthly',
          recordedByUserId: officer.id,
        },
        at('2026-04-06T07:59:00Z'),
      )
      expect(corrected.ok).toBe(true)
      const run = await repo.recordUprating(
        { reason: 'Yearly uprating to 2026/27 rates', recordedByUserId: officer.id, versions },
        at('2026-04-06T08:00:00Z'),
      )
      expect(run).toEqual({
        ok: false,
        errors: [
          {
            path: 'versions.1.supersedesId',
            message: `${financialVersionReplacedMessage} (person ${ids[1]!.personId}); nothing was uprated`,
          },
        ],
      })
      expect((await repo.current(ids[0]!.personId))?.kind).toBe('confirmation')
      expect((await repo.current(ids[1]!.personId))?.reason).toBe('Pension was entered monthly')
    })
  })

  describe('financial assessments: evidence', () => {
    it('keeps a file with its type, size, hash and exact bytes, refuses other types, and never changes or removes it', async () => {
      const { handle, repo, user, person } = await setUp(engine)
      const draft = await repo.startDraft({ personId: person.id, userId: user.id }, at('2025-09-01T10:00:00Z'))
      if (!draft.ok) throw new Error('setup')
      const content = new TextEncoder().encode('%PDF-1.4 pension statement')
      const added = await repo.addEvidence(
        {
          personId: person.id,
          financialAssessmentId: draft.value.id,
          category: 'income',
          fileName: 'pension.pdf',
          contentType: 'application/pdf',
          content,
          uploadedByUserId: user.id,
        },
        at('2025-09-01T10:03:00Z'),
      )
      expect(added.ok).toBe(true)
      if (!added.ok) return
      expect(added.value.sizeBytes).toBe(content.byteLength)
      expect(added.value.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect((await repo.listEvidence([draft.value.id])).map((e) => e.fileName)).toEqual(['pension.pdf'])
      expect((await repo.evidenceContent(added.value.id))?.content.toString()).toBe('%PDF-1.4 pension statement')
      // A photo's bytes, every value from 0 to 255, come back exactly as sent.
      const photo = Uint8Array.from([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        ...Array.from({ length: 256 }, (_, i) => i),
      ])
      const sentPhoto = await repo.addEvidence(
        {
          personId: person.id,
          financialAssessmentId: draft.value.id,
          category: 'housing',
          fileName: 'tenancy.png',
          contentType: 'image/png',
          content: photo,
          uploadedByUserId: user.id,
        },
        at('2025-09-01T10:03:00Z'),
      )
      if (!sentPhoto.ok) throw new Error(JSON.stringify(sentPhoto.errors))
      const stored = await repo.evidenceContent(sentPhoto.value.id)
      expect(Buffer.isBuffer(stored?.content)).toBe(true)
      expect(stored?.content.equals(Buffer.from(photo))).toBe(true)
      expect(stored?.summary).toMatchObject({ sizeBytes: 264, contentType: 'image/png' })
      expect((await repo.listEvidence([draft.value.id])).map((e) => e.fileName)).toEqual(['pension.pdf', 'tenancy.png'])
      const refusedSql = (text: string) => refusal(engine.sql(handle, text))
      expect(await refusedSql(`update financial_evidence set file_name = 'other.pdf'`)).toContain(
        'evidence cannot be changed',
      )
      expect(await refusedSql(`delete from financial_evidence`)).toContain('evidence cannot be removed')
      if (engine.name === 'PostgreSQL')
        expect(await refusedSql(`truncate financial_evidence`)).toContain('evidence cannot be removed')
      const refused = await repo.addEvidence(
        {
          personId: person.id,
          financialAssessmentId: draft.value.id,
          category: 'income',
          fileName: 'run.exe',
          contentType: 'application/x-msdownload' as 'application/pdf',
          content,
          uploadedByUserId: user.id,
        },
        at('2025-09-01T10:04:00Z'),
      )
      expect(refused.ok ? [] : refused.errors.map((e) => e.message)).toEqual(['The file must be a PDF, JPEG or PNG'])
    })
  })
})

describe('a charging result as it is stored', () => {
  it('keeps the result whole and copies out the figures lists and reports read', () => {
    const result = {
      weeklyChargePence: 5_740,
      weeklyCostOfCarePence: 30_000,
      rulesVersion: 'charging-rules-2026.1',
      policy: { name: 'Northmoor', version: '2025.1' },
      ratesYear: '2025/26',
      assessedFor: '2025-09-01',
      explanation: [],
    }
    expect(financialOutcomeOf(result)).toEqual({
      result,
      weeklyChargePence: 5_740,
      weeklyCostOfCarePence: 30_000,
      rulesVersion: 'charging-rules-2026.1',
      policyName: 'Northmoor',
      policyVersion: '2025.1',
      ratesYear: '2025/26',
      assessedFor: '2025-09-01',
    })
  })
})
