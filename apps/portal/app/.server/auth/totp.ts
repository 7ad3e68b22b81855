import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/*
 * Time-based one-time codes (RFC 6238 over RFC 4226's HOTP), as authenticator apps make them: HMAC-SHA1, a new code
 * every 30 seconds, 6 digits (decision 033). Written here rather than taken from a library because it is forty lines
 * and the RFC's test vectors pin it down; it is not a care rule, so it lives with the portal's sign-in, not in a pure
 * package (making a secret needs node:crypto's randomness).
 */

export const TOTP_STEP_SECONDS = 30
export const TOTP_DIGITS = 6
/** Codes one step either side of now are accepted too, for a phone clock a little out and typing time. */
export const TOTP_WINDOW_STEPS = 1
/** 160 bits, the HMAC-SHA1 block's natural key length (RFC 4226 section 4 recommends at least 128). */
const SECRET_BYTES = 20

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** RFC 4648 base32 with no padding, as otpauth:// URIs carry a secret. */
export function base32Encode(bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31]
      bits -= 5
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31]
  return out
}

/**
 * Reads base32 as a person may type it: any case, with spaces, hyphens or padding. Undefined for any other
 * character, or for trailing bits that are not zero (which no encoder writes).
 */
export function base32Decode(text: string): Uint8Array | undefined {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '').replace(/=+$/, '')
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const character of cleaned) {
    const value = BASE32_ALPHABET.indexOf(character)
    if (value < 0) return undefined
    buffer = (buffer << 5) | value
    bits += 5
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 255)
      bits -= 8
    }
    buffer &= (1 << bits) - 1
  }
  if (buffer !== 0) return undefined
  return Uint8Array.from(bytes)
}

/** A new random secret, base32 as people and apps exchange it. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(SECRET_BYTES))
}

/** The key grouped in fours, for someone typing it into an app by hand. */
export function groupedForTyping(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? ''
}

/** The 30-second step a moment falls in: the moving factor T of RFC 6238. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_STEP_SECONDS)
}

/** RFC 4226 HOTP: the code for one counter value, with the given hash and number of digits. */
export function hotp(key: Uint8Array, counter: number, digits = TOTP_DIGITS, algorithm = 'sha1'): string {
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac(algorithm, key).update(message).digest()
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f
  const binary = mac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** digits).padStart(digits, '0')
}

/** The code an authenticator app shows for this secret at this moment. */
export function totpCode(secret: string, now: Date): string {
  const key = base32Decode(secret)
  if (!key) throw new TypeError('A one-time code secret must be base32')
  return hotp(key, totpStep(now))
}

/**
 * The step whose code was typed, looking one step either side of now, or undefined when it matches none. The caller
 * refuses a step at or before the last one used, so each code works once.
 */
export function matchingTotpStep(secret: string, typed: string, now: Date): number | undefined {
  const key = base32Decode(secret)
  if (!key || !/^\d{6}$/.test(typed)) return undefined
  const current = totpStep(now)
  let found: number | undefined
  // Every candidate is compared, in constant time, so the answer takes as long whichever step matched.
  for (let step = current - TOTP_WINDOW_STEPS; step <= current + TOTP_WINDOW_STEPS; step += 1) {
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(typed)) && found === undefined) found = step
  }
  return found
}

/** What an authenticator app reads from a QR code (the Key Uri Format Google Authenticator set, which apps follow). */
export function otpauthUri(secret: string, issuer: string, accountName: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`
  const query = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  })
  return `otpauth://totp/${label}?${query.toString()}`
}
