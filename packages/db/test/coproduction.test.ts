import { describe, expect, it } from 'vitest'
import {
  linkExpiredMessage,
  linkUsedMessage,
  openPostgresDatabase,
  responseGoneMessage,
  youSaidWeDidChangedMessage,
  type AnyDatabaseHandle,
  type SurveyWording,
} from '../src/index.js'
import { postgresServer, refusal, testEngines } from './engines.js'
import { at, createUser } from './helpers.js'

const now = at('2026-05-12T10:17:43Z')

const wording: SurveyWording = {
  surveyId: 'making-it-real-2026',
  surveyVersion: '1',
  title: 'Making it Real',
  definition: {
    id: 'making-it-real-2026',
    questions: [
      {
        id: 'find-information',
        type: 'likert',
        scale: 'agreement',
        link: { kind: 'i-statement', statementId: 'find-information-and-advice' },
      },
      { id: 'anything-else', type: 'free-text' },
    ],
  },
}

const anonymous = (text?: string) => ({
  kind: 'anonymous' as const,
  variant: 'standard' as const,
  submittedOn: '2026-05-12',
  answers: [
    { questionId: 'find-information', type: 'likert' as const, value: 4 },
    ...(text ? [{ questionId: 'anything-else', type: 'free-text' as const, text }] : []),
  ],
})

/** One-time links for the survey, made by `createdByUserId`: their secrets. */
async function linkTokens(handle: AnyDatabaseHandle, createdByUserId: string, count: number, expiresAt: Date) {
  const links = await handle.repos.coproduction.createLinks(
    { surveyId: wording.surveyId, count, expiresAt, createdByUserId },
    now,
  )
  if (!links.ok) throw new Error(`test setup: ${JSON.stringify(links.errors)}`)
  return links.value.tokens
}

async function setUp(handle: AnyDatabaseHandle) {
  const admin = await createUser(handle, 'ulo-admin@example.org')
  return { admin }
}

