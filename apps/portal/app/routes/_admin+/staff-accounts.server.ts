import { randomBytes } from 'node:crypto'
import { hashPasswordScrypt, type Repositories, type Role, type User } from '@open-sds/db'
import { fail, ok, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import type { AppContext } from '~/.server/context'
import { issueLink, linkTo, RESET_LINK_MINUTES } from '~/.server/auth/password-reset'
import { ROLE_LABELS } from '~/.server/auth/roles'
import { newToken } from '~/.server/auth/tokens'

/** The roles an administrator gives: every role but a person using services, whose accounts are their own. */
export const STAFF_ROLES = ['practitioner', 'finance-officer', 'council-admin', 'ulo-admin'] as const
export const staffRoleChoices = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))

export const lastAdministratorMessage =
  'There must always be at least one active council administrator. Give another account that role first. Nothing has been changed'

const reason = z
  .string({ error: 'Enter why you are making this change' })
  .trim()
  .min(1, 'Enter why you are making this change')
  .max(500, 'The reason must be 500 characters or fewer')
const role = z.enum(STAFF_ROLES, { error: 'Choose a role' })

export const NewStaffSchema = z.object({
  displayName: z
    .string({ error: 'Enter their full name' })
    .trim()
    .min(1, 'Enter their full name')
    .max(100, 'Full name must be 100 characters or fewer'),
  email: z
    .string({ error: 'Enter their email address' })
    .trim()
    .min(1, 'Enter their email address')
    .max(254, 'Email address must be 254 characters or fewer')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address in the correct format, like name@example.com'),
  role,
  reason,
})
export const RoleChangeSchema = z.object({
  role,
  // Roles held besides the main one (decision 047); the main role ticked here too is simply the main role.
  otherRoles: z.array(z.enum(STAFF_ROLES, { error: 'Choose roles from the list' })).max(STAFF_ROLES.length),
  reason,
})
export const ActiveChangeSchema = z.object({ active: z.enum(['yes', 'no']), reason })
export const SecondFactorResetSchema = z.object({
  resetReason: z
    .string({ error: 'Enter why you are resetting it and how you checked who asked' })
    .trim()
    .min(1, 'Enter why you are resetting it and how you checked who asked')
    .max(500, 'The reason must be 500 characters or fewer'),
})

type Refusal = { path: string; message: string }
type Actor = { id: string; address: string }

/** Whether, after the change made inside this transaction, an active council administrator is left. */
async function anAdministratorIsLeft(repos: Repositories): Promise<boolean> {
  const administrators = await repos.users.list({ role: 'council-admin' })
  return administrators.some((user) => user.disabledAt === null)
}

async function auditRefusal(context: AppContext, actor: Actor, target: string, refusal: Refusal[], now: Date) {
  await context.database.repos.audit.append({
    at: now,
    actorUserId: actor.id,
    action: 'user.staff-change-refused',
    resource: target,
    detail: { refused: refusal.map((issue) => issue.message), address: actor.address },
  })
}

/**
 * An administrator creates a staff account: it has no password anyone knows until its owner sets one from the link
 * put in the outbox with it, in one transaction with its audit entry.
 */
export async function createStaffAccount(
  context: AppContext,
  actor: Actor,
  input: z.infer<typeof NewStaffSchema>,
  now: Date,
): Promise<Result<User>> {
  // A password nobody knows, hashed before the transaction (decision 016).
  const passwordHash = await hashPasswordScrypt(randomBytes(32).toString('base64url'))
  const token = newToken()
  const path = `/reset-password?token=${token}`
  const made = await context.database.withAudit(
    async (repos) => {
      const created = await repos.users.create(
        { email: input.email, displayName: input.displayName, passwordHash, role: input.role },
        now,
      )
      if (!created.ok) return created
      await issueLink(repos, { userId: created.value.id, purpose: 'password-reset', token }, now)
      await repos.outbox.add(
        {
          toAddress: created.value.email,
          subject: 'Set the password of your new account',
          body: [
            `Dear ${created.value.displayName},`,
            `An account has been made for you as ${ROLE_LABELS[input.role].toLowerCase()}. Open this link to choose your password. It works once, for ${RESET_LINK_MINUTES} minutes; after that, use "Forgotten your password?" on the sign-in page:`,
            linkTo(context, path),
          ].join('\n\n'),
          purpose: 'set-password',
          link: path,
          userId: created.value.id,
        },
        now,
      )
      return created
    },
    (created) =>
      created.ok
        ? {
            at: now,
            actorUserId: actor.id,
            action: 'user.staff-create',
            resource: `user:${created.value.id}`,
            detail: { role: input.role, reason: input.reason, address: actor.address },
          }
        : undefined,
  )
  if (!made.ok) await auditRefusal(context, actor, 'user', made.errors, now)
  return made
}

/**
 * The main role set, and each other role given or taken away so that the account holds exactly those asked for.
 * `held` is what it held besides the main role before the change.
 */
