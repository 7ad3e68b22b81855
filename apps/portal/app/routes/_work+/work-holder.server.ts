import type { NewAuditEntry, Repositories, WorkItem, WorkItemEvent } from '@open-sds/db'
import { fail, ok, type Result } from '@open-sds/kernel'
import { holdingPutsOnCaseload } from '@open-sds/support-planning'
import { hasRole } from '~/.server/auth/roles'
import { rolesHeldBy } from '~/.server/auth/session'
import { auditedChange } from '~/.server/audited-change'
import type { AppContext } from '~/.server/context'

type Held = { event: WorkItemEvent; caseloadAdded: boolean }

/** How someone who is not the person's practitioner sees their records, for a refusal to give them the person's work. */
export const seenAs = (relationship: string): string => (relationship === 'self' ? 'their own' : 'their representative')

/**
 * Gives `item` to the member of staff who will do it (taken, or allocated by a manager) and, where the work is done on
 * the person's own record, puts the person on that practitioner's caseload: the allocation, the caseload and both
 * audit entries are stored together or not at all (decisions 016 and 058). Without it the work reached a worker who
 * could not open the self-assessment or the plan it was about. Someone who sees the person's records as themselves
 * or as their representative cannot hold such work: that is refused, and nothing is stored.
 */
export async function holdWork(
  context: AppContext,
  input: {
    item: WorkItem
    holderUserId: string
    hold: (repos: Repositories) => Promise<Result<WorkItemEvent>>
    entry: (event: WorkItemEvent) => NewAuditEntry
    actorUserId: string
    now: Date
  },
): Promise<Result<Held>> {
  const { item, holderUserId, now } = input
  const holder = await context.database.repos.users.findById(holderUserId)
  const personId = item.personId
  const onTheRecord =
    personId !== null &&
    holdingPutsOnCaseload(item.kind) &&
    holder !== undefined &&
    hasRole({ roles: await rolesHeldBy(context, holder) }, 'practitioner')
  return auditedChange(
    context,
    async (repos): Promise<Result<Held>> => {
      const held = await input.hold(repos)
      if (!held.ok) return held
      if (!onTheRecord) return ok({ event: held.value, caseloadAdded: false })
      const relationship = await repos.people.relationshipOf(holderUserId, personId)
      if (relationship === 'practitioner') return ok({ event: held.value, caseloadAdded: false })
      if (relationship !== undefined)
        return fail({
          path: 'toUserId',
          message: `${holder.displayName} sees this person’s records as ${seenAs(relationship)}, so cannot do this work: choose someone else`,
        })
      const granted = await repos.people.grantAccess(holderUserId, personId, 'practitioner', now)
      return granted.ok ? ok({ event: held.value, caseloadAdded: true }) : granted
    },
    ({ event, caseloadAdded }) => [
      input.entry(event),
      ...(caseloadAdded && personId !== null
        ? [
            {
              at: now,
              actorUserId: input.actorUserId,
              action: 'caseload.add' as const,
              personId,
              resource: `person:${personId}`,
              detail: { practitionerUserId: holderUserId, workItemId: item.id },
            },
          ]
        : []),
    ],
  )
}
