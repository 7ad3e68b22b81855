import { accountLinkProblemOf, loginAttemptKey, type Repositories, type User } from '@open-sds/db'
import { fail, ok, type Result } from '@open-sds/kernel'
import type { AppContext } from '../context.js'
import { reachedHourlyLimit } from './hourly-limit.js'
import { issueLink, linkTo } from './password-reset.js'
import { hashToken, newToken } from './tokens.js'

// Issue 15: a personal account is used only once its owner has followed a link sent to its address, so nobody can
// make an account in someone else's name, and sign-up can answer the same whether or not the address is known.

/** How long a link to confirm an address works: a day, as people do not always read their email at once. */
export const VERIFY_LINK_HOURS = 24
const HOUR_MS = 60 * 60 * 1000
/** Messages one address may be sent about signing up in an hour; more are not sent, and the page answers the same. */
export const SIGN_UP_MESSAGES_PER_EMAIL_PER_HOUR = 3

/** True when this address has been sent as many sign-up messages as it may this hour. */
const tooManyFor = (repos: Pick<Repositories, 'loginAttempts'>, email: string, now: Date): Promise<boolean> =>
  reachedHourlyLimit(
    repos.loginAttempts,
    loginAttemptKey.signUpMessagesFor(email),
    SIGN_UP_MESSAGES_PER_EMAIL_PER_HOUR,
    now,
  )

/**
 * Within the caller's transaction: a new single-use link to confirm the account's address, and the message carrying
 * it, unless the address has had its fill this hour. Answers whether one was sent.
 */
export async function sendVerificationLink(
  context: Pick<AppContext, 'config'>,
  repos: Repositories,
  user: Pick<User, 'id' | 'email' | 'displayName'>,
  now: Date,
): Promise<boolean> {
  if (await tooManyFor(repos, user.email, now)) return false
  await repos.loginAttempts.record(loginAttemptKey.signUpMessagesFor(user.email), now, false)
  const token = newToken()
  const path = `/verify-email?token=${token}`
  const expiresAt = new Date(now.getTime() + VERIFY_LINK_HOURS * HOUR_MS)
  await issueLink(repos, { userId: user.id, purpose: 'verify-email', token, minutes: VERIFY_LINK_HOURS * 60 }, now)
  await repos.outbox.add(
    {
      toAddress: user.email,
      subject: 'Confirm your email address',
      body: [
        `Dear ${user.displayName},`,
        `You made an account with the council using this email address. Open this link to confirm it is yours, then sign in. The link works once, for ${VERIFY_LINK_HOURS} hours:`,
        linkTo(context, path),
        'If you did not make an account, you need do nothing: nobody can use it without this link.',
      ].join('\n\n'),
      purpose: 'verify-email',
      link: path,
      userId: user.id,
      sendBy: expiresAt,
    },
    now,
  )
  return true
}

/**
 * Within the caller's transaction: tells the owner of an address that already has an account that someone tried to
 * make another with it, so the person signing up learns nothing from the page, and the owner knows what to do.
 */
export async function tellOfExistingAccount(
  context: Pick<AppContext, 'config'>,
  repos: Repositories,
  user: Pick<User, 'id' | 'email' | 'displayName'>,
  now: Date,
): Promise<boolean> {
  if (await tooManyFor(repos, user.email, now)) return false
  await repos.loginAttempts.record(loginAttemptKey.signUpMessagesFor(user.email), now, false)
  await repos.outbox.add(
    {
      toAddress: user.email,
      subject: 'You already have an account',
      body: [
        `Dear ${user.displayName},`,
        'Someone tried to make a new account with the council using this email address. You already have one, so nothing has changed.',
        `If it was you, sign in with the password you chose before, or reset it if you have forgotten it: ${linkTo(context, '/forgotten-password')}`,
        'If it was not you, you need do nothing.',
      ].join('\n\n'),
      purpose: 'sign-up-existing-account',
      link: '/sign-in',
      userId: user.id,
    },
    now,
  )
  return true
}

/**
 * Follows a link to confirm an address: spends it and records the address as proved, with the audit entry, in one
 * transaction; or, when the link was used, late or unknown, changes nothing and says so (and audits that).
 */
export async function verifyEmail(
  context: AppContext,
  input: { token: string; address: string },
  now: Date,
): Promise<Result<{ userId: string }>> {
  const outcome = await context.database.withAudit(
    async (repos) => {
      const spent = await repos.accountTokens.use(hashToken(input.token), 'verify-email', now)
      if (!spent.ok) return spent
      const proved = await repos.users.markEmailVerified(spent.value.userId, now)
      if (!proved.ok) return proved
      return ok({ userId: spent.value.userId })
    },
    (done) =>
      done.ok
        ? {
            at: now,
            actorUserId: done.value.userId,
            action: 'user.email-verified',
            resource: `user:${done.value.userId}`,
            detail: { address: input.address },
          }
        : undefined,
  )
  if (outcome.ok) return outcome
  await context.database.repos.audit.append({
    at: now,
    actorUserId: null,
    action: 'user.email-verify-refused',
    resource: 'user',
    detail: { problem: accountLinkProblemOf(outcome.errors), address: input.address },
  })
  return fail(...outcome.errors)
}
