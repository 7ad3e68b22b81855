import { randomUUID } from 'node:crypto'
import { and, asc, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm'
import {
  ChangeEnquirySchema,
  NewConcernRecordSchema,
  OpenEnquiryRecordSchema,
  RecordSection42DecisionSchema,
  RecordImmediateActionSchema,
  ShareConcernSchema,
  LinkConcernSchema,
  type ChangeEnquiry,
  type ConcernLink,
  type LinkConcern,
  type ConcernListItem,
  type ConcernRecord,
  type ConcernShare,
  type ImmediateActionRecord,
  type RecordImmediateAction,
  type EnquiryEventRecord,
  type EnquiryRecord,
  type NewConcernRecord,
  type OpenEnquiryRecord,
  type RecordSection42Decision,
  type SafeguardingAnnualTotals,
  type Section42DecisionRecord,
  type ShareConcern,
} from '../records/safeguarding.js'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import { enquiryKinds } from '../schema/safeguarding.js'
import { first, selectRows, type Store, type Tables } from '../store.js'
import { clampListLimit } from './list-limit.js'

export const staleEnquiryMessage =
  'Someone else changed this enquiry while you were working on it: reload it and try again'
export const alreadyLinkedMessage =
  "This concern is already linked to a person's record: someone may have linked it a moment ago. Reload the concern to see it."
export const enquiryClosedMessage = 'This enquiry is closed and cannot be changed'

/**
 * Safeguarding concerns, section 42 decisions and enquiries. Who may see them is the caller's to check with
 * `isAuthorised` before any read: nothing here filters by viewer, except `listVisibleToPerson`.
 */
export interface SafeguardingRepository {
  /** Whether this account is safeguarding-authorised (always false for an account that is not a practitioner). */
  isAuthorised(userId: string): Promise<boolean>
  /** Makes a practitioner safeguarding-authorised; anyone else is refused. Doing it twice changes nothing. */
  authorise(userId: string, grantedByUserId: string | null, now: Date): Promise<Result<void>>
  /**
   * Ends an account's safeguarding authorisation: from the next request it sees no concern. Withdrawing one that was
   * never granted changes nothing. Who withdrew it, and when, is the audit log's to keep.
   */
  withdraw(userId: string): Promise<void>
  /** The ids of every safeguarding-authorised account. */
  listAuthorised(): Promise<string[]>
  /** The next sequence number for a concern reference in this calendar year; never the same number twice. */
  nextReferenceSequence(year: number): Promise<number>
  recordConcern(input: NewConcernRecord): Promise<Result<ConcernRecord>>
  findConcernByReference(reference: string): Promise<ConcernRecord | undefined>
  /**
   * Newest first. `floodGroup: null` gives only concerns not marked as part of a flood, so a flood cannot push a
   * genuine report off the list; a group id gives that flood's concerns; left out, every concern.
   */
  listConcerns(options?: { limit?: number; floodGroup?: string | null }): Promise<ConcernListItem[]>
  /**
   * How many concerns are still to act on (no section 42 decision yet, or an enquiry still open), in one query: the
   * count beside "Due and overdue" for safeguarding-authorised staff, the concerns that list shows.
   */
  countConcernsToActOn(): Promise<number>
  /** Each flood of concerns from one address, with how many it holds and when it started and ended, newest first. */
  listFloodGroups(): Promise<{ floodGroup: string; concerns: number; firstReceivedAt: Date; lastReceivedAt: Date }[]>
  /**
   * Concerns about this person that they may see: those a practitioner decided to share with them, and those the
   * viewing account raised itself. Never one raised by someone else and not shared.
   */
  listVisibleToPerson(personId: string, viewerUserId: string): Promise<ConcernRecord[]>
  /** Every concern about this person, newest first: for safeguarding-authorised staff only (the caller checks). */
  listConcernsAbout(personId: string): Promise<{ reference: string; receivedAt: Date }[]>
  /** Records the decision to let the person see this concern. Once shared it stays shared. */
  shareConcern(input: ShareConcern, now: Date): Promise<Result<ConcernShare>>
  findShare(concernId: string): Promise<ConcernShare | undefined>
  /**
   * Links a concern received about someone not on record to a person's record, once: a concern that already names a
   * person (at receipt, or linked by someone else a moment ago) is refused with a plain message and nothing stored.
   * A write: call it inside `withAudit`, whose entry is `safeguarding-concern.link`.
   */
  linkConcern(input: LinkConcern, now: Date): Promise<Result<ConcernLink>>
  /** How a concern was linked to a person's record after it was received, or undefined if it never was. */
  findLink(concernId: string): Promise<ConcernLink | undefined>
  /** Records what was done to keep the adult safe now. Never changed: a further action is another record. */
  recordImmediateAction(input: RecordImmediateAction, now: Date): Promise<Result<ImmediateActionRecord>>
  /** The immediate safety actions recorded on a concern, in the order they were recorded. */
  listImmediateActions(concernId: string): Promise<ImmediateActionRecord[]>
  recordSection42Decision(input: RecordSection42Decision, now: Date): Promise<Result<Section42DecisionRecord>>
  /** The decision that counts: the latest. */
  latestSection42Decision(concernId: string): Promise<Section42DecisionRecord | undefined>
  openEnquiry(input: OpenEnquiryRecord, now: Date): Promise<Result<EnquiryRecord>>
  findEnquiryForConcern(concernId: string): Promise<EnquiryRecord | undefined>
  /** Applies one change made against `expectedVersion`; a stale version or a closed enquiry is refused. */
  changeEnquiry(input: ChangeEnquiry, now: Date): Promise<Result<EnquiryRecord>>
  listEnquiryEvents(enquiryId: string): Promise<EnquiryEventRecord[]>
  /** The raw national-collection counts for the days `from` to `to` inclusive (dates in England, YYYY-MM-DD). */
  annualTotals(period: { from: string; to: string }): Promise<SafeguardingAnnualTotals>
}

type ConcernRow = Tables['safeguardingConcerns']['$inferSelect']
type EnquiryRow = Tables['safeguardingEnquiries']['$inferSelect']

const countsByKey = (rows: { key: string | null; count: number | string }[]): Record<string, number> =>
  Object.fromEntries(rows.filter((row) => row.key !== null).map((row) => [row.key as string, Number(row.count)]))

/** The immediate-danger answer a stored concern recorded, read as stored (the package validated it then). */
function immediateDangerIn(concern: unknown): string | null {
  const answer = (concern as { immediateSafety?: { inImmediateDanger?: unknown } } | null)?.immediateSafety
    ?.inImmediateDanger
  return typeof answer === 'string' ? answer : null
}

export function createSafeguardingRepository(store: Store): SafeguardingRepository {
  const { db, t } = store
  const {
    users,
    safeguardingConcernFloodMarks,
    safeguardingConcernShares,
    safeguardingConcernLinks,
    safeguardingConcernTypes,
    people,
    safeguardingImmediateActions,
    safeguardingConcerns,
    safeguardingEnquiries,
    safeguardingEnquiryEvents,
    safeguardingReferenceCounters,
    safeguardingStaff,
    section42Decisions,
  } = t

  const noSuchConcern = 'No concern has this id'
  const concernById = async (concernId: string) =>
    first(
      await db
        .select({ personId: safeguardingConcerns.personId })
        .from(safeguardingConcerns)
        .where(eq(safeguardingConcerns.id, concernId)),
    )

  const typesOf = async (concernId: string): Promise<string[]> =>
    (
      await db
        .select({ type: safeguardingConcernTypes.typeOfAbuse })
        .from(safeguardingConcernTypes)
        .where(eq(safeguardingConcernTypes.concernId, concernId))
    ).map((row) => row.type)

  const toConcern = async (row: ConcernRow): Promise<ConcernRecord> => ({ ...row, typesOfAbuse: await typesOf(row.id) })
  const toEnquiry = (row: EnquiryRow): EnquiryRecord => row

  // Rows are never deleted, so the rowid only grows: of two written in the same millisecond, the later is the latest.
  // SQLite has one of its own; on PostgreSQL it is an identity column (migrations-pg/0004).
  const latestDecisionFirst = [desc(section42Decisions.decidedAt), desc(sql`${section42Decisions}.rowid`)] as const

  const enquiryForConcern = async (concernId: string) =>
    first(await db.select().from(safeguardingEnquiries).where(eq(safeguardingEnquiries.concernId, concernId)))

  return {
    async isAuthorised(userId) {
      const row = first(
        await db
          .select({ role: users.role, disabledAt: users.disabledAt })
          .from(safeguardingStaff)
          .innerJoin(users, eq(users.id, safeguardingStaff.userId))
          .where(eq(safeguardingStaff.userId, userId)),
      )
      return row !== undefined && row.role === 'practitioner' && row.disabledAt === null
    },

    async authorise(userId, grantedByUserId, now) {
      const user = first(await db.select({ role: users.role }).from(users).where(eq(users.id, userId)))
      if (!user) return fail({ path: 'userId', message: 'No account has this id' })
      if (user.role !== 'practitioner')
        return fail({ path: 'userId', message: 'Only a practitioner can be safeguarding-authorised' })
      await db.insert(safeguardingStaff).values({ userId, grantedByUserId, grantedAt: now }).onConflictDoNothing()
      return ok(undefined)
    },

    async withdraw(userId) {
      await db.delete(safeguardingStaff).where(eq(safeguardingStaff.userId, userId))
    },

    async listAuthorised() {
      return (await db.select({ userId: safeguardingStaff.userId }).from(safeguardingStaff)).map((row) => row.userId)
    },

    async nextReferenceSequence(year) {
      // One statement takes the number and reads it back: two processes taking one at once get different numbers
      // (PostgreSQL's row lock makes the second wait for the first; SQLite has one writer).
      const row = first(
        await db
          .insert(safeguardingReferenceCounters)
          .values({ year, lastSequence: 1 })
          .onConflictDoUpdate({
            target: safeguardingReferenceCounters.year,
            set: { lastSequence: sql`${safeguardingReferenceCounters.lastSequence} + 1` },
          })
          .returning({ sequence: safeguardingReferenceCounters.lastSequence }),
      )
      if (!row) throw new Error('The database gave out no concern reference number')
      return row.sequence
    },

    async recordConcern(input) {
      const parsed = parse(NewConcernRecordSchema, input)
      if (!parsed.ok) return parsed
      const { typesOfAbuse, floodGroup, ...concern } = parsed.value
      if (concern.personId === null && !concern.needsFollowUp) {
        return fail({
          path: 'needsFollowUp',
          message: 'A concern that does not name a person on record must be flagged for follow-up',
        })
      }
      const id = randomUUID()
      const types = [...new Set(typesOfAbuse)]
      const row = await store.transaction(async ({ db: tx }) => {
        const [inserted] = await tx
          .insert(safeguardingConcerns)
          .values({ id, ...concern })
          .returning()
        for (const typeOfAbuse of types)
          await tx.insert(safeguardingConcernTypes).values({ concernId: id, typeOfAbuse })
        if (floodGroup !== null) await tx.insert(safeguardingConcernFloodMarks).values({ concernId: id, floodGroup })
        return inserted
      })
      if (!row) throw new Error('The database stored no safeguarding concern')
      return ok({ ...row, typesOfAbuse: types })
    },

    async findConcernByReference(reference) {
      const row = first(
        await db.select().from(safeguardingConcerns).where(eq(safeguardingConcerns.reference, reference)),
      )
      return row && toConcern(row)
    },

    async listConcerns(options = {}) {
      const latestOutcome = sql<
        string | null
      >`(select ${section42Decisions.outcome} from ${section42Decisions} where ${section42Decisions.concernId} = ${safeguardingConcerns.id} order by ${section42Decisions.decidedAt} desc, ${section42Decisions}.rowid desc limit 1)`
      const rows = await db
        .select({
          id: safeguardingConcerns.id,
          reference: safeguardingConcerns.reference,
          receivedAt: safeguardingConcerns.receivedAt,
          needsFollowUp: safeguardingConcerns.needsFollowUp,
          personId: safeguardingConcerns.personId,
          section42Outcome: latestOutcome,
          enquiryStatus: safeguardingEnquiries.status,
          floodGroup: safeguardingConcernFloodMarks.floodGroup,
          concern: safeguardingConcerns.concern,
        })
        .from(safeguardingConcerns)
        .leftJoin(safeguardingEnquiries, eq(safeguardingEnquiries.concernId, safeguardingConcerns.id))
        .leftJoin(safeguardingConcernFloodMarks, eq(safeguardingConcernFloodMarks.concernId, safeguardingConcerns.id))
        .where(
          options.floodGroup === undefined
            ? undefined
            : options.floodGroup === null
              ? isNull(safeguardingConcernFloodMarks.concernId)
              : eq(safeguardingConcernFloodMarks.floodGroup, options.floodGroup),
        )
        .orderBy(desc(safeguardingConcerns.receivedAt), desc(sql`${safeguardingConcerns}.rowid`))
        .limit(clampListLimit(options.limit))
      return Promise.all(
        rows.map(async ({ concern, ...row }) => ({
          ...row,
          inImmediateDanger: immediateDangerIn(concern),
          typesOfAbuse: await typesOf(row.id),
          section42Outcome: row.section42Outcome as ConcernListItem['section42Outcome'],
        })),
      )
    },

    async countConcernsToActOn() {
      const row = first(
        await db
          .select({ n: count() })
          .from(safeguardingConcerns)
          .leftJoin(safeguardingEnquiries, eq(safeguardingEnquiries.concernId, safeguardingConcerns.id))
          .where(
            or(
              sql`not exists (select 1 from ${section42Decisions} where ${section42Decisions.concernId} = ${safeguardingConcerns.id})`,
              eq(safeguardingEnquiries.status, 'open'),
            ),
          ),
      )
      return Number(row?.n ?? 0)
    },

    async listFloodGroups() {
      const toDate = (ms: number | string) => new Date(Number(ms))
      return db
        .select({
          floodGroup: safeguardingConcernFloodMarks.floodGroup,
          concerns: count(),
          firstReceivedAt: sql<number>`min(${safeguardingConcerns.receivedAt})`.mapWith(toDate),
          lastReceivedAt: sql<number>`max(${safeguardingConcerns.receivedAt})`.mapWith(toDate),
        })
        .from(safeguardingConcernFloodMarks)
        .innerJoin(safeguardingConcerns, eq(safeguardingConcerns.id, safeguardingConcernFloodMarks.concernId))
        .groupBy(safeguardingConcernFloodMarks.floodGroup)
        .orderBy(desc(sql`max(${safeguardingConcerns.receivedAt})`))
    },

    async listConcernsAbout(personId) {
      return db
        .select({ reference: safeguardingConcerns.reference, receivedAt: safeguardingConcerns.receivedAt })
        .from(safeguardingConcerns)
        .where(eq(safeguardingConcerns.personId, personId))
        .orderBy(desc(safeguardingConcerns.receivedAt))
    },

    async listVisibleToPerson(personId, viewerUserId) {
      const rows = await db
        .select({ concern: safeguardingConcerns })
        .from(safeguardingConcerns)
        .leftJoin(safeguardingConcernShares, eq(safeguardingConcernShares.concernId, safeguardingConcerns.id))
        .where(
          and(
            eq(safeguardingConcerns.personId, personId),
            or(isNotNull(safeguardingConcernShares.id), eq(safeguardingConcerns.raisedByUserId, viewerUserId)),
          ),
        )
        .orderBy(desc(safeguardingConcerns.receivedAt))
      return Promise.all(rows.map((row) => toConcern(row.concern)))
    },

    async shareConcern(input, now) {
      const parsed = parse(ShareConcernSchema, input)
      if (!parsed.ok) return parsed
      const concern = await concernById(parsed.value.concernId)
      if (!concern) return fail({ path: 'concernId', message: noSuchConcern })
      if (concern.personId === null)
        return fail({
          path: 'concernId',
          message: 'This concern does not yet name a person on record, so there is no one to share it with',
        })
      // Once shared it stays shared: of two practitioners sharing at once, the first decision is kept.
      await db
        .insert(safeguardingConcernShares)
        .values({ id: randomUUID(), ...parsed.value, sharedAt: now })
        .onConflictDoNothing()
      const share = first(
        await db
          .select()
          .from(safeguardingConcernShares)
          .where(eq(safeguardingConcernShares.concernId, parsed.value.concernId)),
      )
      if (!share) throw new Error('The database stored no decision to share this concern')
      return ok(share)
    },

    async linkConcern(input, now) {
      const parsed = parse(LinkConcernSchema, input)
      if (!parsed.ok) return parsed
      const link = parsed.value
      return store.transaction(async ({ db: tx }) => {
        const concern = first(
          await tx
            .select({ personId: safeguardingConcerns.personId })
            .from(safeguardingConcerns)
            .where(eq(safeguardingConcerns.id, link.concernId)),
        )
        if (!concern) return fail({ path: 'concernId', message: noSuchConcern })
        if (!first(await tx.select({ id: people.id }).from(people).where(eq(people.id, link.personId))))
          return fail({ path: 'personId', message: 'There is no record with this id: search again' })
        // Of two linking at once, the first is kept and the second told so: the link's primary key decides.
        const stored = first(
          concern.personId === null
            ? await tx
                .insert(safeguardingConcernLinks)
                .values({ ...link, linkedAt: now })
                .onConflictDoNothing()
                .returning()
            : [],
        )
        if (!stored) return fail({ path: 'concernId', message: alreadyLinkedMessage })
        await tx
          .update(safeguardingConcerns)
          .set({ personId: link.personId })
          .where(and(eq(safeguardingConcerns.id, link.concernId), isNull(safeguardingConcerns.personId)))
        return ok({ ...stored, how: stored.how as ConcernLink['how'] })
      })
    },

    async findLink(concernId) {
      const row = first(
        await db.select().from(safeguardingConcernLinks).where(eq(safeguardingConcernLinks.concernId, concernId)),
      )
      return row && { ...row, how: row.how as ConcernLink['how'] }
    },

    async findShare(concernId) {
      return first(
        await db.select().from(safeguardingConcernShares).where(eq(safeguardingConcernShares.concernId, concernId)),
      )
    },

    async recordImmediateAction(input, now) {
      const parsed = parse(RecordImmediateActionSchema, input)
      if (!parsed.ok) return parsed
      if (!(await concernById(parsed.value.concernId))) return fail({ path: 'concernId', message: noSuchConcern })
      const stored = first(
        await db
          .insert(safeguardingImmediateActions)
          .values({ id: randomUUID(), ...parsed.value, recordedAt: now })
          .returning(),
      )
      if (!stored) throw new Error('The database stored no immediate safety action')
      return ok(stored)
    },

    async listImmediateActions(concernId) {
      return db
        .select()
        .from(safeguardingImmediateActions)
        .where(eq(safeguardingImmediateActions.concernId, concernId))
        .orderBy(asc(safeguardingImmediateActions.recordedAt), asc(safeguardingImmediateActions.id))
    },

    async recordSection42Decision(input, now) {
      const parsed = parse(RecordSection42DecisionSchema, input)
      if (!parsed.ok) return parsed
      const concern = first(
        await db
          .select({ id: safeguardingConcerns.id })
          .from(safeguardingConcerns)
          .where(eq(safeguardingConcerns.id, parsed.value.concernId)),
      )
      if (!concern) return fail({ path: 'concernId', message: 'No concern has this id' })
      if (await enquiryForConcern(parsed.value.concernId)) {
        return fail({
          path: 'concernId',
          message: 'An enquiry is already open on this concern, so the section 42 decision that led to it stands',
        })
      }
      const [row] = await db
        .insert(section42Decisions)
        .values({ id: randomUUID(), ...parsed.value, decision: parsed.value.decision as object, decidedAt: now })
        .returning()
      if (!row) throw new Error('The database stored no section 42 decision')
      return ok(row)
    },

    async latestSection42Decision(concernId) {
      return first(
        await db
          .select()
          .from(section42Decisions)
          .where(eq(section42Decisions.concernId, concernId))
          .orderBy(...latestDecisionFirst)
          .limit(1),
      )
    },

    async openEnquiry(input, now) {
      const parsed = parse(OpenEnquiryRecordSchema, input)
      if (!parsed.ok) return parsed
      const enquiry = { ...parsed.value, typesOfAbuse: [...new Set(parsed.value.typesOfAbuse)] }
      if (await enquiryForConcern(enquiry.concernId)) {
        return fail({ path: 'concernId', message: 'An enquiry is already open on this concern' })
      }
      const decision = first(
        await db
          .select({ outcome: section42Decisions.outcome })
          .from(section42Decisions)
          .where(eq(section42Decisions.concernId, enquiry.concernId))
          .orderBy(...latestDecisionFirst)
          .limit(1),
      )
      const expectedKind =
        decision?.outcome === 'section-42-enquiry'
          ? 'section-42'
          : decision?.outcome === 'other-enquiry'
            ? 'other'
            : undefined
      if (expectedKind === undefined)
        return fail({
          path: 'concernId',
          message: 'Record a section 42 decision that calls for an enquiry before opening one',
        })
      if (expectedKind !== enquiry.kind)
        return fail({
          path: 'kind',
          message: `The section 42 decision calls for ${expectedKind === 'section-42' ? 'a section 42 enquiry' : 'an other enquiry'}`,
        })
      // The unique index on concern_id decides a race between two openings: the second is refused by the database.
      const row = await store.transaction(async ({ db: tx }) => {
        const [inserted] = await tx
          .insert(safeguardingEnquiries)
          .values({
            ...enquiry,
            enquiry: enquiry.enquiry as object,
            openedAt: now,
            status: 'open',
            version: 1,
            closedOn: null,
            riskOutcomeRow: null,
            riskResultRow: null,
            mspRow: null,
          })
          .returning()
        if (!inserted) throw new Error('The database stored no enquiry')
        await tx.insert(safeguardingEnquiryEvents).values({
          id: randomUUID(),
          enquiryId: inserted.id,
          version: 1,
          event: 'opened',
          actorUserId: enquiry.openedByUserId,
          at: now,
          detail: {},
        })
        return inserted
      })
      return ok(toEnquiry(row))
    },

    async findEnquiryForConcern(concernId) {
      const row = await enquiryForConcern(concernId)
      return row && toEnquiry(row)
    },

    async changeEnquiry(input, now) {
      const parsed = parse(ChangeEnquirySchema, input)
      if (!parsed.ok) return parsed
      const change = parsed.value
      const current = first(
        await db.select().from(safeguardingEnquiries).where(eq(safeguardingEnquiries.id, change.enquiryId)),
      )
      if (!current) return fail({ path: 'enquiryId', message: 'No enquiry has this id' })
      if (current.status === 'closed') return fail({ path: 'status', message: enquiryClosedMessage })
      if (current.version !== change.expectedVersion)
        return fail({ path: 'expectedVersion', message: staleEnquiryMessage })
      const version = change.expectedVersion + 1
      // The update names the version it was made against: of two changes made at once, one finds it gone.
      const row = await store.transaction(async ({ db: tx }) => {
        const updated = first(
          await tx
            .update(safeguardingEnquiries)
            .set({
              status: change.status,
              version,
              typesOfAbuse: [...new Set(change.typesOfAbuse)],
              locationOfRisk: change.locationOfRisk,
              sourceOfRisk: change.sourceOfRisk,
              closedOn: change.closedOn,
              riskOutcomeRow: change.riskOutcomeRow,
              riskResultRow: change.riskResultRow,
              mspRow: change.mspRow,
              enquiry: change.enquiry as object,
            })
            .where(
              and(
                eq(safeguardingEnquiries.id, change.enquiryId),
                eq(safeguardingEnquiries.version, change.expectedVersion),
              ),
            )
            .returning(),
        )
        if (!updated) return undefined
        await tx.insert(safeguardingEnquiryEvents).values({
          id: randomUUID(),
          enquiryId: change.enquiryId,
          version,
          event: change.event,
          actorUserId: change.actorUserId,
          at: now,
          detail: change.detail,
        })
        return updated
      })
      return row ? ok(toEnquiry(row)) : fail({ path: 'expectedVersion', message: staleEnquiryMessage })
    },

    async listEnquiryEvents(enquiryId) {
      return db
        .select({
          version: safeguardingEnquiryEvents.version,
          event: safeguardingEnquiryEvents.event,
          actorUserId: safeguardingEnquiryEvents.actorUserId,
          at: safeguardingEnquiryEvents.at,
          detail: safeguardingEnquiryEvents.detail,
        })
        .from(safeguardingEnquiryEvents)
        .where(eq(safeguardingEnquiryEvents.enquiryId, enquiryId))
        .orderBy(asc(safeguardingEnquiryEvents.version))
    },

    async annualTotals({ from, to }) {
      const grouped = async (query: SQL) =>
        countsByKey(await selectRows<{ key: string | null; count: number | string }>(store, query))
      const total = async (query: SQL) =>
        Number((await selectRows<{ count: number | string }>(store, query))[0]?.count ?? 0)
      const concluded = sql`kind = 'section-42' and closed_on between ${from} and ${to}`
      // The categories of each concluded enquiry, one row each: a JSON array read as rows, in each engine's words.
      const categories =
        store.engine === 'postgresql'
          ? sql`jsonb_array_elements_text(safeguarding_enquiries.types_of_abuse) as types(value)`
          : sql`json_each(safeguarding_enquiries.types_of_abuse) as types`
      return {
        concerns: await total(
          sql`select count(*) as count from safeguarding_concerns where received_on between ${from} and ${to}`,
        ),
        // Naming every kind lets the count read the started index alone (kind is its first column).
        enquiriesStarted: await grouped(
          sql`select kind as key, count(*) as count from safeguarding_enquiries where kind in (${sql.join(
            enquiryKinds.map((kind) => sql`${kind}`),
            sql`, `,
          )}) and opened_on between ${from} and ${to} group by kind`,
        ),
        // A person is counted once, in the age band of their first section 42 enquiry started in the year; someone
        // with no record is counted for each enquiry, as the package does.
        individualsByAgeBand: await grouped(sql`
          select age_band as key, count(*) as count from (
            select age_band, person_id, row_number() over (partition by person_id order by opened_on, opened_at, rowid) as nth
            from safeguarding_enquiries
            where kind = 'section-42' and opened_on between ${from} and ${to}
          ) as started where person_id is null or nth = 1 group by age_band`),
        concluded: await total(sql`select count(*) as count from safeguarding_enquiries where ${concluded}`),
        // changeEnquiry and openEnquiry store each category once, so a plain count is a count of enquiries.
        concludedByType: await grouped(sql`
          select types.value as key, count(*) as count
          from safeguarding_enquiries, ${categories}
          where ${concluded} group by types.value`),
        concludedByLocation: await grouped(
          sql`select coalesce(location_of_risk, 'not-recorded') as key, count(*) as count from safeguarding_enquiries where ${concluded} group by 1`,
        ),
        concludedBySource: await grouped(
          sql`select coalesce(source_of_risk, 'not-recorded') as key, count(*) as count from safeguarding_enquiries where ${concluded} group by 1`,
        ),
        concludedByRiskOutcome: await grouped(
          sql`select risk_outcome_row as key, count(*) as count from safeguarding_enquiries where ${concluded} group by 1`,
        ),
        concludedByRiskResult: await grouped(
          sql`select risk_result_row as key, count(*) as count from safeguarding_enquiries where ${concluded} and risk_result_row is not null group by 1`,
        ),
        concludedByMsp: await grouped(
          sql`select msp_row as key, count(*) as count from safeguarding_enquiries where ${concluded} group by 1`,
        ),
      }
    },
  }
}