describe.each(testEngines())('co-production repository on $name', (engine) => {
  describe('co-production repository: responses', () => {
    it('stores an anonymous response with no identifier at all: no account, no time, no link, no insertion order', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const tokens = await linkTokens(handle, admin.id, 1, at('2026-06-01T00:00:00Z'))
      const [token] = tokens
      const stored = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: anonymous('More large print, please'), linkToken: token },
        now,
      )
      expect(stored.ok).toBe(true)
      const [row = {}] = await engine.sql(handle, 'select * from coproduction_responses')
      expect(Object.keys(row).sort()).toEqual([
        'answers',
        'id',
        'kind',
        'respondent_user_id',
        'submitted_at',
        'submitted_on',
        'survey_ref',
        'variant',
      ])
      expect(row).toMatchObject({
        kind: 'anonymous',
        respondent_user_id: null,
        submitted_at: null,
        submitted_on: '2026-05-12',
      })
      expect(JSON.stringify(row)).not.toContain(admin.id)
      expect(JSON.stringify(row)).not.toContain(token ?? 'no token')
      // SQLite: WITHOUT ROWID, so there is no rowid to order the rows by. PostgreSQL has no rowid column either, but its
      // heap keeps rows roughly in the order written (ctid) with the writing transaction's id (xmin): see the db README.
      if (engine.name === 'SQLite')
        expect(await refusal(engine.sql(handle, 'select rowid from coproduction_responses'))).toMatch(/rowid/)
    })

    it('refuses an identifier or an exact time passed with an anonymous response, and the database refuses one written by hand', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const refused = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: { ...anonymous(), respondentUserId: admin.id } as never },
        now,
      )
      expect(refused.ok).toBe(false)
      await handle.repos.coproduction.submitResponse({ survey: wording, response: anonymous() }, now)
      expect(
        await refusal(
          engine.sql(
            handle,
            `insert into coproduction_responses (id, survey_ref, kind, variant, answers, submitted_on, respondent_user_id) select 'x', survey_ref, 'anonymous', 'standard', '[]', '2026-05-12', ? from coproduction_responses`,
            admin.id,
          ),
        ),
      ).toMatch(
        /CHECK constraint failed: coproduction_responses_anonymous_has_no_identifier|violates check constraint "coproduction_responses_anonymous_has_no_identifier"/,
      )
    })

    it('keeps a named response with its account and exact time', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const { kind: _kind, ...rest } = anonymous()
      const stored = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: { ...rest, kind: 'named', respondentUserId: admin.id, submittedAt: now } },
        now,
      )
      expect(stored.ok).toBe(true)
      const [response] = await handle.repos.coproduction.listResponses(wording.surveyId)
      expect(response).toMatchObject({ kind: 'named', respondentId: admin.id, submittedAt: now.toISOString() })
    })

    it('a one-time link used twice: the second is refused with a clear message and stores nothing', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const tokens = await linkTokens(handle, admin.id, 2, at('2026-06-01T00:00:00Z'))
      const [token] = tokens
      expect((await handle.repos.coproduction.checkLink(token!, now)).ok).toBe(true)
      expect(
        (
          await handle.repos.coproduction.submitResponse(
            { survey: wording, response: anonymous(), linkToken: token },
            now,
          )
        ).ok,
      ).toBe(true)
      const again = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: anonymous(), linkToken: token },
        now,
      )
      expect(again).toEqual({ ok: false, errors: [{ path: 'link', message: linkUsedMessage }] })
      expect(await handle.repos.coproduction.checkLink(token!, now)).toEqual({
        ok: false,
        errors: [{ path: 'link', message: linkUsedMessage }],
      })
      expect(await handle.repos.coproduction.countResponses()).toEqual({ [wording.surveyId]: 1 })
      // Only the hash is kept, and a used link cannot be made unused again.
      const [kept] = await engine.sql(
        handle,
        'select count(*) as n from coproduction_links where token_hash = ?',
        token,
      )
      expect(Number(kept?.n)).toBe(0)
      expect(await refusal(engine.sql(handle, 'update coproduction_links set used_at = null'))).toMatch(
        'a one-time survey link can only be marked used, once',
      )
    })

    it('an expired link is refused', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const tokens = await linkTokens(handle, admin.id, 1, at('2026-05-13T00:00:00Z'))
      const later = at('2026-05-14T00:00:00Z')
      expect(
        await handle.repos.coproduction.submitResponse(
          { survey: wording, response: anonymous(), linkToken: tokens[0] },
          later,
        ),
      ).toEqual({
        ok: false,
        errors: [{ path: 'link', message: linkExpiredMessage }],
      })
    })
  })

  describe('co-production repository: moderation', () => {
    it('lists comments awaiting a decision, publishes one, and reads the decision back with the response', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const stored = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: anonymous('Easy Read letters helped') },
        now,
      )
      if (!stored.ok) throw new Error('setup')
      expect((await handle.repos.coproduction.pendingComments()).map((comment) => comment.text)).toEqual([
        'Easy Read letters helped',
      ])
      const decided = await handle.repos.coproduction.moderate(
        { responseId: stored.value.id, questionId: 'anything-else', decision: 'publish', decidedByUserId: admin.id },
        now,
      )
      expect(decided.ok).toBe(true)
      expect(await handle.repos.coproduction.pendingComments()).toEqual([])
      const [response] = await handle.repos.coproduction.listResponses(wording.surveyId)
      expect(response?.answers[1]).toMatchObject({
        type: 'free-text',
        moderation: { state: 'published', at: now.toISOString() },
      })
    })

    it('a decision on a response that no longer exists gets a clear message, and withholding needs a reason', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const stored = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: anonymous('Please call me, I am at 4 Mill Lane') },
        now,
      )
      if (!stored.ok) throw new Error('setup')
      const noReason = await handle.repos.coproduction.moderate(
        { responseId: stored.value.id, questionId: 'anything-else', decision: 'withhold', decidedByUserId: admin.id },
        now,
      )
      expect(noReason.ok ? [] : noReason.errors.map((error) => error.path)).toEqual(['reason'])
      expect((await handle.repos.coproduction.withdrawResponse(stored.value.id)).ok).toBe(true)
      const gone = await handle.repos.coproduction.moderate(
        {
          responseId: stored.value.id,
          questionId: 'anything-else',
          decision: 'withhold',
          reason: 'Gives an address',
          decidedByUserId: admin.id,
        },
        now,
      )
      expect(gone).toEqual({ ok: false, errors: [{ path: 'responseId', message: responseGoneMessage }] })
      expect(await handle.repos.coproduction.withdrawResponse(stored.value.id)).toEqual({
        ok: false,
        errors: [{ path: 'responseId', message: responseGoneMessage }],
      })
    })
  })

  describe('co-production repository: you said, we did and activities', () => {
    const record = (recordedByUserId: string, changes: Record<string, unknown> = {}) => ({
      recordId: 'large-print',
      theme: 'Information and advice',
      whatPeopleSaid: 'Letters are hard to read',
      action: 'Every letter offered in large print and Easy Read',
      owner: 'Communications team',
      raisedOn: '2026-05-01',
      state: 'planned' as const,
      recordedByUserId,
      ...changes,
    })

    it('keeps every version, the latest counting, and refuses a change made from an out-of-date version', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      expect(await handle.repos.coproduction.saveYouSaidWeDid(record(admin.id), 0, now)).toEqual({
        ok: true,
        value: { recordId: 'large-print', version: 1 },
      })
      expect(
        (
          await handle.repos.coproduction.saveYouSaidWeDid(
            record(admin.id, { state: 'done', doneOn: '2026-05-10' }),
            1,
            now,
          )
        ).ok,
      ).toBe(true)
      expect(
        await handle.repos.coproduction.saveYouSaidWeDid(record(admin.id, { state: 'in-progress' }), 1, now),
      ).toEqual({
        ok: false,
        errors: [{ path: 'version', message: youSaidWeDidChangedMessage }],
      })
      const [stored] = await handle.repos.coproduction.listYouSaidWeDid()
      expect(stored).toMatchObject({ state: 'done', doneOn: '2026-05-10', version: 2 })
      expect(stored?.history.map((entry) => entry.state)).toEqual(['planned', 'done'])
      expect(await refusal(engine.sql(handle, "update you_said_we_did set owner = 'x'"))).toMatch(
        'a you said, we did record cannot be changed: record a new version',
      )
      expect(await refusal(engine.sql(handle, 'delete from you_said_we_did'))).toMatch(
        'a you said, we did record cannot be removed',
      )
    })

    it('refuses "not doing" without a reason, naming the field', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const result = await handle.repos.coproduction.saveYouSaidWeDid(record(admin.id, { state: 'not-doing' }), 0, now)
      expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(['notDoingReason'])
    })

    it('records an activity with the rung it reached', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const saved = await handle.repos.coproduction.recordActivity(
        {
          title: 'Redesigning the review letter',
          heldOn: '2026-04-20',
          kind: 'co-design-session',
          participants: [{ role: 'people-who-draw-on-care-and-support', count: 7 }],
          rung: 'co-design',
          rungReason: 'Members wrote the new letter with staff',
          recordedByUserId: admin.id,
        },
        now,
      )
      expect(saved.ok).toBe(true)
      expect((await handle.repos.coproduction.listActivities()).map((activity) => activity.rung)).toEqual(['co-design'])
    })
  })

  describe('co-production repository: anonymity and floods (issue 13)', () => {
    it('keeps only the day of a one-time link’s use and of a survey wording’s first answer, never the time', async () => {
      const handle = await engine.fresh()
      const { admin } = await setUp(handle)
      const tokens = await linkTokens(handle, admin.id, 2, at('2026-06-01T00:00:00Z'))
      const stored = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: anonymous(), linkToken: tokens[0] },
        now,
      )
      expect(stored.ok).toBe(true)
      const midnight = at('2026-05-12T00:00:00Z').getTime()
      const [link] = await engine.sql(
        handle,
        'select used_at as "usedAt" from coproduction_links where used_at is not null',
      )
      expect(Number(link?.usedAt)).toBe(midnight)
      const [survey] = await engine.sql(handle, 'select first_used_at as "firstUsedAt" from coproduction_surveys')
      expect(Number(survey?.firstUsedAt)).toBe(midnight)
      expect(
        await refusal(
          engine.sql(
            handle,
            "insert into coproduction_surveys (id, survey_id, survey_version, title, definition, first_used_at) values ('x', 's', '1', 't', '{}', ?)",
            now.getTime(),
          ),
        ),
      ).toMatch('first_used_at keeps the day only (midnight UTC), never the time')
      // Hand-written SQL cannot put an exact time on a link's use either, nor change an answered wording.
      expect(
        await refusal(
          engine.sql(handle, 'update coproduction_links set used_at = ? where used_at is null', now.getTime()),
        ),
      ).toMatch('used_at keeps the day only (midnight UTC), never the time')
      expect(await refusal(engine.sql(handle, "update coproduction_surveys set title = 'x'"))).toMatch(
        'a survey wording that has been answered cannot be changed: give the survey a new version',
      )
      expect(
        await refusal(engine.sql(handle, "update coproduction_responses set submitted_on = '2026-05-13'")),
      ).toMatch('a survey response cannot be changed')
    })

    it('holds a response back from results until a moderator releases it, and keeps no time or address for it', async () => {
      const handle = await engine.fresh()
      await setUp(handle)
      const counted = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: anonymous('counted') },
        now,
      )
      const held = await handle.repos.coproduction.submitResponse(
        { survey: wording, response: anonymous('held back'), held: true },
        now,
      )
      if (!counted.ok || !held.ok) throw new Error('setup')
      expect((await handle.repos.coproduction.listResponses(wording.surveyId)).map((response) => response.id)).toEqual([
        counted.value.id,
      ])
      expect((await handle.repos.coproduction.pendingComments()).map((comment) => comment.text)).toEqual(['counted'])
      expect((await handle.repos.coproduction.listHeld()).map((response) => response.responseId)).toEqual([
        held.value.id,
      ])
      const [heldRow = {}] = await engine.sql(handle, 'select * from coproduction_held_responses')
      expect(Object.keys(heldRow)).toEqual(['response_id'])
      expect((await handle.repos.coproduction.releaseHeld(held.value.id)).ok).toBe(true)
      expect((await handle.repos.coproduction.listResponses(wording.surveyId)).length).toBe(2)
      expect(await handle.repos.coproduction.listHeld()).toEqual([])
      expect((await handle.repos.coproduction.releaseHeld(held.value.id)).ok).toBe(false)
    })
  })
})

