import type { Repositories } from '@open-sds/db'
import { fail, ok, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { auditedChange } from '~/.server/audited-change'
import { hasRole, ROLE_LABELS } from '~/.server/auth/roles'
import { rolesHeldBy } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import { seenAs } from '../_work+/work-holder.server'

export const HandOnSchema = z.object({
  toUserId: z
    .string({ error: 'Choose who will take on their work and people' })
    .trim()
    .min(1, 'Choose who will take on their work and people'),
  handOnReason: z
    .string({ error: 'Enter why their work and people are being handed on' })
    .trim()
    .min(1, 'Enter why their work and people are being handed on')
    .max(500, 'The reason must be 500 characters or fewer'),
})

/** What one member of staff holds: the open work allocated to them, and the people on their caseload. */
export type Held = { items: number; people: { id: string; displayName: string }[] }

const caseloadPeople = async (people: Pick<Repositories['people'], 'listForUser'>, userId: string) =>
  (await people.listForUser(userId))
    .filter((person) => person.relationship === 'practitioner')
    .map((person) => ({ id: person.id, displayName: person.displayName }))

export async function heldBy(context: AppContext, userId: string): Promise<Held> {
  return {
    items: (await context.database.repos.work.counts(userId)).caseload,
    people: await caseloadPeople(context.database.repos.people, userId),
  }
}

/** The active members of staff who could take it on: everyone but the person handing on, by name, with their role. */
export async function receiversFor(context: AppContext, userId: string) {
  return (await context.database.repos.users.list())
    .filter((user) => user.role !== 'citizen' && user.disabledAt === null && user.id !== userId)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'))
    .map((user) => ({ value: user.id, label: `${user.displayName} (${ROLE_LABELS[user.role].toLowerCase()})` }))
}

/**
 * An administrator hands everything one member of staff holds to another (decision 064): their open work is allocated
 * to the receiver and the people on their caseload move to the receiver's, with the audit entry, in one transaction.
 * Refused whole, saying why, when the receiver is not an active member of staff, is not in the team of every piece of
 * work, is not a practitioner while there are people to take on, or sees one of those people's records as their own
 * or as their representative. Without it a leaver's people were reached by nobody and their work sat with an account
 * that could not sign in.
 */
export async function handOnHeld(
  context: AppContext,
  actor: { id: string; address: string },
  fromUserId: string,
  given: { toUserId: string; reason: string },
  now: Date,
): Promise<Result<{ items: number; people: number; toName: string }>> {
  const { users } = context.database.repos
  const from = await users.findById(fromUserId)
  const to = await users.findById(given.toUserId)
  if (!from || from.role === 'citizen') return fail({ path: 'id', message: 'There is no staff account with this id' })
  if (!to || to.role === 'citizen' || to.disabledAt !== null || to.id === from.id)
    return fail({ path: 'toUserId', message: 'Choose an active member of staff other than this one' })
  const toIsPractitioner = hasRole({ roles: await rolesHeldBy(context, to) }, 'practitioner')
  return auditedChange(
    context,
    async (repos) => {
      const events = await repos.work.handOn(
        { fromUserId, toUserId: to.id, byUserId: actor.id, reason: given.reason },
        now,
      )
      if (!events.ok) return events
      const people = await caseloadPeople(repos.people, fromUserId)
      if (people.length > 0 && !toIsPractitioner)
        return fail({
          path: 'toUserId',
          message: `${to.displayName} is not a practitioner, so cannot take on the people on this caseload: choose a practitioner, or give them that role first`,
        })
      for (const person of people) {
        const relationship = await repos.people.relationshipOf(to.id, person.id)
        if (relationship !== undefined && relationship !== 'practitioner')
          return fail({
            path: 'toUserId',
            message: `${to.displayName} sees ${person.displayName}’s records as ${seenAs(relationship)}, so cannot take them on: choose someone else`,
          })
        if (relationship === undefined) {
          const granted = await repos.people.grantAccess(to.id, person.id, 'practitioner', now)
          if (!granted.ok) return granted
        }
        await repos.people.revokeAccess(fromUserId, person.id)
      }
      return ok({ items: events.value.length, people: people.map((person) => person.id), toName: to.displayName })
    },
    // One entry for the account handed on from, and one on each person's record, so their audit trail says who now
    // holds their case and why.
    (done) => [
      {
        at: now,
        actorUserId: actor.id,
        action: 'caseload.hand-on' as const,
        resource: `user:${fromUserId}`,
        detail: { toUserId: to.id, workItems: done.items, people: done.people.length, reason: given.reason },
      },
      ...done.people.map((personId) => ({
        at: now,
        actorUserId: actor.id,
        action: 'caseload.hand-on' as const,
        personId,
        resource: `person:${personId}`,
        detail: { fromUserId, toUserId: to.id, reason: given.reason },
      })),
    ],
  ).then((done) => (done.ok ? ok({ ...done.value, people: done.value.people.length }) : done))
}
