import type { WorkItem } from '@open-sds/db'
import { waitingTargetDaysOf } from '@open-sds/plugin-sdk'
import { waitingTime, workKindLabels, workStages } from '@open-sds/support-planning'
import type { AppContext } from '~/.server/context'

/** The council's target for unallocated work, in days (its plugin's workQueues slot, or 28); flagged once passed. */
export const waitingTargetDays = (context: AppContext): number => waitingTargetDaysOf(context.site)

/** A work item as a queue or caseload row shows it: no more of the person than their name. */
export function workRow(item: WorkItem, now: Date, targetDays: number) {
  const stage = workStages[item.kind]
  return {
    id: item.id,
    person: item.personName ?? 'Not yet known',
    kind: workKindLabels[item.kind] ?? item.kind,
    stage: stage?.stage ?? '',
    waitingOn: stage?.waitingOn ?? '',
    priority: item.priority,
    holder: item.holderName,
    team: item.teamName,
    closed: item.closed,
    arrivedAt: item.arrivedAt.toISOString(),
    waiting: waitingTime(item.arrivedAt, now, targetDays),
  }
}

export const workItemNotFound = () =>
  new Response('There is no work at this address that you can see.', { status: 404, statusText: 'Not Found' })

/** How much work the staff navigation's links lead to, by address; none for people using services. */
export async function workCounts(
  context: AppContext,
  viewer: { id: string; role: string },
): Promise<Record<string, number>> {
  if (viewer.role !== 'practitioner' && viewer.role !== 'finance-officer') return {}
  const { caseload, queue } = await context.database.repos.work.counts(viewer.id)
  return { '/work/caseload': caseload, '/work/queue': queue }
}
