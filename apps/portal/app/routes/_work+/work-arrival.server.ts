import type { WorkItem, WorkKind } from '@open-sds/db'
import { ok, type Result } from '@open-sds/kernel'
import { teamForWork } from '@open-sds/support-planning'
import type { AppContext } from '~/.server/context'

type Arrival = { kind: WorkKind; personId: string | null; subject: string; actorUserId: string | null }
type Done = { subject: string; personId: string | null; actorUserId: string }

/**
 * Puts a piece of work that has just arrived in the queue of the team that handles its kind (issue 18: nothing lands
 * nowhere), with its audit entry. Call it inside the `withAudit` that stores the thing itself: this `withAudit` joins
 * that transaction (decision 016), so the thing, its work item and both audit entries are stored together or not at
 * all. Work no team handles yet is still stored, without a team, and listed for an administrator.
 */
export function arriveInQueue(
  context: AppContext,
  arrival: Arrival,
  now: Date,
  arrivedAt: Date = now,
): Promise<Result<{ item: WorkItem; team: string | null }>> {
  const { actorUserId, ...item } = arrival
  return context.database.withAudit(
    async (repos) => {
      const team = teamForWork(arrival.kind, await repos.work.listTeams())
      const queued = await repos.work.arrive({ ...item, teamId: team?.id ?? null }, arrivedAt)
      return queued.ok ? ok({ item: queued.value, team: team?.name ?? null }) : queued
    },
    (queued) =>
      queued.ok
        ? {
            at: now,
            actorUserId,
            action: 'work-item.arrive',
            personId: arrival.personId,
            resource: `work-item:${queued.value.item.id}`,
            detail: {
              kind: arrival.kind,
              subject: arrival.subject,
              team: queued.value.team,
              ...(arrivedAt === now ? {} : { arrivedAt: arrivedAt.toISOString() }),
            },
          }
        : undefined,
  )
}

/**
 * Closes the open work about `subject` now that it is done (an eligibility decision made, a plan agreed), with its
 * audit entry, inside the caller's transaction as `arriveInQueue` is. Nothing to close is no error: work that arrived
 * before queues existed has no item.
 */
export async function closeWork(context: AppContext, done: Done, now: Date): Promise<void> {
  const closed = await context.database.withAudit(
    (repos) => repos.work.close(done.subject, done.actorUserId, now),
    (event) =>
      event.ok && event.value
        ? {
            at: now,
            actorUserId: done.actorUserId,
            action: 'work-item.close',
            personId: done.personId,
            resource: `work-item:${event.value.itemId}`,
            detail: { subject: done.subject },
          }
        : undefined,
  )
  if (!closed.ok) throw new Error(`Could not close the work: ${closed.errors.map((e) => e.message).join('; ')}`)
}

/**
 * Stores `change` and, when it is stored, its work item, in the one transaction the caller's `withAudit` opened; a
 * work item that cannot be stored undoes the change (the caller's audit entry goes with it).
 */
export async function withArrival<R extends { ok: true; value: V } | { ok: false }, V>(
  context: AppContext,
  change: Promise<R>,
  arrival: (value: Extract<R, { ok: true }>['value']) => Arrival,
  now: Date,
): Promise<R> {
  const made = await change
  if (!made.ok) return made
  const queued = await arriveInQueue(context, arrival((made as Extract<R, { ok: true }>).value), now)
  return queued.ok ? made : (queued as unknown as R)
}

/** Stores `change` and, when it is stored, closes the work it finishes, in the caller's one transaction. */
export async function withClosing<R extends { ok: boolean }>(
  context: AppContext,
  change: Promise<R>,
  done: Done,
  now: Date,
): Promise<R> {
  const made = await change
  if (made.ok) await closeWork(context, done, now)
  return made
}

/**
 * Stores `change`, a correction that replaces the thing the work was about (a financial assessment corrected), and
 * moves the work with it in the caller's one transaction: the work about `done.subject` is closed, as a confirmation
 * closes it, and the corrected version, which still waits to be confirmed, arrives as work of its own. Whoever made
 * the correction holds it when they are in its team, so it stays in their hands; otherwise it waits in the queue.
 */
export async function withCorrection<R extends { ok: true; value: V } | { ok: false }, V>(
  context: AppContext,
  change: Promise<R>,
  done: Done,
  arrival: (value: Extract<R, { ok: true }>['value']) => Arrival,
  now: Date,
): Promise<R> {
  const made = await change
  if (!made.ok) return made
  await closeWork(context, done, now)
  const queued = await arriveInQueue(context, arrival((made as Extract<R, { ok: true }>).value), now)
  if (!queued.ok) return queued as unknown as R
  const itemId = queued.value.item.id
  // Not in the team: the take is refused, nothing of it is stored, and the work waits in the queue for its manager.
  await context.database.withAudit(
    (repos) => repos.work.take(itemId, done.actorUserId, now),
    (taken) =>
      taken.ok
        ? {
            at: now,
            actorUserId: done.actorUserId,
            action: 'work-item.take',
            personId: done.personId,
            resource: `work-item:${itemId}`,
            detail: { correcting: done.subject },
          }
        : undefined,
  )
  return made
}

/**
 * Puts in its team's queue each piece of work still to do that arrived before work items existed (a database from an
 * earlier release: self-assessments sent, plans sent for agreement, financial assessments waiting, concerns with no
 * section 42 decision), each arriving when the thing itself did, so its waiting time is true. Run at start-up, like
 * `people.fillSearchKeys()`: idempotent, since stored work is no longer listed, and a second process doing the same
 * at the same moment stores each item once (its subject is unique) and is told so, which is no error here.
 */
export async function queueEarlierWork(context: AppContext): Promise<number> {
  let queued = 0
  for (const { arrivedAt, ...work } of await context.database.repos.work.earlierWork()) {
    const stored = await arriveInQueue(context, { ...work, actorUserId: null }, new Date(), arrivedAt)
    if (stored.ok) queued += 1
  }
  return queued
}
