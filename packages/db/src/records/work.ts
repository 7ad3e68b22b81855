import { z } from 'zod'
import { workKinds, workPriorities, type WorkEvent, type WorkKind, type WorkPriority } from '../vocabulary.js'

// The records of teams and their work (issue 18). Which team a kind of work goes to, how long is too long to wait
// and what each stage is waiting on are rules, decided by @open-sds/support-planning; these schemas check only what
// the database needs to file the answers.

const id = (what: string) => z.string({ error: `${what} is missing` }).min(1, { error: `${what} is missing` })

export const WorkKindSchema = z.enum(workKinds, { error: `Kind of work must be one of: ${workKinds.join(', ')}` })
export const WorkPrioritySchema = z.enum(workPriorities, { error: 'Choose a priority' })

export const NewTeamSchema = z.object({
  name: z
    .string({ error: 'Enter the team’s name' })
    .trim()
    .min(1, { error: 'Enter the team’s name' })
    .max(100, { error: 'The team’s name must be 100 characters or fewer' }),
  handles: z.array(WorkKindSchema).min(1, { error: 'Choose at least one kind of work the team handles' }),
  createdByUserId: id('Who created the team'),
})
export type NewTeam = z.input<typeof NewTeamSchema>

export const NewTeamMemberSchema = z.object({
  teamId: id('Team'),
  userId: id('Choose a member of staff'),
  manager: z.boolean().default(false),
  addedByUserId: id('Who added them'),
})
export type NewTeamMember = z.input<typeof NewTeamMemberSchema>

export type TeamMember = {
  teamId: string
  userId: string
  displayName: string
  email: string
  manager: boolean
  addedAt: Date
}

export type Team = {
  id: string
  name: string
  handles: WorkKind[]
  members: TeamMember[]
  createdAt: Date
}

export const NewWorkItemSchema = z.object({
  kind: WorkKindSchema,
  teamId: z.string().min(1).nullable(),
  personId: z.string().min(1).nullable(),
  subject: id('What the work is about'),
})
export type NewWorkItem = z.input<typeof NewWorkItemSchema>

/** A work item as it stands: where it arrived, and who holds it after the latest thing that happened to it. */
export type WorkItem = {
  id: string
  kind: WorkKind
  teamId: string | null
  teamName: string | null
  personId: string | null
  personName: string | null
  subject: string
  arrivedAt: Date
  /** How many things have happened to it: the next event is number `events + 1`. */
  events: number
  holderUserId: string | null
  holderName: string | null
  priority: WorkPriority | null
  closed: boolean
}

export const AllocateWorkSchema = z.object({
  itemId: id('Work item'),
  toUserId: id('Choose who to allocate it to'),
  byUserId: id('Who allocated it'),
  priority: WorkPrioritySchema,
  reason: z
    .string({ error: 'Say why it is allocated to them' })
    .trim()
    .min(1, { error: 'Say why it is allocated to them' })
    .max(2_000, { error: 'Keep the reason to 2000 characters or fewer' }),
  /**
   * How many things had happened to the item when the manager chose (its `events`): if anything has happened since,
   * someone else acted first and the allocation is refused, saying who holds it, rather than silently replacing them.
   */
  seenEvents: z.coerce.number().int().min(0).optional(),
})
export type AllocateWork = z.input<typeof AllocateWorkSchema>

export type WorkItemEvent = {
  itemId: string
  seq: number
  event: WorkEvent
  toUserId: string | null
  byUserId: string
  priority: WorkPriority | null
  reason: string | null
  at: Date
}
