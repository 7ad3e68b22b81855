import type { DatabaseHandle } from './open-database.js'
import type { WorkKind } from './vocabulary.js'

/** The demo council's teams (issue 18): who handles what arrives, by the demo accounts' keys. */
export const demoTeams: readonly {
  name: string
  handles: readonly WorkKind[]
  managers: readonly string[]
  members: readonly string[]
}[] = [
  {
    name: 'Adult social care front door',
    handles: ['self-assessment', 'plan-agreement', 'referral', 'proxy-request', 'carer-assessment'],
    managers: ['practitioner'],
    members: [],
  },
  { name: 'Safeguarding', handles: ['safeguarding-concern'], managers: ['practitioner'], members: [] },
  { name: 'Finance', handles: ['financial-assessment'], managers: ['finance'], members: ['practitioner'] },
]

/** Adds the demo teams and their members. A team already there by name is left as it is. */
export async function seedDemoTeams(
  handle: Pick<DatabaseHandle, 'repos'>,
  userIds: ReadonlyMap<string, string>,
  createdByUserId: string,
  now: Date,
): Promise<void> {
  const { work } = handle.repos
  const existing = new Set((await work.listTeams()).map((team) => team.name))
  for (const team of demoTeams) {
    if (existing.has(team.name)) continue
    const made = await work.createTeam({ name: team.name, handles: [...team.handles], createdByUserId }, now)
    if (!made.ok) throw new Error(`Could not seed the ${team.name} team: ${made.errors[0]?.message ?? ''}`)
    const members = [
      ...team.managers.map((key) => ({ key, manager: true })),
      ...team.members.map((key) => ({ key, manager: false })),
    ]
    for (const { key, manager } of members) {
      const userId = userIds.get(key)
      if (!userId) continue
      const added = await work.addMember(
        { teamId: made.value.id, userId, manager, addedByUserId: createdByUserId },
        now,
      )
      if (!added.ok) throw new Error(`Could not add ${key} to the ${team.name} team: ${added.errors[0]?.message ?? ''}`)
    }
  }
}
