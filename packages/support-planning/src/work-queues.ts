import { daysBetween, todayInEngland } from '@open-sds/kernel'

// Where work goes when it arrives at the council's front door, how long it has waited, and who it is waiting on
// (issue 18: nothing lands nowhere). The teams themselves are the council's data; these are the rules over them.

/** A team as routing needs it: what kinds of work it handles. */
export type RoutableTeam = { id: string; name: string; handles: readonly string[] }

/**
 * The team whose queue a new piece of work of `kind` enters: a team that handles that kind. Where several do, the
 * most specialised (fewest kinds) wins, so a "Safeguarding" team that handles only concerns takes them from a front
 * door team that handles everything; a tie goes to the first by name, so the answer never depends on the order the
 * teams were read in. Undefined when no team handles it: the caller still stores the work, for an administrator.
 */
export function teamForWork<T extends RoutableTeam>(kind: string, teams: readonly T[]): T | undefined {
  return teams
    .filter((team) => team.handles.includes(kind))
    .sort(
      (a, b) =>
        a.handles.length - b.handles.length || a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id),
    )[0]
}

export type Waiting = {
  /** Whole days in England since the work arrived: work that came in yesterday has waited 1 day. */
  days: number
  overTarget: boolean
  /** What the queue says, e.g. "Waiting 31 days: over the 28-day target". */
  words: string
}

export const daysWord = (days: number) => (days === 1 ? '1 day' : `${days} days`)

/** How long unallocated work has waited, counted in days in England, and whether that is over the target. */
export function waitingTime(arrivedAt: Date, now: Date, targetDays: number): Waiting {
  const days = Math.max(0, daysBetween(todayInEngland(arrivedAt), todayInEngland(now)))
  const overTarget = days > targetDays
  const waited = days === 0 ? 'Arrived today' : `Waiting ${daysWord(days)}`
  return { days, overTarget, words: overTarget ? `${waited}: over the ${targetDays}-day target` : waited }
}

/** Unallocated work as the queue lists it: oldest first, each with how long it has waited. */
export function queueOrder<T extends { arrivedAt: Date }>(
  items: readonly T[],
  now: Date,
  targetDays: number,
): (T & { waiting: Waiting })[] {
  return [...items]
    .sort((a, b) => a.arrivedAt.getTime() - b.arrivedAt.getTime())
    .map((item) => ({ ...item, waiting: waitingTime(item.arrivedAt, now, targetDays) }))
}

/** Who a piece of work is waiting on. */
export type WaitingOn = 'the person' | 'the worker' | 'finance' | 'a manager'

/** Where each kind of work stands once it has arrived, and who must act next. */
export const workStages: Record<string, { stage: string; waitingOn: WaitingOn }> = {
  'self-assessment': { stage: 'Self-assessment sent: eligibility to decide', waitingOn: 'the worker' },
  'safeguarding-concern': {
    stage: 'Safeguarding concern received: section 42 decision to make',
    waitingOn: 'the worker',
  },
  'financial-assessment': { stage: 'Financial assessment sent: charge to confirm', waitingOn: 'finance' },
  'plan-agreement': { stage: 'Support plan sent for agreement', waitingOn: 'a manager' },
  referral: { stage: 'Asked for help: to contact and decide what next', waitingOn: 'the worker' },
  'proxy-request': { stage: 'Asked for someone to act for them: relationship to check', waitingOn: 'the worker' },
  'carer-assessment': { stage: 'Carer’s self-assessment sent: eligibility to determine', waitingOn: 'the worker' },
}

/**
 * The kinds of work done on the person's own record (an eligibility decision on their self-assessment, agreeing their
 * plan), which a practitioner opens only from their caseload (decision 006).
 * Whoever comes to hold such work has the person put on their caseload, or the work would reach a worker who could
 * not open it (decision 058). Other kinds are done on pages their team or role opens: a concern by safeguarding-
 * authorised staff, a financial assessment by finance, a request for help, a request to act for someone or a carer's
 * self-assessment by the team that handles it.
 */
const workOnTheRecord: ReadonlySet<string> = new Set(['self-assessment', 'plan-agreement'])

/** Whether holding work of `kind` about a person puts them on the holder's caseload (decision 058). */
export const holdingPutsOnCaseload = (kind: string): boolean => workOnTheRecord.has(kind)

/** How each kind of work is named on a queue or caseload. */
export const workKindLabels: Record<string, string> = {
  'self-assessment': 'Self-assessment',
  'safeguarding-concern': 'Safeguarding concern',
  'financial-assessment': 'Financial assessment',
  'plan-agreement': 'Plan sent for agreement',
  referral: 'Request for help',
  'proxy-request': 'Request for someone to act for them',
  'carer-assessment': 'Carer’s self-assessment',
}

/** How each priority a manager gives is named, most urgent first. */
export const workPriorityLabels = {
  urgent: 'Urgent',
  high: 'High',
  standard: 'Standard',
  low: 'Low',
} as const
