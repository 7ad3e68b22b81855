import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// Passwords are stored as `scrypt$N$r$p$saltB64$hashB64`. The cost travels with each hash, so it can be raised later
// without breaking the passwords already stored.

export type ScryptCost = { N: number; r: number; p: number }

/** OWASP's recommended minimum for scrypt (Password Storage Cheat Sheet): N = 2^17, r = 8, p = 1, about 128 MiB. */
export const defaultScryptCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 }

const saltBytes = 16
const keyBytes = 32
// Bounds on what a stored hash may ask of us, so a corrupted or planted row cannot exhaust memory.
const maxMemoryBytes = 256 * 1024 * 1024
const maxP = 16

function derive(password: string, salt: Buffer, length: number, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 2 * memoryNeeded(cost) }
  return new Promise((resolvePromise, reject) => {
    // NFKC so the same password typed on different keyboards (composed or decomposed accents) matches.
    scrypt(password.normalize('NFKC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolvePromise(key),
    )
  })
}

const isPowerOfTwo = (n: number) => Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0

const memoryNeeded = ({ N, r }: ScryptCost) => 128 * N * r

const isSafeCost = (cost: ScryptCost) =>
  isPowerOfTwo(cost.N) &&
  Number.isInteger(cost.r) &&
  cost.r >= 1 &&
  Number.isInteger(cost.p) &&
  cost.p >= 1 &&
  cost.p <= maxP &&
  memoryNeeded(cost) <= maxMemoryBytes

/** Hashes a password with scrypt and a fresh random salt. Pass a lower `cost` only in tests. */
export async function hashPasswordScrypt(password: string, cost: ScryptCost = defaultScryptCost): Promise<string> {
  if (!isSafeCost(cost))
    throw new RangeError(
      'scrypt cost must have N a power of two, p from 1 to 16, and need at most 256 MiB (128 × N × r)',
    )
  const salt = randomBytes(saltBytes)
  const key = await derive(password, salt, keyBytes, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** True only if `password` produces `stored`. A malformed stored hash is simply false. Compares in constant time. */
export async function verifyPasswordScrypt(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [, n, r, p, saltB64 = '', hashB64 = ''] = parts
  const cost = { N: Number(n), r: Number(r), p: Number(p) }
  const salt = Buffer.from(saltB64, 'base64')
  const expected = Buffer.from(hashB64, 'base64')
  if (!isSafeCost(cost) || salt.length === 0 || expected.length < 16) return false
  const actual = await derive(password, salt, expected.length, cost)
  return timingSafeEqual(actual, expected)
}
