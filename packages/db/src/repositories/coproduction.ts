import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { and, asc, count, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm'
import {
  ModerateSchema,
  NewActivitySchema,
  NewLinksSchema,
  NewSurveyResponseSchema,
  SurveyWordingSchema,
  YouSaidWeDidVersionSchema,
  type Moderate,
  type ModerationState,
  type NewActivity,
  type NewLinks,
  type NewSurveyResponse,
  type PendingComment,
  type StoredActivity,
  type StoredAnswer,
  type StoredSurveyResponse,
  type StoredYouSaidWeDid,
  type SurveyWording,
  type YouSaidWeDidVersion,
} from '../records/coproduction.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { first, rowsChanged, selectRows, type Db, type Store } from '../store.js'

export const linkUsedMessage =
  'This link has already been used. Each link works once, so your earlier answers are safe. Ask for a new link if you need one.'
export const linkExpiredMessage = 'This link has expired. Ask the organisation that sent it for a new one.'
export const linkUnknownMessage = 'This link is not recognised. Check it was copied whole, or ask for a new one.'
export const responseGoneMessage =
  'This response no longer exists: it may have been withdrawn. Nothing was published or withheld.'
export const youSaidWeDidChangedMessage =
  'Someone else changed this record while you were editing it. Look at it again and make your change once more.'

export const hashLinkToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

export interface CoproductionRepository {
  /**
   * Stores one response, with the survey wording it answered (recorded the first time it is answered). With `link`,
   * the one-time link is marked used in the same transaction, so a link is spent only when its answers are stored,
   * and a second use is refused. Which link a response came through is never stored.
   */
  submitResponse(
    input: { survey: SurveyWording; response: NewSurveyResponse; linkToken?: string; held?: boolean },
    now: Date,
  ): Promise<Result<{ id: string }>>
  /** Responses held back from results (they came beyond the hourly limit from one address), oldest day first. */
  listHeld(): Promise<HeldResponse[]>
  /** A moderator lets a held response count in results. */
  releaseHeld(responseId: string): Promise<Result<true>>
  /** Makes one-time links for a survey; returns the secrets, which are not kept (only their hashes are). */
  createLinks(input: NewLinks, now: Date): Promise<Result<{ tokens: string[] }>>
  /** Whether a one-time link can still be used, and for which survey. */
  checkLink(token: string, now: Date): Promise<Result<{ surveyId: string }>>
  /**
   * Every response to a survey (all its versions), with the latest moderation of each free-text answer. Held
   * responses are left out until a moderator releases them.
   */
  listResponses(surveyId: string): Promise<StoredSurveyResponse[]>
  /** How many responses each survey has, by survey id. */
  countResponses(): Promise<Record<string, number>>
  /** Free-text answers no one has decided on yet, oldest day first. */
  pendingComments(limit?: number): Promise<PendingComment[]>
  /** Publishes or withholds one free-text answer. A decision is a new row; the latest counts. */
  moderate(input: Moderate, now: Date): Promise<Result<{ id: string }>>
  /** Removes a response (the person withdrew it), with the moderation decisions about it. */
  withdrawResponse(responseId: string): Promise<Result<true>>
  /**
   * Records a new version of a "you said, we did" record. `expectedVersion` is the version the change was made
   * from (0 for a new record); if someone else recorded a version meanwhile, nothing is written.
   */
  saveYouSaidWeDid(
    input: YouSaidWeDidVersion,
    expectedVersion: number,
    now: Date,
  ): Promise<Result<{ recordId: string; version: number }>>
  /** Every record as it stands (its latest version) with its history, newest raised first. */
  listYouSaidWeDid(): Promise<StoredYouSaidWeDid[]>
  recordActivity(input: NewActivity, now: Date): Promise<Result<StoredActivity>>
  listActivities(): Promise<StoredActivity[]>
}

export type HeldResponse = {
  responseId: string
  surveyId: string
  surveyTitle: string
  submittedOn: string
  answers: StoredAnswer[]
}

export const responseNotHeldMessage = 'This response is not held back: it may already have been released or withdrawn.'

const DAY_MS = 86_400_000
/** Midnight UTC of `now`'s day: all an anonymous response's neighbours may keep of the time (see decision 023). */
const dayOnly = (now: Date): Date => new Date(now.getTime() - (now.getTime() % DAY_MS))

/** Thrown inside a transaction to roll it back with a message for people. */
class Refused extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message)
  }
}

