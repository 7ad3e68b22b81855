import {
  accountLinkProblemOf,
  hashPasswordScrypt,
  loginAttemptKey,
  type AccountTokenPurpose,
  type Repositories,
} from '@open-sds/db'
import { fail, ok, type Result } from '@open-sds/kernel'
import type { AppContext } from '../context.js'
import { reachedHourlyLimit } from './hourly-limit.js'
import { hashToken, newToken } from './tokens.js'

/** How long a password reset link works (decision 027). */
export const RESET_LINK_MINUTES = 60

/** Links one email address may be sent in an hour; asking again answers the same but sends nothing more. */
export const RESETS_PER_EMAIL_PER_HOUR = 3
/** Links one network address may ask for in an hour, whatever the email; more are refused. */
export const RESETS_PER_ADDRESS_PER_HOUR = 10

export type ResetRequest = { email: string; address: string }

/** True when this network address has asked for as many reset links as it may this hour. */
export async function resetLimitReached(context: AppContext, address: string, now: Date): Promise<boolean> {
  const attempts = context.database.repos.loginAttempts
  return reachedHourlyLimit(attempts, loginAttemptKey.passwordResetFromIp(address), RESETS_PER_ADDRESS_PER_HOUR, now)
}

/** The address a message asks its reader to follow: on the portal's own public address, never the request's Host. */
export const linkTo = (context: Pick<AppContext, 'config'>, path: string): string =>
  `${context.config.publicUrl}${path}`

/**
 * Someone asks for a link to reset the password of `email`. When an active account has it (and it has not had too many
 * links this hour), a single-use link is issued and a message put in the outbox, with the audit entry, in one
 * transaction. Either way the request is counted and audited, in one transaction of about the same work, and the
 * caller answers the same: nobody can learn from this page who has an account.
 */
export async function requestPasswordReset(context: AppContext, request: ResetRequest, now: Date): Promise<void> {
  const [found, emailHadItsFill] = await Promise.all([
    context.database.repos.users.findByEmail(request.email),
    reachedHourlyLimit(
      context.database.repos.loginAttempts,
      loginAttemptKey.passwordResetFor(request.email),
      RESETS_PER_EMAIL_PER_HOUR,
      now,
    ),
  ])
  const user = found && !found.disabledAt && !emailHadItsFill ? found : undefined
  const token = newToken()
  const path = `/reset-password?token=${token}`
  await context.database.withAudit(
    async (repos) => {
      // Counted as "failures" only so the same counting as sign-in applies; a request never clears the slate.
      await repos.loginAttempts.record(loginAttemptKey.passwordResetFor(request.email), now, false)
      await repos.loginAttempts.record(loginAttemptKey.passwordResetFromIp(request.address), now, false)
      if (!user) return undefined
      await issueLink(repos, { userId: user.id, purpose: 'password-reset', token }, now)
      await repos.outbox.add(
        {
          toAddress: user.email,
          subject: 'Reset your password',
          body: [
            `Dear ${user.displayName},`,
            `Someone asked to reset the password of your account. If it was you, open this link to choose a new password. It works once, for ${RESET_LINK_MINUTES} minutes:`,
            linkTo(context, path),
            'If it was not you, you need do nothing: your password has not changed.',
          ].join('\n\n'),
          purpose: 'password-reset',
          link: path,
          userId: user.id,
        },
        now,
      )
      return user.id
    },
    (userId) => ({
      at: now,
      actorUserId: null,
      action: 'user.password-reset-requested',
      resource: userId === undefined ? 'user' : `user:${userId}`,
      // Whether a link was sent is for the council's eyes, in the log; the person asking is never told.
      detail: { address: request.address, linkSent: userId !== undefined },
    }),
  )
}

/** Stores a new single-use link for `userId`, as the hash of its token, working for `minutes` (an hour unless given). */
export async function issueLink(
  repos: Repositories,
  link: { userId: string; purpose: AccountTokenPurpose; token: string; newEmail?: string; minutes?: number },
  now: Date,
): Promise<void> {
  await repos.accountTokens.issue(
    {
      tokenHash: hashToken(link.token),
      userId: link.userId,
      purpose: link.purpose,
      newEmail: link.newEmail,
      expiresAt: new Date(now.getTime() + (link.minutes ?? RESET_LINK_MINUTES) * 60_000),
    },
    now,
  )
}

/** Records that a link could not be used (already used, late or unknown), so every attempt is in the audit log. */
export async function auditRefusedLink(
  context: AppContext,
  refusal: { errors: readonly { message: string }[]; address: string },
  now: Date,
): Promise<void> {
  await context.database.repos.audit.append({
    at: now,
    actorUserId: null,
    action: 'user.password-reset-refused',
    resource: 'user',
    detail: { problem: accountLinkProblemOf(refusal.errors), address: refusal.address },
  })
}

/**
 * Follows a reset link: spends it, replaces the password and ends every session of the account, with the audit entry,
 * in one transaction; or, when the link was used, late or unknown, changes nothing and says so (and audits that).
 */
export async function resetPassword(
  context: AppContext,
  input: { token: string; password: string; address: string },
  now: Date,
): Promise<Result<{ userId: string }>> {
  // Hashed before the transaction, so other requests do not wait on it (decision 016).
  const passwordHash = await hashPasswordScrypt(input.password)
  const outcome = await context.database.withAudit(
    async (repos) => {
      const spent = await repos.accountTokens.use(hashToken(input.token), 'password-reset', now)
      if (!spent.ok) return spent
      const changed = await repos.users.setPasswordHash(spent.value.userId, passwordHash)
      if (!changed.ok) return changed
      const sessionsEnded = await repos.sessions.deleteForUser(spent.value.userId)
      return ok({ userId: spent.value.userId, sessionsEnded })
    },
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: done.value.userId,
            action: 'user.password-reset',
            resource: `user:${done.value.userId}`,
            detail: { sessionsEnded: done.value.sessionsEnded, address: input.address },
          }
        : undefined,
  )
  if (outcome.ok) return ok({ userId: outcome.value.userId })
  await auditRefusedLink(context, { errors: outcome.errors, address: input.address }, now)
  return fail(...outcome.errors)
}
