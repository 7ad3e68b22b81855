import { workKinds, type Repositories, type Role, type Team, type User } from '@open-sds/db'
import { workKindLabels } from '@open-sds/support-planning'
import { fail, ok, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import type { AppContext } from '~/.server/context'

/*
 * Teams and their members, run by a council administrator (issue 18, decision 028: "teams and their members are
 * data"). Each change is stored with its audit entry in one transaction; each refusal is audited on its own.
 */

/**
 * Who may be in a team: staff who do the council's work. A person's own account never is, and a user-led
 * organisation's administrator works for that organisation, not in the council's queues.
 */
const TEAM_ROLES: readonly Role[] = ['practitioner', 'finance-officer', 'council-admin']

export const teamRoleChoices = [
  { value: 'manager', label: 'Manager: allocates the team’s work' },
  { value: 'worker', label: 'Worker: takes and does the work' },
]

export const workKindChoices = workKinds.map((kind) => ({ value: kind, label: workKindLabels[kind] ?? kind }))

/** What a team handles, in words, always in the same order (the order the kinds are offered in). */
export const handlesInWords = (handles: readonly string[]) =>
  workKindChoices
    .filter((kind) => handles.includes(kind.value))
    .map((kind) => kind.label)
    .join(', ')

export const noManagerLeftMessage =
  'This team has work waiting or in hand, and only a manager can allocate it: make someone else a manager first. Nothing has been changed'
export const holdsWorkMessage = (count: number) =>
  `They hold ${count === 1 ? 'a piece' : `${count} pieces`} of this team’s work: allocate it to someone else in the team first. Nothing has been changed`

export const NewTeamFormSchema = z.object({
  name: z
    .string({ error: 'Enter the team’s name' })
    .trim()
    .min(1, 'Enter the team’s name')
    .max(100, 'The team’s name must be 100 characters or fewer'),
  handles: z
    .array(z.enum(workKinds), {
      error: 'Choose at least one kind of work the team handles',
    })
    .min(1, 'Choose at least one kind of work the team handles'),
})

export const MemberFormSchema = z.object({
  userId: z.string({ error: 'Choose a member of staff' }).trim().min(1, 'Choose a member of staff'),
  teamRole: z.enum(['manager', 'worker'], { error: 'Choose their role in the team' }),
})

type Actor = { id: string; address: string }

/** Staff an administrator may put in a team: active accounts with a role that does the council's work. */
export function mayJoinTeams(user: User): boolean {
  return user.disabledAt === null && TEAM_ROLES.includes(user.role)
}

/**
 * How much of the team's work is open: waiting in its queue, or held by each of its members. Read inside the
 * change's transaction, so the guard and the change agree.
 */
async function openWork(repos: Repositories, team: Team) {
  const waiting = (await repos.work.queue(team.id)).length
  const heldBy = new Map<string, number>()
  for (const member of team.members) {
    const held = (await repos.work.caseload(member.userId)).filter((item) => item.teamId === team.id).length
    heldBy.set(member.userId, held)
  }
  const held = [...heldBy.values()].reduce((sum, count) => sum + count, 0)
  return { any: waiting + held > 0, heldBy: (userId: string) => heldBy.get(userId) ?? 0 }
}

async function auditRefusal(context: AppContext, actor: Actor, resource: string, errors: { message: string }[]) {
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: actor.id,
    action: 'team.change-refused',
    resource,
    detail: { refused: errors.map((issue) => issue.message), address: actor.address },
  })
}

export async function createTeam(
  context: AppContext,
  actor: Actor,
  input: z.infer<typeof NewTeamFormSchema>,
  now: Date,
): Promise<Result<Team>> {
  const made = await context.database.withAudit(
    (repos) => repos.work.createTeam({ name: input.name, handles: input.handles, createdByUserId: actor.id }, now),
    (team) =>
      team.ok
        ? {
            at: now,
            actorUserId: actor.id,
            action: 'team.create',
            resource: `team:${team.value.id}`,
            detail: { name: team.value.name, handles: team.value.handles, address: actor.address },
          }
        : undefined,
  )
  if (!made.ok) await auditRefusal(context, actor, 'team', made.errors)
  return made
}

/**
 * Adds a member of staff to the team, or changes their role in it. Refused: someone who may not join teams, and
 * making the last manager a worker while the team has open work (nobody could allocate it).
 */
export async function putMember(
  context: AppContext,
  actor: Actor,
  teamId: string,
  input: z.infer<typeof MemberFormSchema>,
  now: Date,
): Promise<Result<{ team: Team; manager: boolean }>> {
  const manager = input.teamRole === 'manager'
  const outcome = await context.database.withAudit(
    async (repos) => {
      await repos.work.lockTeam(teamId)
      const team = await repos.work.findTeam(teamId)
      if (!team) return fail({ path: 'teamId', message: 'No team has this id' })
      const user = await repos.users.findById(input.userId)
      if (!user || !mayJoinTeams(user))
        return fail({ path: 'userId', message: 'Choose an active member of staff from the list' })
      const managersLeft = team.members.filter((member) => member.manager && member.userId !== user.id).length
      if (!manager && managersLeft === 0 && (await openWork(repos, team)).any)
        return fail({ path: 'teamRole', message: noManagerLeftMessage })
      const added = await repos.work.addMember({ teamId, userId: user.id, manager, addedByUserId: actor.id }, now)
      return added.ok ? ok({ team, manager }) : added
    },
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: actor.id,
            action: 'team.member-add',
            resource: `team:${teamId}`,
            detail: { userId: input.userId, manager, address: actor.address },
          }
        : undefined,
  )
  if (!outcome.ok) await auditRefusal(context, actor, `team:${teamId}`, outcome.errors)
  return outcome
}

/**
 * Takes a member out of the team. Refused while they hold some of its work (it would be held outside the team), and
 * for the last manager of a team with open work.
 */
export async function removeMember(
  context: AppContext,
  actor: Actor,
  teamId: string,
  userId: string,
  now: Date,
): Promise<Result<{ teamId: string; userId: string }>> {
  const outcome = await context.database.withAudit(
    async (repos) => {
      await repos.work.lockTeam(teamId)
      const team = await repos.work.findTeam(teamId)
      if (!team) return fail({ path: 'teamId', message: 'No team has this id' })
      const member = team.members.find((each) => each.userId === userId)
      if (!member) return fail({ path: 'remove', message: 'They are not a member of this team' })
      const open = await openWork(repos, team)
      const held = open.heldBy(userId)
      if (held > 0) return fail({ path: 'remove', message: holdsWorkMessage(held) })
      const managersLeft = team.members.filter((each) => each.manager && each.userId !== userId).length
      if (member.manager && managersLeft === 0 && open.any)
        return fail({ path: 'remove', message: noManagerLeftMessage })
      return repos.work.removeMember(teamId, userId)
    },
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: actor.id,
            action: 'team.member-remove',
            resource: `team:${teamId}`,
            detail: { userId, address: actor.address },
          }
        : undefined,
  )
  if (!outcome.ok) await auditRefusal(context, actor, `team:${teamId}`, outcome.errors)
  return outcome
}
