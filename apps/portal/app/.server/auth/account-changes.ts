import { accountLinkProblemOf, hashPasswordScrypt, verifyPasswordScrypt } from '@open-sds/db'
import { fail, ok, type Result } from '@open-sds/kernel'
import type { AppContext } from '../context.js'
import { issueLink, linkTo, RESET_LINK_MINUTES } from './password-reset.js'
import type { Viewer } from './session.js'
import { startSession } from './session.js'
import { hashToken, newToken } from './tokens.js'

export const wrongCurrentPasswordMessage = 'Your current password is not right'

/** Whether `password` is the viewer's current password; a wrong one is audited, since it may be someone guessing. */
export async function checkCurrentPassword(
  context: AppContext,
  viewer: Viewer,
  password: string,
  attempt: { now: Date; address: string; changing: 'password' | 'email' | 'second-factor' },
): Promise<boolean> {
  const found = await context.database.repos.users.findForSignIn(viewer.email)
  const matches = found !== undefined && (await verifyPasswordScrypt(password, found.passwordHash))
  if (!matches) {
    const refusal =
      attempt.changing === 'second-factor' ? 'user.second-factor-change-refused' : 'user.password-change-refused'
    await context.database.repos.audit.append({
      at: attempt.now,
      actorUserId: viewer.id,
      action: refusal,
      resource: `user:${viewer.id}`,
      detail: { address: attempt.address, changing: attempt.changing },
    })
  }
  return matches
}

/**
 * A signed-in person changes their password: the current one is required; the new one replaces it, every session of
 * the account ends, and this browser gets a new one, with the audit entry, in one transaction. Answers with the
 * new session's cookie.
 */
export async function changePassword(
  context: AppContext,
  viewer: Viewer,
  input: { currentPassword: string; password: string; address: string },
  now: Date,
): Promise<Result<{ cookie: string }>> {
  const attempt = { now, address: input.address, changing: 'password' as const }
  if (!(await checkCurrentPassword(context, viewer, input.currentPassword, attempt)))
    return fail({ path: 'currentPassword', message: wrongCurrentPasswordMessage })
  // Hashed before the transaction, so other requests do not wait on it (decision 016).
  const passwordHash = await hashPasswordScrypt(input.password)
  return context.database.withAudit(
    async (repos) => {
      const changed = await repos.users.setPasswordHash(viewer.id, passwordHash)
      if (!changed.ok) return changed
      const sessionsEnded = await repos.sessions.deleteForUser(viewer.id)
      return ok({ cookie: await startSession(context, repos.sessions, viewer.id, now), sessionsEnded })
    },
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: viewer.id,
            action: 'user.password-change',
            resource: `user:${viewer.id}`,
            detail: { otherSessionsEnded: done.value.sessionsEnded - 1, address: input.address },
          }
        : undefined,
  )
}

/**
 * A signed-in person asks to move their account to another email address: with their current password, a link is sent
 * to the new address (in the outbox) and the address changes only when it is followed. A new address that another
 * account already has answers the same here, and is refused when the link is followed.
 */
export async function requestEmailChange(
  context: AppContext,
  viewer: Viewer,
  input: { currentPassword: string; email: string; address: string },
  now: Date,
): Promise<Result<{ sentTo: string }>> {
  const attempt = { now, address: input.address, changing: 'email' as const }
  if (!(await checkCurrentPassword(context, viewer, input.currentPassword, attempt)))
    return fail({ path: 'currentPassword', message: wrongCurrentPasswordMessage })
  const token = newToken()
  const path = `/confirm-email?token=${token}`
  return context.database.withAudit(
    async (repos) => {
      await issueLink(repos, { userId: viewer.id, purpose: 'email-change', token, newEmail: input.email }, now)
      await repos.outbox.add(
        {
          toAddress: input.email,
          subject: 'Confirm your new email address',
          body: [
            `Dear ${viewer.displayName},`,
            `You asked to use this email address for your account. Open this link to confirm it. It works once, for ${RESET_LINK_MINUTES} minutes:`,
            linkTo(context, path),
            'Until you do, your account keeps its old email address. If you did not ask for this, you need do nothing.',
          ].join('\n\n'),
          purpose: 'email-change',
          link: path,
          userId: viewer.id,
        },
        now,
      )
      return ok({ sentTo: input.email })
    },
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'user.email-change-requested',
      resource: `user:${viewer.id}`,
      detail: { address: input.address },
    }),
  )
}

/**
 * The new address's link is followed: the account moves to it, and the old address is told, with the audit entry, in
 * one transaction. A used, late or unknown link, or an address another account has taken since, changes nothing and
 * is audited.
 */
export async function confirmEmailChange(
  context: AppContext,
  input: { token: string; address: string },
  now: Date,
): Promise<Result<{ email: string }>> {
  const outcome = await context.database.withAudit(
    async (repos) => {
      const spent = await repos.accountTokens.use(hashToken(input.token), 'email-change', now)
      if (!spent.ok) return spent
      const before = await repos.users.findById(spent.value.userId)
      if (!before) throw new Error('An email change link names an account that does not exist')
      const moved = await repos.users.changeEmail(spent.value.userId, spent.value.newEmail ?? '')
      if (!moved.ok) return moved
      await repos.outbox.add(
        {
          toAddress: before.email,
          subject: 'Your email address has changed',
          body: [
            `Dear ${before.displayName},`,
            `The email address of your account is now ${moved.value.email}. Messages about your account will go there.`,
            'If you did not make this change, contact the council straight away.',
          ].join('\n\n'),
          purpose: 'email-changed-notice',
          userId: before.id,
        },
        now,
      )
      return ok({ userId: before.id, email: moved.value.email })
    },
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: done.value.userId,
            action: 'user.email-change',
            resource: `user:${done.value.userId}`,
            detail: { address: input.address },
          }
        : undefined,
  )
  if (outcome.ok) return ok({ email: outcome.value.email })
  await context.database.repos.audit.append({
    at: now,
    actorUserId: null,
    action: 'user.email-change-refused',
    resource: 'user',
    detail: {
      problem: outcome.errors[0]?.path === 'email' ? 'address-taken' : accountLinkProblemOf(outcome.errors),
      address: input.address,
    },
  })
  return fail(...outcome.errors)
}
