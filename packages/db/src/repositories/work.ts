import { randomUUID } from 'node:crypto'
import { and, asc, count, eq, inArray, isNull, max, sql, type SQL } from 'drizzle-orm'
import { fail, ok, parse, type Result } from '@open-sds/kernel'
import {
  AllocateWorkSchema,
  NewTeamMemberSchema,
  NewTeamSchema,
  NewWorkItemSchema,
  type AllocateWork,
  type NewTeam,
  type NewTeamMember,
  type NewWorkItem,
  type Team,
  type TeamMember,
  type WorkItem,
  type WorkItemEvent,
} from '../records/work.js'
import { first, type Store } from '../store.js'
import { listEarlierWork, type EarlierWork } from './earlier-work.js'
import type { WorkEvent, WorkPriority } from '../vocabulary.js'

/** Who hands whose work to whom, and why (an administrator's decision, kept on each item's history). */
export type HandOnWork = { fromUserId: string; toUserId: string; byUserId: string; reason: string }

export const duplicateTeamNameMessage = 'A team with this name already exists'
export const notInTeamMessage = 'They are not a member of the team this work is queued for: allocate it to a member'
export const notTeamManagerMessage = 'Only a manager of the team this work is queued for can allocate it'
export const alreadyAllocatedMessage = 'This work has already been allocated'
/** What a manager or worker is told when someone else acted on the same work a moment before them. */
const allocatedMeanwhileMessage = (holderName: string | null, closed: boolean) =>
  closed
    ? 'This work was closed while you were looking at it. Nothing has been changed'
    : holderName === null
      ? 'Someone else acted on this work while you were looking at it. Nothing has been changed'
      : `This work has already been allocated to ${holderName}. Nothing has been changed`
export const workClosedMessage = 'This work is finished and closed'
const noSuchItemMessage = 'No work item has this id'
const notInTeamsMessage = (teams: string[]) =>
  `They are not a member of ${teams.length === 1 ? 'the team' : 'the teams'} ${teams.join(', ')}, which this work is queued for: add them to ${teams.length === 1 ? 'it' : 'them'} first, or choose someone who is`
const handedOnMeanwhileMessage =
  'Some of this work changed hands while you were handing it on: look again and try again'

export interface WorkRepository {
  /** A new team and the kinds of work it handles. A name already used is an answer, not an exception. */
  createTeam(input: NewTeam, now: Date): Promise<Result<Team>>
  /** Every team, by name, with what it handles and its members. */
  listTeams(): Promise<Team[]>
  findTeam(teamId: string): Promise<Team | undefined>
  /** Adds a member of staff to a team, or changes whether they manage it. */
  addMember(input: NewTeamMember, now: Date): Promise<Result<TeamMember>>
  removeMember(teamId: string, userId: string): Promise<Result<{ teamId: string; userId: string }>>
  /**
   * Holds the team still until this transaction ends, so checks on its members and work and the change they guard
   * agree: on PostgreSQL two changes at once would each see the other's manager still there. SQLite writes one
   * transaction at a time already.
   */
  lockTeam(teamId: string): Promise<void>
  /** The teams an account belongs to, with whether it manages each. */
  teamsOf(userId: string): Promise<{ teamId: string; name: string; manager: boolean }[]>
  /** Stores a piece of work that has just arrived, in the queue of `teamId` (null: no team handles it yet). */
  arrive(input: NewWorkItem, now: Date): Promise<Result<WorkItem>>
  findItem(itemId: string): Promise<WorkItem | undefined>
  /** A team's unallocated work, oldest first. `teamId` null: the work no team handles. */
  queue(teamId: string | null): Promise<WorkItem[]>
  /** The open work an account holds, oldest first. */
  caseload(userId: string): Promise<WorkItem[]>
  /** How much open work an account holds, and how much is unallocated in the teams it belongs to. */
  counts(userId: string): Promise<{ caseload: number; queue: number }>
  /** A manager of the item's team gives it to a member of that team, with a priority and a reason. */
  allocate(input: AllocateWork, now: Date): Promise<Result<WorkItemEvent>>
  /**
   * An administrator hands all the open work one member of staff holds to another (someone leaving, or changing job;
   * decision 064): each item is allocated to `toUserId` with the reason, its priority kept. Refused whole, naming the
   * teams, if the receiver is not in the team of every item; nothing is handed on unless everything is.
   */
  handOn(input: HandOnWork, now: Date): Promise<Result<WorkItemEvent[]>>
  /** A member of the item's team takes an unallocated item for themselves. */
  take(itemId: string, userId: string, now: Date): Promise<Result<WorkItemEvent>>
  /** Closes the open work about `subject`, if there is any, when it is done. */
  close(subject: string, byUserId: string, now: Date): Promise<Result<WorkItemEvent | undefined>>
  /** What happened to an item, in order. */
  history(itemId: string): Promise<WorkItemEvent[]>
  /** Work still to do that arrived before work items existed and has none: see `listEarlierWork`. */
  earlierWork(): Promise<EarlierWork[]>
}

