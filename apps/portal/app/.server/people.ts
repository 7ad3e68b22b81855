import type { AppContext } from './context.js'
import type { Viewer } from './auth/session.js'

export type PersonSummary = { id: string; displayName: string; relationship: string }

/**
 * The people whose records this viewer may open: their own, those they represent, a practitioner's caseload.
 * Every list of people shown is recorded in the audit log, because names of people in care are personal data.
 */
export async function peopleFor(context: AppContext, viewer: Viewer, now: Date): Promise<PersonSummary[]> {
  const people = await context.database.repos.people.listForUser(viewer.id)
  for (const person of people) {
    await context.database.repos.audit.append({
      at: now,
      actorUserId: viewer.id,
      action: 'person.list',
      personId: person.id,
      resource: `person:${person.id}`,
    })
  }
  return people.map((person) => ({ id: person.id, displayName: person.displayName, relationship: person.relationship }))
}
