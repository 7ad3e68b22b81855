import { fail, ok, type Result } from '@open-sds/kernel'
import { renderSVG } from 'uqr'
import type { AppContext } from '../context.js'
import { checkCurrentPassword } from './account-changes.js'
import {
  newRecoveryCodes,
  openSecret,
  recoveryCodeHash,
  sealSecret,
  secondFactorOffered,
  secondFactorRequired,
} from './second-factor.js'
import { signInInPlace } from './second-factor-sign-in.js'
import type { Viewer } from './session.js'
import { groupedForTyping, matchingTotpStep, newTotpSecret, otpauthUri } from './totp.js'

/*
 * Setting up, renewing and turning off a second factor (issue 18, decision 033). Every change is made with its audit
 * entry; the recovery codes are returned to be shown once and are kept only as keyed hashes.
 */

export type SetUpState =
  | { kind: 'not-offered' }
  | { kind: 'off'; required: boolean }
  | { kind: 'confirming'; key: string; uri: string; qrSvg: string }
  | { kind: 'on'; required: boolean; unusedRecoveryCodes: number }

/** What the account's page shows: no second factor, one waiting for its first code (with its key), or one in use. */
export async function setUpState(context: AppContext, viewer: Viewer): Promise<SetUpState> {
  if (!secondFactorOffered(context)) return { kind: 'not-offered' }
  const required = secondFactorRequired(context)
  const factor = await context.database.repos.secondFactors.find(viewer.id)
  if (factor?.confirmedAt) {
    return {
      kind: 'on',
      required,
      unusedRecoveryCodes: await context.database.repos.secondFactors.unusedRecoveryCodes(viewer.id),
    }
  }
  const secret = factor ? openSecret(context, viewer.id, factor.sealedSecret) : undefined
  if (!secret) return { kind: 'off', required }
  const uri = otpauthUri(secret, context.site.branding.serviceName, viewer.email)
  const qrSvg = renderSVG(uri, { pixelSize: 4 }).replace(
    '<svg ',
    '<svg role="img" aria-label="QR code to scan with your authenticator app" width="200" height="200" ',
  )
  return { kind: 'confirming', key: groupedForTyping(secret), uri, qrSvg }
}

/** Starts set-up with a new secret, replacing one nobody confirmed. Changes nothing when one is already on. */
export async function beginSetUp(context: AppContext, viewer: Viewer, now: Date): Promise<void> {
  const sealed = sealSecret(context, viewer.id, newTotpSecret())
  // Not audited: nothing about how the account signs in has changed until the first code confirms it.
  await context.database.withAudit(
    (repos) => repos.secondFactors.begin(viewer.id, sealed, now),
    () => undefined,
  )
}

export const WRONG_SET_UP_CODE_MESSAGE =
  'The code is not right. Check the key was typed exactly, and enter the code your app shows now'

/**
 * Confirms set-up with the first code from the app. Answers with the recovery codes to show once; a half-signed-in
 * session that had to set up first is signed in (`signedIn`).
 */
export async function confirmSetUp(
  context: AppContext,
  request: { viewer: Viewer; typed: string; halfToken: string | undefined },
  now: Date,
): Promise<Result<{ recoveryCodes: string[]; signedIn: boolean }>> {
  const { viewer } = request
  const resource = `user:${viewer.id}`
  const factor = await context.database.repos.secondFactors.find(viewer.id)
  const secret = factor && !factor.confirmedAt ? openSecret(context, viewer.id, factor.sealedSecret) : undefined
  const step = secret ? matchingTotpStep(secret, request.typed.replace(/\s/g, ''), now) : undefined
  if (step === undefined) {
    await context.database.withAudit(
      async () => undefined,
      () => ({ at: now, actorUserId: viewer.id, action: 'user.second-factor-set-up-failed', resource }),
    )
    return fail({ path: 'code', message: WRONG_SET_UP_CODE_MESSAGE })
  }
  const recoveryCodes = newRecoveryCodes()
  const hashes = recoveryCodes.map((code) => recoveryCodeHash(context, code))
  const confirmed = await context.database.withAudit(
    async (repos) => {
      if (!(await repos.secondFactors.confirm(viewer.id, step, hashes, now))) return { done: false as const }
      if (request.halfToken) await signInInPlace(repos, request.halfToken, now)
      return { done: true as const, signedIn: request.halfToken !== undefined }
    },
    ({ done, signedIn }) =>
      done
        ? [
            { at: now, actorUserId: viewer.id, action: 'user.second-factor-set-up', resource },
            ...(signedIn ? [{ at: now, actorUserId: viewer.id, action: 'user.sign-in' as const, resource }] : []),
          ]
        : undefined,
  )
  if (!confirmed.done) return fail({ path: 'code', message: WRONG_SET_UP_CODE_MESSAGE })
  return ok({ recoveryCodes, signedIn: confirmed.signedIn })
}

export const REQUIRED_MESSAGE =
  'Your council requires staff to sign in with a code from an app, so it cannot be turned off'

export const NOT_ON_MESSAGE = 'Signing in with a code from an app is not on for your account, so nothing was changed'

/** New recovery codes, or the second factor turned off: both need the password, and a wrong one is audited. */
export async function changeSecondFactor(
  context: AppContext,
  request: { viewer: Viewer; change: 'renew' | 'turn-off'; password: string; address: string },
  now: Date,
): Promise<Result<{ recoveryCodes: string[] }>> {
  const { viewer } = request
  const resource = `user:${viewer.id}`
  if (request.change === 'turn-off' && secondFactorRequired(context)) {
    return fail({ path: 'currentPassword', message: REQUIRED_MESSAGE })
  }
  // A form from an old tab, after it was turned off: no recovery codes for a factor the account does not have.
  if (!(await context.database.repos.secondFactors.find(viewer.id))?.confirmedAt) {
    return fail({ path: 'currentPassword', message: NOT_ON_MESSAGE })
  }
  const attempt = { now, address: request.address, changing: 'second-factor' as const }
  if (!(await checkCurrentPassword(context, viewer, request.password, attempt))) {
    return fail({ path: 'currentPassword', message: 'Your password is not right' })
  }
  if (request.change === 'turn-off') {
    await context.database.withAudit(
      (repos) => repos.secondFactors.remove(viewer.id),
      (removed) =>
        removed ? { at: now, actorUserId: viewer.id, action: 'user.second-factor-turned-off', resource } : undefined,
    )
    return ok({ recoveryCodes: [] })
  }
  const recoveryCodes = newRecoveryCodes()
  await context.database.withAudit(
    (repos) =>
      repos.secondFactors.replaceRecoveryCodes(
        viewer.id,
        recoveryCodes.map((code) => recoveryCodeHash(context, code)),
        now,
      ),
    () => ({ at: now, actorUserId: viewer.id, action: 'user.recovery-codes-renewed', resource }),
  )
  return ok({ recoveryCodes })
}