export function createWorkRepository(store: Store): WorkRepository {
  const { db, t, engine } = store
  const { teams, teamKinds, teamMembers, workItems, workItemEvents, users, people } = t
  const lockTeam = async (teamId: string) => {
    if (engine === 'postgresql') await db.execute(sql`select 1 from ${teams} where ${teams.id} = ${teamId} for update`)
  }

  const membersOf = async (teamIds: string[]): Promise<TeamMember[]> =>
    teamIds.length === 0
      ? []
      : db
          .select({
            teamId: teamMembers.teamId,
            userId: teamMembers.userId,
            displayName: users.displayName,
            email: users.email,
            manager: teamMembers.manager,
            addedAt: teamMembers.addedAt,
          })
          .from(teamMembers)
          .innerJoin(users, eq(users.id, teamMembers.userId))
          .where(inArray(teamMembers.teamId, teamIds))
          .orderBy(asc(users.displayName), asc(users.id))

  const teamsWhere = async (where?: SQL): Promise<Team[]> => {
    const rows = await db.select().from(teams).where(where).orderBy(asc(teams.name))
    const ids = rows.map((row) => row.id)
    const kinds = ids.length === 0 ? [] : await db.select().from(teamKinds).where(inArray(teamKinds.teamId, ids))
    const members = await membersOf(ids)
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      createdAt: row.createdAt,
      handles: kinds.filter((kind) => kind.teamId === row.id).map((kind) => kind.kind),
      members: members.filter((member) => member.teamId === row.id),
    }))
  }

  // The latest event of each item, read beside the item: who holds it and whether it is closed.
  const latest = db
    .select({ itemId: workItemEvents.itemId, seq: max(workItemEvents.seq).as('latest_seq') })
    .from(workItemEvents)
    .groupBy(workItemEvents.itemId)
    .as('latest')
  const holder = sql<
    string | null
  >`(select ${users.displayName} from ${users} where ${users.id} = ${workItemEvents.toUserId})`

  const itemsWhere = async (where: SQL | undefined): Promise<WorkItem[]> => {
    const rows = await db
      .select({
        id: workItems.id,
        kind: workItems.kind,
        teamId: workItems.teamId,
        teamName: teams.name,
        personId: workItems.personId,
        personName: people.displayName,
        subject: workItems.subject,
        arrivedAt: workItems.arrivedAt,
        events: latest.seq,
        event: workItemEvents.event,
        holderUserId: workItemEvents.toUserId,
        holderName: holder,
        priority: workItemEvents.priority,
      })
      .from(workItems)
      .leftJoin(teams, eq(teams.id, workItems.teamId))
      .leftJoin(people, eq(people.id, workItems.personId))
      .leftJoin(latest, eq(latest.itemId, workItems.id))
      .leftJoin(workItemEvents, and(eq(workItemEvents.itemId, workItems.id), eq(workItemEvents.seq, latest.seq)))
      .where(where)
      .orderBy(asc(workItems.arrivedAt), asc(workItems.id))
    return rows.map(({ event, events, ...row }) => ({
      ...row,
      events: events === null ? 0 : Number(events),
      closed: event === 'closed',
      // The priority stays with the item while it is held: a worker taking it keeps what the manager said.
      priority: row.priority,
    }))
  }

  const findItem = async (itemId: string) => first(await itemsWhere(eq(workItems.id, itemId)))

  const membership = async (teamId: string, userId: string) =>
    first(
      await db
        .select()
        .from(teamMembers)
        .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId))),
    )

  /** Stores the item's next event; undefined when someone else stored that event first (see below). */
  const record = async (
    item: WorkItem,
    event: WorkEvent,
    fields: { toUserId: string | null; byUserId: string; priority?: WorkPriority | null; reason?: string | null },
    now: Date,
  ): Promise<WorkItemEvent | undefined> => {
    const stored = first(
      await db
        .insert(workItemEvents)
        .values({
          itemId: item.id,
          seq: item.events + 1,
          event,
          toUserId: fields.toUserId,
          byUserId: fields.byUserId,
          priority: fields.priority ?? null,
          reason: fields.reason ?? null,
          at: now,
        })
        // Two managers allocating the same item at once both read the same `events` and write the same number: on
        // PostgreSQL the second waits for the first to commit, then stores nothing here, rather than failing whole.
        .onConflictDoNothing({ target: [workItemEvents.itemId, workItemEvents.seq] })
        .returning(),
    )
    return stored && { ...stored, seq: Number(stored.seq) }
  }

  /** Records an allocation or a taking; if someone acted first, says who now holds the work, and nothing is stored. */
  const recordOrRefuse = async (
    item: WorkItem,
    event: 'allocated' | 'taken',
    fields: Parameters<typeof record>[2],
    now: Date,
  ): Promise<Result<WorkItemEvent>> => {
    const stored = await record(item, event, fields, now)
    if (stored) return ok(stored)
    const current = await findItem(item.id)
    return fail({
      path: 'itemId',
      message: allocatedMeanwhileMessage(current?.holderName ?? null, current?.closed ?? false),
    })
  }

  return {
    async createTeam(input, now) {
      const parsed = parse(NewTeamSchema, input)
      if (!parsed.ok) return parsed
      const { name, handles, createdByUserId } = parsed.value
      const id = randomUUID()
      const made = first(
        await db
          .insert(teams)
          .values({ id, name, createdByUserId, createdAt: now })
          .onConflictDoNothing({ target: teams.name })
          .returning(),
      )
      if (!made) return fail({ path: 'name', message: duplicateTeamNameMessage })
      await db.insert(teamKinds).values([...new Set(handles)].map((kind) => ({ teamId: id, kind })))
      const [team] = await teamsWhere(eq(teams.id, id))
      if (!team) throw new Error('The database stored no team')
      return ok(team)
    },

    listTeams: () => teamsWhere(),

    async findTeam(teamId) {
      return first(await teamsWhere(eq(teams.id, teamId)))
    },

    async addMember(input, now) {
      const parsed = parse(NewTeamMemberSchema, input)
      if (!parsed.ok) return parsed
      const { teamId, userId, manager, addedByUserId } = parsed.value
      if (!first(await db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId))))
        return fail({ path: 'teamId', message: 'No team has this id' })
      const user = first(await db.select().from(users).where(eq(users.id, userId)))
      if (!user) return fail({ path: 'userId', message: 'No account has this id' })
      if (user.role === 'citizen') return fail({ path: 'userId', message: 'Only members of staff can join a team' })
      await db
        .insert(teamMembers)
        .values({ teamId, userId, manager, addedByUserId, addedAt: now })
        .onConflictDoUpdate({ target: [teamMembers.teamId, teamMembers.userId], set: { manager } })
      const [member] = (await membersOf([teamId])).filter((row) => row.userId === userId)
      if (!member) throw new Error('The database stored no team member')
      return ok(member)
    },

    async removeMember(teamId, userId) {
      const removed = await db
        .delete(teamMembers)
        .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
        .returning()
      return removed.length > 0
        ? ok({ teamId, userId })
        : fail({ path: 'userId', message: 'They are not a member of this team' })
    },

    async teamsOf(userId) {
      return db
        .select({ teamId: teams.id, name: teams.name, manager: teamMembers.manager })
        .from(teamMembers)
        .innerJoin(teams, eq(teams.id, teamMembers.teamId))
        .where(eq(teamMembers.userId, userId))
        .orderBy(asc(teams.name))
    },

    async arrive(input, now) {
      const parsed = parse(NewWorkItemSchema, input)
      if (!parsed.ok) return parsed
      const id = randomUUID()
      const made = first(
        await db
          .insert(workItems)
          .values({ id, ...parsed.value, arrivedAt: now })
          .onConflictDoNothing({ target: workItems.subject })
          .returning(),
      )
      if (!made) return fail({ path: 'subject', message: 'This work is already in a queue' })
      const item = await findItem(id)
      if (!item) throw new Error('The database stored no work item')
      return ok(item)
    },

    findItem,

    queue(teamId) {
      const unallocated = isNull(latest.seq)
      return itemsWhere(
        teamId === null ? and(isNull(workItems.teamId), unallocated) : and(eq(workItems.teamId, teamId), unallocated),
      )
    },

    caseload(userId) {
      return itemsWhere(eq(workItemEvents.toUserId, userId))
    },

    async counts(userId) {
      const held = first(
        await db
          .select({ n: count() })
          .from(workItemEvents)
          .innerJoin(latest, and(eq(latest.itemId, workItemEvents.itemId), eq(latest.seq, workItemEvents.seq)))
          .where(eq(workItemEvents.toUserId, userId)),
      )
      const waiting = first(
        await db
          .select({ n: count() })
          .from(workItems)
          .innerJoin(teamMembers, and(eq(teamMembers.teamId, workItems.teamId), eq(teamMembers.userId, userId)))
          .where(sql`not exists (select 1 from ${workItemEvents} where ${workItemEvents.itemId} = ${workItems.id})`),
      )
      return { caseload: Number(held?.n ?? 0), queue: Number(waiting?.n ?? 0) }
    },

    lockTeam,

    async allocate(input, now) {
      const parsed = parse(AllocateWorkSchema, input)
      if (!parsed.ok) return parsed
      const { itemId, toUserId, byUserId, priority, reason, seenEvents } = parsed.value
      const item = await findItem(itemId)
      if (!item) return fail({ path: 'itemId', message: noSuchItemMessage })
      if (item.closed) return fail({ path: 'itemId', message: workClosedMessage })
      if (seenEvents !== undefined && seenEvents !== item.events)
        return fail({ path: 'itemId', message: allocatedMeanwhileMessage(item.holderName, item.closed) })
      // Not while an administrator takes the one it goes to out of the team.
      if (item.teamId !== null) await lockTeam(item.teamId)
      if (item.teamId === null || !(await membership(item.teamId, byUserId))?.manager)
        return fail({ path: 'itemId', message: notTeamManagerMessage })
      if (!(await membership(item.teamId, toUserId))) return fail({ path: 'toUserId', message: notInTeamMessage })
      return recordOrRefuse(item, 'allocated', { toUserId, byUserId, priority, reason }, now)
    },

    async handOn({ fromUserId, toUserId, byUserId, reason }, now) {
      if (reason.trim() === '') return fail({ path: 'reason', message: 'Enter the reason for handing on the work' })
      const held = await itemsWhere(eq(workItemEvents.toUserId, fromUserId))
      const outside = new Set<string>()
      for (const item of held) {
        if (item.teamId !== null) await lockTeam(item.teamId)
        if (item.teamId === null || !(await membership(item.teamId, toUserId))) outside.add(item.teamName ?? 'no team')
      }
      if (outside.size > 0) return fail({ path: 'toUserId', message: notInTeamsMessage([...outside].sort()) })
      const events: WorkItemEvent[] = []
      for (const item of held) {
        const stored = await record(
          item,
          'allocated',
          { toUserId, byUserId, priority: item.priority ?? 'standard', reason },
          now,
        )
        if (!stored) return fail({ path: 'toUserId', message: handedOnMeanwhileMessage })
        events.push(stored)
      }
      return ok(events)
    },

    async take(itemId, userId, now) {
      const item = await findItem(itemId)
      if (!item) return fail({ path: 'itemId', message: noSuchItemMessage })
      if (item.closed) return fail({ path: 'itemId', message: workClosedMessage })
      if (item.events > 0) return fail({ path: 'itemId', message: alreadyAllocatedMessage })
      if (item.teamId !== null) await lockTeam(item.teamId)
      if (item.teamId === null || !(await membership(item.teamId, userId)))
        return fail({ path: 'itemId', message: 'Only a member of the team this work is queued for can take it' })
      return recordOrRefuse(item, 'taken', { toUserId: userId, byUserId: userId }, now)
    },

    async close(subject, byUserId, now) {
      // The work is done whoever holds it: if an allocation lands at the same moment, close after it instead.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const item = first(await itemsWhere(eq(workItems.subject, subject)))
        if (!item || item.closed) return ok(undefined)
        const stored = await record(item, 'closed', { toUserId: null, byUserId }, now)
        if (stored) return ok(stored)
      }
      return fail({ path: 'subject', message: 'The work changed too often while closing it: try again' })
    },

    earlierWork: () => listEarlierWork(store),

    async history(itemId) {
      const rows = await db
        .select()
        .from(workItemEvents)
        .where(eq(workItemEvents.itemId, itemId))
        .orderBy(asc(workItemEvents.seq))
      return rows.map((row) => ({ ...row, seq: Number(row.seq) }))
    },
  }
}
