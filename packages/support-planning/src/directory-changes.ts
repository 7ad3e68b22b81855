import type { Plan, Support } from './plan-schema.js'

// A plan line that buys a service from the directory keeps what the listing said on the day it was chosen (issue
// 17). When the listing later changes or the service stops, the plan still says what was agreed, and the
// practitioner is asked to review that support: this works out which supports need it and why, in plain English.

/** What the directory says of a service today; undefined when it no longer lists it at all. */
export type DirectoryServiceNow = {
  id: string
  name: string
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed'
  organizationId?: string
  locationIds: readonly string[]
  lastModified?: string
}

export type DirectoryChange = 'withdrawn' | 'temporarily closed' | 'changed'

export type DirectoryReviewPrompt = {
  supportId: string
  description: string
  /** The service's name as the plan keeps it (the day it was chosen). */
  serviceName: string
  change: DirectoryChange
  /** What changed, for the practitioner: "It is no longer listed", "It has moved to another place", ... */
  reason: string
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item))

/** How the listing differs from the day the support chose it, or undefined if it does not. */
export function directoryChange(
  chosen: NonNullable<Support['directoryService']>,
  now: DirectoryServiceNow | undefined,
): { change: DirectoryChange; reason: string } | undefined {
  if (now === undefined) return { change: 'withdrawn', reason: 'The directory no longer lists it' }
  if (now.status === 'inactive' || now.status === 'defunct')
    return { change: 'withdrawn', reason: 'The directory says it no longer runs' }
  if (now.status === 'temporarily closed')
    return { change: 'temporarily closed', reason: 'The directory says it is closed for now' }
  const what: string[] = []
  if (now.name !== chosen.name) what.push(`its name is now "${now.name}"`)
  if (chosen.organizationId !== undefined && now.organizationId !== chosen.organizationId)
    what.push('another organisation runs it')
  if (chosen.locationIds !== undefined && !sameSet(chosen.locationIds, now.locationIds))
    what.push('where it runs has changed')
  if (what.length === 0 && chosen.lastModified !== undefined && now.lastModified !== undefined) {
    if (Date.parse(now.lastModified) > Date.parse(chosen.lastModified)) what.push('its listing has been updated')
  }
  if (what.length === 0) return undefined
  const said = what.join(', ')
  return { change: 'changed', reason: `Since it was chosen, ${said}` }
}

/** The ids of the directory services a plan's supports name: what to look up before `directoryReviewPrompts`. */
export const directoryServiceIdsOf = (plan: Pick<Plan, 'supports'>): string[] => [
  ...new Set(plan.supports.flatMap((support) => (support.directoryService ? [support.directoryService.id] : []))),
]

/** Each support whose directory service has changed or stopped since it was chosen, in the plan's order. */
export function directoryReviewPrompts(
  plan: Pick<Plan, 'supports'>,
  services: ReadonlyMap<string, DirectoryServiceNow>,
): DirectoryReviewPrompt[] {
  return plan.supports.flatMap((support) => {
    const chosen = support.directoryService
    if (chosen === undefined) return []
    const found = directoryChange(chosen, services.get(chosen.id))
    return found === undefined
      ? []
      : [{ supportId: support.id, description: support.description, serviceName: chosen.name, ...found }]
  })
}
