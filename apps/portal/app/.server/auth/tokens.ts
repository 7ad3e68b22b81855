import { randomBytes, timingSafeEqual } from 'node:crypto'
import { hashSessionToken } from '@open-sds/db'

/** A random, URL-safe token with 256 bits of entropy. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Only a hash of a session token is stored, so a copy of the database cannot be used to sign in. */
export const hashToken = hashSessionToken

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