const linkProblem = (row: { usedAt: Date | null; expiresAt: Date } | undefined, now: Date): string | undefined => {
  if (!row) return linkUnknownMessage
  if (row.usedAt !== null) return linkUsedMessage
  if (row.expiresAt.getTime() <= now.getTime()) return linkExpiredMessage
  return undefined
}

export function createCoproductionRepository(store: Store): CoproductionRepository {
  const { db, t } = store
  const {
    coproductionActivities,
    coproductionHeldResponses,
    coproductionLinks,
    coproductionModerationDecisions,
    coproductionResponses,
    coproductionSurveys,
    users,
    youSaidWeDid,
  } = t
  const accountExists = async (id: string) =>
    first(await db.select({ id: users.id }).from(users).where(eq(users.id, id))) !== undefined

  const surveyRef = async (tx: Db, wording: SurveyWording, now: Date): Promise<string> => {
    await tx
      .insert(coproductionSurveys)
      .values({ id: randomUUID(), ...wording, definition: wording.definition, firstUsedAt: dayOnly(now) })
      .onConflictDoNothing({ target: [coproductionSurveys.surveyId, coproductionSurveys.surveyVersion] })
    const row = first(
      await tx
        .select({ id: coproductionSurveys.id })
        .from(coproductionSurveys)
        .where(
          and(
            eq(coproductionSurveys.surveyId, wording.surveyId),
            eq(coproductionSurveys.surveyVersion, wording.surveyVersion),
          ),
        ),
    )
    if (!row) throw new Error('survey wording vanished inside its own transaction')
    return row.id
  }

  /** The latest decision on each (response, question), for the given responses. */
  const latestDecisions = async (responseIds: string[]) => {
    const latest = new Map<string, ModerationState>()
    if (responseIds.length === 0) return latest
    const rows = await db
      .select({
        responseId: coproductionModerationDecisions.responseId,
        questionId: coproductionModerationDecisions.questionId,
        decision: coproductionModerationDecisions.decision,
        reason: coproductionModerationDecisions.reason,
        decidedAt: coproductionModerationDecisions.decidedAt,
        moderator: users.displayName,
      })
      .from(coproductionModerationDecisions)
      .innerJoin(users, eq(users.id, coproductionModerationDecisions.decidedByUserId))
      .where(inArray(coproductionModerationDecisions.responseId, responseIds))
      // Of two decisions in the same millisecond, the one recorded last; on PostgreSQL rowid is an identity column.
      .orderBy(asc(coproductionModerationDecisions.decidedAt), asc(sql`${coproductionModerationDecisions}.rowid`))
    for (const row of rows) {
      const at = row.decidedAt.toISOString()
      latest.set(
        `${row.responseId}/${row.questionId}`,
        row.decision === 'publish'
          ? { state: 'published', moderator: row.moderator, at }
          : { state: 'rejected', moderator: row.moderator, at, reason: row.reason ?? '' },
      )
    }
    return latest
  }

  return {
    async submitResponse(input, now) {
      const wording = parse(SurveyWordingSchema, input.survey)
      if (!wording.ok) return wording
      const response = parse(NewSurveyResponseSchema, input.response)
      if (!response.ok) return response
      const given = response.value
      if (given.kind === 'named' && !(await accountExists(given.respondentUserId))) {
        return fail({ path: 'respondentUserId', message: 'No account has this id' })
      }
      try {
        const id = await store.transaction(async ({ db: tx }) => {
          if (input.linkToken !== undefined) {
            const tokenHash = hashLinkToken(input.linkToken)
            // Compare-and-set: of two tabs sending the same link at once, only one update finds it unused.
            const spent = first(
              await tx
                .update(coproductionLinks)
                .set({ usedAt: dayOnly(now) })
                .where(
                  and(
                    eq(coproductionLinks.tokenHash, tokenHash),
                    isNull(coproductionLinks.usedAt),
                    sql`${coproductionLinks.expiresAt} > ${now.getTime()}`,
                    eq(coproductionLinks.surveyId, wording.value.surveyId),
                  ),
                )
                .returning({ tokenHash: coproductionLinks.tokenHash }),
            )
            if (!spent) {
              const row = first(
                await tx.select().from(coproductionLinks).where(eq(coproductionLinks.tokenHash, tokenHash)),
              )
              const problem =
                row && row.surveyId !== wording.value.surveyId ? linkUnknownMessage : linkProblem(row, now)
              throw new Refused('link', problem ?? linkUnknownMessage)
            }
          }
          const ref = await surveyRef(tx, wording.value, now)
          const responseId = randomUUID()
          await tx.insert(coproductionResponses).values({
            id: responseId,
            surveyRef: ref,
            kind: given.kind,
            variant: given.variant,
            answers: given.answers,
            submittedOn: given.submittedOn,
            respondentUserId: given.kind === 'named' ? given.respondentUserId : null,
            submittedAt: given.kind === 'named' ? given.submittedAt : null,
          })
          if (input.held === true) await tx.insert(coproductionHeldResponses).values({ responseId })
          return responseId
        })
        return ok({ id })
      } catch (error) {
        if (error instanceof Refused) return fail({ path: error.path, message: error.message })
        throw error
      }
    },

    async createLinks(input, now) {
      const parsed = parse(NewLinksSchema, input)
      if (!parsed.ok) return parsed
      if (parsed.value.expiresAt.getTime() <= now.getTime())
        return fail({ path: 'expiresAt', message: 'The links must expire in the future' })
      if (!(await accountExists(parsed.value.createdByUserId))) {
        return fail({ path: 'createdByUserId', message: 'No account has this id' })
      }
      const tokens = Array.from({ length: parsed.value.count }, () => randomBytes(32).toString('base64url'))
      await db.insert(coproductionLinks).values(
        tokens.map((token) => ({
          tokenHash: hashLinkToken(token),
          surveyId: parsed.value.surveyId,
          createdByUserId: parsed.value.createdByUserId,
          createdAt: now,
          expiresAt: parsed.value.expiresAt,
        })),
      )
      return ok({ tokens })
    },

    async checkLink(token, now) {
      const row = first(
        await db
          .select()
          .from(coproductionLinks)
          .where(eq(coproductionLinks.tokenHash, hashLinkToken(token))),
      )
      const problem = linkProblem(row, now)
      if (problem !== undefined || !row) return fail({ path: 'link', message: problem ?? linkUnknownMessage })
      return ok({ surveyId: row.surveyId })
    },

    async listResponses(surveyId) {
      const rows = await db
        .select({
          id: coproductionResponses.id,
          surveyId: coproductionSurveys.surveyId,
          surveyVersion: coproductionSurveys.surveyVersion,
          kind: coproductionResponses.kind,
          variant: coproductionResponses.variant,
          answers: coproductionResponses.answers,
          submittedOn: coproductionResponses.submittedOn,
          respondentUserId: coproductionResponses.respondentUserId,
          submittedAt: coproductionResponses.submittedAt,
        })
        .from(coproductionResponses)
        .innerJoin(coproductionSurveys, eq(coproductionSurveys.id, coproductionResponses.surveyRef))
        .leftJoin(coproductionHeldResponses, eq(coproductionHeldResponses.responseId, coproductionResponses.id))
        .where(and(eq(coproductionSurveys.surveyId, surveyId), isNull(coproductionHeldResponses.responseId)))
        // By the random key: the order says nothing about when or by whom.
        .orderBy(asc(coproductionResponses.id))
      const decisions = await latestDecisions(rows.map((row) => row.id))
      return rows.map((row): StoredSurveyResponse => {
        const answers = (row.answers as StoredAnswer[]).map((answer) =>
          answer.type === 'free-text'
            ? {
                ...answer,
                moderation: decisions.get(`${row.id}/${answer.questionId}`) ?? { state: 'pending' as const },
              }
            : answer,
        )
        const base = {
          id: row.id,
          surveyId: row.surveyId,
          surveyVersion: row.surveyVersion,
          variant: row.variant,
          answers,
          submittedOn: row.submittedOn,
        }
        return row.kind === 'named' && row.respondentUserId !== null && row.submittedAt !== null
          ? { ...base, kind: 'named', respondentId: row.respondentUserId, submittedAt: row.submittedAt.toISOString() }
          : { ...base, kind: 'anonymous' }
      })
    },

    async countResponses() {
      const rows = await db
        .select({ surveyId: coproductionSurveys.surveyId, count: count() })
        .from(coproductionResponses)
        .innerJoin(coproductionSurveys, eq(coproductionSurveys.id, coproductionResponses.surveyRef))
        .groupBy(coproductionSurveys.surveyId)
      return Object.fromEntries(rows.map((row) => [row.surveyId, row.count]))
    },

    async pendingComments(limit = 200) {
      // Each free-text answer of each response, one row each: a JSON array read as rows, in each engine's words.
      const answer =
        store.engine === 'postgresql'
          ? {
              rows: sql`json_array_elements(r.answers) as a(value)`,
              field: (name: string) => sql`(a.value ->> ${sql.raw(`'${name}'`)})`,
            }
          : {
              rows: sql`json_each(r.answers) as a`,
              field: (name: string) => sql`json_extract(a.value, ${sql.raw(`'$.${name}'`)})`,
            }
      const rows = await selectRows<PendingComment>(
        store,
        sql`
        select r.id as "responseId", s.survey_id as "surveyId", s.title as "surveyTitle",
               ${answer.field('questionId')} as "questionId", ${answer.field('text')} as "text", r.submitted_on as "submittedOn"
        from coproduction_responses r
        join coproduction_surveys s on s.id = r.survey_ref, ${answer.rows}
        where ${answer.field('type')} = 'free-text'
          and not exists (select 1 from coproduction_held_responses h where h.response_id = r.id)
          and not exists (
            select 1 from coproduction_moderation_decisions d
            where d.response_id = r.id and d.question_id = ${answer.field('questionId')}
          )
        order by r.submitted_on, r.id
        limit ${limit}`,
      )
      return rows
    },

    async moderate(input, now) {
      const parsed = parse(ModerateSchema, input)
      if (!parsed.ok) return parsed
      const decision = parsed.value
      const response = first(
        await db
          .select({ answers: coproductionResponses.answers })
          .from(coproductionResponses)
          .where(eq(coproductionResponses.id, decision.responseId)),
      )
      if (!response) return fail({ path: 'responseId', message: responseGoneMessage })
      const hasText = (response.answers as StoredAnswer[]).some(
        (answer) => answer.type === 'free-text' && answer.questionId === decision.questionId,
      )
      if (!hasText)
        return fail({
          path: 'questionId',
          message: `This response has no written answer to question "${decision.questionId}" to moderate`,
        })
      if (!(await accountExists(decision.decidedByUserId))) {
        return fail({ path: 'decidedByUserId', message: 'No account has this id' })
      }
      const id = randomUUID()
      await db.insert(coproductionModerationDecisions).values({
        id,
        responseId: decision.responseId,
        questionId: decision.questionId,
        decision: decision.decision,
        reason: decision.decision === 'withhold' ? (decision.reason ?? null) : null,
        decidedByUserId: decision.decidedByUserId,
        decidedAt: now,
      })
      return ok({ id })
    },

    async listHeld() {
      const rows = await db
        .select({
          responseId: coproductionResponses.id,
          surveyId: coproductionSurveys.surveyId,
          surveyTitle: coproductionSurveys.title,
          submittedOn: coproductionResponses.submittedOn,
          answers: coproductionResponses.answers,
        })
        .from(coproductionHeldResponses)
        .innerJoin(coproductionResponses, eq(coproductionResponses.id, coproductionHeldResponses.responseId))
        .innerJoin(coproductionSurveys, eq(coproductionSurveys.id, coproductionResponses.surveyRef))
        .orderBy(asc(coproductionResponses.submittedOn), asc(coproductionResponses.id))
      return rows.map((row) => ({ ...row, answers: row.answers as StoredAnswer[] }))
    },

    async releaseHeld(responseId) {
      const released = await db
        .delete(coproductionHeldResponses)
        .where(eq(coproductionHeldResponses.responseId, responseId))
      return rowsChanged(released) > 0 ? ok(true) : fail({ path: 'responseId', message: responseNotHeldMessage })
    },

    async withdrawResponse(responseId) {
      const deleted = first(
        await db
          .delete(coproductionResponses)
          .where(eq(coproductionResponses.id, responseId))
          .returning({ id: coproductionResponses.id }),
      )
      return deleted ? ok(true) : fail({ path: 'responseId', message: responseGoneMessage })
    },

    async saveYouSaidWeDid(input, expectedVersion, now) {
      const parsed = parse(YouSaidWeDidVersionSchema, input)
      if (!parsed.ok) return parsed
      const record = parsed.value
      if (record.targetOn !== undefined && record.targetOn < record.raisedOn)
        return fail({ path: 'targetOn', message: 'The target date cannot be before the date it was raised' })
      if (record.doneOn !== undefined && record.doneOn < record.raisedOn)
        return fail({ path: 'doneOn', message: 'The date it was done cannot be before the date it was raised' })
      const latest = first(
        await db
          .select({ version: max(youSaidWeDid.version) })
          .from(youSaidWeDid)
          .where(eq(youSaidWeDid.recordId, record.recordId)),
      )
      if ((latest?.version ?? 0) !== expectedVersion)
        return fail({ path: 'version', message: youSaidWeDidChangedMessage })
      const version = expectedVersion + 1
      // The unique (record_id, version) index settles a race the read above cannot: the second writer finds the row taken.
      const row = first(
        await db
          .insert(youSaidWeDid)
          .values({
            id: randomUUID(),
            ...record,
            targetOn: record.targetOn ?? null,
            doneOn: record.doneOn ?? null,
            whatChanged: record.whatChanged || null,
            notDoingReason: record.state === 'not-doing' ? (record.notDoingReason ?? null) : null,
            surveyId: record.surveyId || null,
            version,
            recordedAt: now,
          })
          .onConflictDoNothing({ target: [youSaidWeDid.recordId, youSaidWeDid.version] })
          .returning({ version: youSaidWeDid.version }),
      )
      return row
        ? ok({ recordId: record.recordId, version })
        : fail({ path: 'version', message: youSaidWeDidChangedMessage })
    },

    async listYouSaidWeDid() {
      const rows = await db.select().from(youSaidWeDid).orderBy(asc(youSaidWeDid.recordId), asc(youSaidWeDid.version))
      const byRecord = new Map<string, typeof rows>()
      for (const row of rows) byRecord.set(row.recordId, [...(byRecord.get(row.recordId) ?? []), row])
      return [...byRecord.values()]
        .map((versions): StoredYouSaidWeDid => {
          const latest = versions[versions.length - 1]!
          return {
            recordId: latest.recordId,
            theme: latest.theme,
            whatPeopleSaid: latest.whatPeopleSaid,
            action: latest.action,
            owner: latest.owner,
            raisedOn: latest.raisedOn,
            ...(latest.targetOn ? { targetOn: latest.targetOn } : {}),
            state: latest.state,
            ...(latest.doneOn ? { doneOn: latest.doneOn } : {}),
            ...(latest.whatChanged ? { whatChanged: latest.whatChanged } : {}),
            ...(latest.notDoingReason ? { notDoingReason: latest.notDoingReason } : {}),
            ...(latest.surveyId ? { surveyId: latest.surveyId } : {}),
            version: latest.version,
            recordedAt: latest.recordedAt,
            history: versions.map((row) => ({
              version: row.version,
              state: row.state,
              recordedAt: row.recordedAt,
              recordedByUserId: row.recordedByUserId,
            })),
          }
        })
        .sort((a, b) => b.raisedOn.localeCompare(a.raisedOn) || a.recordId.localeCompare(b.recordId))
    },

    async recordActivity(input, now) {
      const parsed = parse(NewActivitySchema, input)
      if (!parsed.ok) return parsed
      const activity = parsed.value
      if (!(await accountExists(activity.recordedByUserId))) {
        return fail({ path: 'recordedByUserId', message: 'No account has this id' })
      }
      const id = randomUUID()
      await db
        .insert(coproductionActivities)
        .values({ id, ...activity, notes: activity.notes || null, recordedAt: now })
      return ok({ ...activity, id, recordedAt: now })
    },

    async listActivities() {
      const rows = await db
        .select()
        .from(coproductionActivities)
        .orderBy(desc(coproductionActivities.heldOn), asc(coproductionActivities.id))
      return rows.map(({ notes, participants, ...row }) => ({
        ...row,
        participants: participants as StoredActivity['participants'],
        ...(notes ? { notes } : {}),
      }))
    },
  }
}
