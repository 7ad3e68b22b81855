import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from 'node:crypto'
import { loginAttemptKey, type Repositories } from '@open-sds/db'
import { staffSecondFactorOf } from '@open-sds/plugin-sdk'
import type { AppContext } from '../context.js'
import type { Role } from './roles.js'

/*
 * A second factor for staff (decision 033): who is asked, how the secret is kept and how many wrong codes are allowed.
 * The code arithmetic is in ./totp.ts.
 */

/** Council staff: the roles that open people's records. Citizens and user-led organisation administrators are not. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['practitioner', 'finance-officer', 'council-admin']
export const isCouncilStaff = (role: Role): boolean => SECOND_FACTOR_ROLES.includes(role)

/** Whether this portal can keep secrets at all: it needs OPEN_SDS_SECOND_FACTOR_KEY. */
export const secondFactorOffered = (context: AppContext): boolean => context.config.secondFactorKey !== ''
export const secondFactorRequired = (context: AppContext): boolean => staffSecondFactorOf(context.site) === 'required'

const keyOf = (context: AppContext): Buffer => {
  if (!secondFactorOffered(context)) throw new Error('OPEN_SDS_SECOND_FACTOR_KEY is not set')
  return Buffer.from(context.config.secondFactorKey, 'hex')
}

/**
 * Seals a base32 secret with AES-256-GCM under the environment's key, bound to the account (as associated data), so a
 * copy of the database alone yields no codes, and a sealed secret copied to another account does not open.
 */
export function sealSecret(context: AppContext, userId: string, secret: string): string {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(context), nonce).setAAD(Buffer.from(userId))
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return ['v1', nonce, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/** The secret, or undefined when it was sealed under another key or for another account, or has been changed. */
export function openSecret(context: AppContext, userId: string, sealed: string): string | undefined {
  const [version, nonce, tag, body] = sealed.split('.')
  if (version !== 'v1' || !nonce || !tag || body === undefined) return undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(context), Buffer.from(nonce, 'base64url'))
    decipher.setAAD(Buffer.from(userId)).setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}

// No 0/o, 1/l/i: nothing that reads as something else when written down.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
export const RECOVERY_CODE_COUNT = 10

/** Ten recovery codes like `k7m2p-x9qrt`: about 50 random bits each. Shown once; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  const one = () => Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('')
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const code = one()
    return `${code.slice(0, 5)}-${code.slice(5)}`
  })
}

/** A recovery code as typed (any case, spaces or hyphens) to the form it is hashed in. */
export const normaliseRecoveryCode = (typed: string): string => typed.toLowerCase().replace(/[\s-]/g, '')

/** The keyed hash a recovery code is stored as: without the environment's key, the hashes cannot be tried offline. */
export function recoveryCodeHash(context: AppContext, code: string): string {
  return createHmac('sha256', keyOf(context)).update(normaliseRecoveryCode(code)).digest('hex')
}

/** Wrong codes one account may give in a window before it must wait (issue 18: "limited tries"). */
export const CODE_TRIES = 5
export const CODE_WINDOW_MS = 15 * 60 * 1000

/**
 * Milliseconds until this account may try a code again: 0 while it has had fewer than five wrong codes in the last 15
 * minutes; otherwise until 15 minutes after the latest. Counted per account, whatever the address, because the
 * password is already known to whoever is guessing.
 */
export async function codeWait(context: AppContext, userId: string, now: Date): Promise<number> {
  const recent = await context.database.repos.loginAttempts.recentFailures(
    loginAttemptKey.secondFactor(userId),
    new Date(now.getTime() - CODE_WINDOW_MS),
  )
  if (recent.count < CODE_TRIES || recent.latestAt === undefined) return 0
  return Math.max(0, recent.latestAt.getTime() + CODE_WINDOW_MS - now.getTime())
}

/** Counts a code tried; `attempts` are `withAudit`'s own, so it is counted with its audit entry. */
export async function recordCode(
  attempts: Repositories['loginAttempts'],
  userId: string,
  now: Date,
  succeeded: boolean,
): Promise<void> {
  await attempts.record(loginAttemptKey.secondFactor(userId), now, succeeded)
}

/** "Wait 12 minutes and try again", rounded up, for the page and the audit. */
export function waitWords(ms: number): string {
  const minutes = Math.ceil(ms / 60_000)
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
}
