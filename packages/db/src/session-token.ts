import { createHash, randomBytes } from 'node:crypto'

/** A new session token for the cookie: 256 random bits, URL-safe. Only its hash is ever stored. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The SHA-256 of a session token as 64 lower-case hex digits: the form the sessions table keys on. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export const isSessionTokenHash = (value: string): boolean => /^[0-9a-f]{64}$/.test(value)