async function changeRoles(
  repos: Repositories,
  userId: string,
  { main, others, held: heldBefore }: { main: Role; others: readonly Role[]; held: readonly Role[] },
  actorId: string,
  now: Date,
): Promise<Result<User>> {
  const changed = await repos.users.setRole(userId, main)
  if (!changed.ok) return changed
  const wanted = new Set(others.filter((other) => other !== main))
  for (const held of heldBefore)
    if (!wanted.has(held)) {
      const taken = await repos.users.takeAwayRole(userId, held)
      if (!taken.ok) return taken
    }
  for (const other of wanted) {
    const given = await repos.users.giveRole(userId, other, actorId, now)
    if (!given.ok) return given
  }
  return changed
}

/**
 * Changes a staff account's main role and the roles it holds besides it, or deactivates or reactivates it, with the reason, in one transaction with its
 * audit entry. A change that would leave no active council administrator is undone whole and refused; a deactivated
 * account's sessions end with it. Every refusal is audited.
 */
export async function changeStaffAccount(
  context: AppContext,
  actor: Actor,
  userId: string,
  change: { role: Role; otherRoles: readonly Role[]; reason: string } | { active: boolean; reason: string },
  now: Date,
): Promise<Result<User>> {
  const action =
    'role' in change
      ? ('user.staff-role-change' as const)
      : change.active
        ? ('user.staff-activate' as const)
        : ('user.staff-deactivate' as const)
  const outcome = await context.database.withAudit(
    async (repos) => {
      // Before reading anything: a second administrator's change waits here until this one commits or rolls back.
      await repos.users.lockAdministrators()
      const before = await repos.users.findById(userId)
      if (!before || before.role === 'citizen')
        return fail({ path: 'id', message: 'There is no staff account with this id' })
      const othersBefore = 'role' in change ? await repos.users.otherRoles(userId) : []
      const changed =
        'role' in change
          ? await changeRoles(
              repos,
              userId,
              { main: change.role, others: change.otherRoles, held: othersBefore },
              actor.id,
              now,
            )
          : change.active
            ? await repos.users.enable(userId)
            : await repos.users.disable(userId, now)
      if (!changed.ok) return changed
      if (!(await anAdministratorIsLeft(repos)))
        return fail({ path: 'role' in change ? 'role' : 'active', message: lastAdministratorMessage })
      if ('active' in change && !change.active) await repos.sessions.deleteForUser(userId)
      return ok({ user: changed.value, from: before.role, othersFrom: othersBefore })
    },
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: actor.id,
            action,
            resource: `user:${userId}`,
            detail: {
              ...('role' in change
                ? {
                    from: done.value.from,
                    to: change.role,
                    otherRolesFrom: done.value.othersFrom,
                    otherRolesTo: change.otherRoles.filter((other) => other !== change.role),
                  }
                : {}),
              reason: change.reason,
              address: actor.address,
            },
          }
        : undefined,
  )
  if (!outcome.ok) {
    await auditRefusal(context, actor, `user:${userId}`, outcome.errors, now)
    return fail(...outcome.errors)
  }
  return ok(outcome.value.user)
}

/**
 * An administrator resets a member of staff's second factor when their phone and recovery codes are lost (decision
 * 038): the secret and recovery codes go and the account's sessions end, in one transaction with the audit entry. Administrators reset others' only: their own is turned off from their account page,
 * with their password, so a stolen administrator session cannot strip its own second factor.
 */
export async function resetSecondFactor(
  context: AppContext,
  actor: Actor,
  userId: string,
  reasonGiven: string,
  now: Date,
): Promise<Result<User>> {
  const outcome = await context.database.withAudit(
    async (repos) => {
      const user = await repos.users.findById(userId)
      if (!user || user.role === 'citizen')
        return fail({ path: 'id', message: 'There is no staff account with this id' })
      if (user.id === actor.id)
        return fail({
          path: 'reason',
          message:
            'You cannot reset your own code from an app here. Turn it off from your account page, with your password',
        })
      if (!(await repos.secondFactors.remove(userId)))
        return fail({
          path: 'reason',
          message:
            'They do not sign in with a code from an app, so there is nothing to reset. Nothing has been changed',
        })
      await repos.sessions.deleteForUser(userId)
      // Told at once, so someone whose code was reset without asking can raise it (decision 038).
      await repos.outbox.add(
        {
          toAddress: user.email,
          subject: 'Your sign-in code was reset',
          body: [
            `Dear ${user.displayName},`,
            `A council administrator has reset how you sign in with a code from an app, and signed you out everywhere. The next time you sign in with your password you will be asked to set up a code again: ${linkTo(context, '/sign-in')}`,
            'If you did not ask for this, tell your manager or the council’s IT security contact straight away.',
          ].join('\n\n'),
          purpose: 'second-factor-reset',
          link: '/sign-in',
          userId: user.id,
        },
        now,
      )
      return ok(user)
    },
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: actor.id,
            action: 'user.second-factor-reset',
            resource: `user:${userId}`,
            detail: { reason: reasonGiven, address: actor.address },
          }
        : undefined,
  )
  if (!outcome.ok) await auditRefusal(context, actor, `user:${userId}`, outcome.errors, now)
  return outcome
}