// Issue 12: two portal processes on one PostgreSQL database, each with its own pool, given the same one-time link at
// the same moment (two tabs, or a link forwarded). (SQLite has one writer process by design, so this is PostgreSQL's.)
const server = postgresServer()
describe.each(server ? [server] : [])('a one-time link sent to two processes at once on PostgreSQL', (server) => {
  it('stores the answers once and refuses the other with the used-link message', async () => {
    const url = await server.database()
    const processes = [
      await openPostgresDatabase({ url, maxConnections: 2 }),
      await openPostgresDatabase({ url, maxConnections: 2 }),
    ] as const
    try {
      const { admin } = await setUp(processes[0])
      const tokens = await linkTokens(processes[0], admin.id, 1, at('2026-06-01T00:00:00Z'))
      const [token] = tokens
      const results = await Promise.all(
        processes.map((handle) =>
          handle.repos.coproduction.submitResponse({ survey: wording, response: anonymous(), linkToken: token }, now),
        ),
      )
      expect(results.filter((result) => result.ok)).toHaveLength(1)
      expect(results.find((result) => !result.ok)).toEqual({
        ok: false,
        errors: [{ path: 'link', message: linkUsedMessage }],
      })
      expect(await processes[1].repos.coproduction.countResponses()).toEqual({ [wording.surveyId]: 1 })
    } finally {
      await Promise.all(processes.map((handle) => handle.close()))
    }
  })
})
