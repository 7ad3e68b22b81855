import type { Repositories } from '@open-sds/db'
import type { AppContext } from '../context.js'
import type { CheckedCredentials } from './accounts.js'
import { ROLE_HOME } from './roles.js'
import {
  codeWait,
  isCouncilStaff,
  openSecret,
  recordCode,
  recoveryCodeHash,
  secondFactorOffered,
  secondFactorRequired,
  waitWords,
} from './second-factor.js'
import { SESSION_ABSOLUTE_MS, startSession, type Awaiting, type Viewer } from './session.js'
import { hashToken } from './tokens.js'
import { matchingTotpStep } from './totp.js'
import { safeReturnTo } from './return-to.js'

/**
 * After a right password: what the session must wait for before it is signed in (decision 033). A member of staff
 * with a second factor gives a code; where the council requires one, one without sets it up; anyone else is in.
 */
export async function awaitingAfterPassword(
  context: AppContext,
  checked: Extract<CheckedCredentials, { ok: true }>,
): Promise<Awaiting | undefined> {
  if (!isCouncilStaff(checked.role) || !secondFactorOffered(context)) return undefined
  const factor = await context.database.repos.secondFactors.find(checked.userId)
  if (factor?.confirmedAt) return 'code'
  return secondFactorRequired(context) ? 'set-up' : undefined
}

/**
 * Ends the half-signed-in session and starts a signed-in one with a fresh token, so the token that only knew the
 * password is worth nothing afterwards. `repos` are `withAudit`'s own.
 */
export async function finishSigningIn(
  context: AppContext,
  repos: Repositories,
  halfToken: string | undefined,
  userId: string,
  now: Date,
): Promise<string> {
  if (halfToken) await repos.sessions.delete(hashToken(halfToken))
  return startSession(context, repos.sessions, userId, now)
}

/**
 * Signs in, in place, a half-signed-in session that has just set up its second factor: the page that shows the new
 * recovery codes is drawn in the same request, with the same cookie, so the token cannot change under it. The session
 * gets a signed-in session's lifetime from now. `repos` are `withAudit`'s own.
 */
export async function signInInPlace(repos: Repositories, halfToken: string, now: Date): Promise<void> {
  const tokenHash = hashToken(halfToken)
  await repos.sessions.setData(tokenHash, {})
  await repos.sessions.touch(tokenHash, now, new Date(now.getTime() + SESSION_ABSOLUTE_MS))
}

export type CodeOutcome =
  { ok: true; cookie: string; destination: string } | { ok: false; status: number; message: string }

export const WRONG_CODE_MESSAGE =
  'The code is not right, or has been used already. Enter the code your app shows now, or one of your recovery codes'

/**
 * Checks a one-time code (6 digits) or a recovery code for a half-signed-in member of staff, counts it, audits it
 * (right, wrong, turned away while waiting, recovery code used) and, when right, signs them in.
 */
export async function signInWithCode(
  context: AppContext,
  request: { viewer: Viewer; halfToken: string | undefined; typed: string; returnTo: string | null },
  now: Date,
): Promise<CodeOutcome> {
  const { viewer } = request
  const resource = `user:${viewer.id}`
  const wait = await codeWait(context, viewer.id, now)
  if (wait > 0) {
    await context.database.withAudit(
      async () => undefined,
      () => ({ at: now, actorUserId: viewer.id, action: 'user.second-factor-locked', resource }),
    )
    return {
      ok: false,
      status: 429,
      message: `There have been too many wrong codes. Wait ${waitWords(wait)} and try again`,
    }
  }
  const factor = await context.database.repos.secondFactors.find(viewer.id)
  const secret = factor?.confirmedAt ? openSecret(context, viewer.id, factor.sealedSecret) : undefined
  const digits = request.typed.replace(/\s/g, '')
  const step = secret && /^\d{6}$/.test(digits) ? matchingTotpStep(secret, digits, now) : undefined
  const outcome = await context.database.withAudit(
    async (repos) => {
      const used =
        step !== undefined
          ? (await repos.secondFactors.useStep(viewer.id, step)) && ('code' as const)
          : secret !== undefined &&
            !/^\d+$/.test(digits) &&
            (await repos.secondFactors.useRecoveryCode(viewer.id, recoveryCodeHash(context, request.typed), now)) &&
            ('recovery-code' as const)
      await recordCode(repos.loginAttempts, viewer.id, now, used !== false)
      if (!used) return { used }
      return { used, cookie: await finishSigningIn(context, repos, request.halfToken, viewer.id, now) }
    },
    ({ used }) =>
      used
        ? [
            {
              at: now,
              actorUserId: viewer.id,
              action: used === 'code' ? 'user.second-factor-passed' : 'user.recovery-code-used',
              resource,
            },
            { at: now, actorUserId: viewer.id, action: 'user.sign-in', resource },
          ]
        : { at: now, actorUserId: viewer.id, action: 'user.second-factor-failed', resource },
  )
  if (!outcome.used || !outcome.cookie) return { ok: false, status: 401, message: WRONG_CODE_MESSAGE }
  return {
    ok: true,
    cookie: outcome.cookie,
    destination: safeReturnTo(request.returnTo) ?? ROLE_HOME[viewer.role],
  }
}
