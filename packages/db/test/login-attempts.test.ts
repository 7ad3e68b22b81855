import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loginAttemptKey } from '../src/index.js'
import { testEngines } from './engines.js'
import { at, minutes } from './helpers.js'

const start = at('2025-04-01T09:00:00Z')
const plus = (ms: number) => new Date(start.getTime() + ms)

describe.each(testEngines())('login attempts repository on $name', (temp) => {
  it('counts failures in the window for one key only', async () => {
    const { repos } = await temp.fresh()
    const key = loginAttemptKey.email('sam@example.org')
    await repos.loginAttempts.record(key, plus(minutes(0)), false)
    await repos.loginAttempts.record(key, plus(minutes(5)), false)
    await repos.loginAttempts.record(key, plus(minutes(6)), false)
    await repos.loginAttempts.record(loginAttemptKey.ip('127.0.0.1'), plus(minutes(6)), false)
    expect(await repos.loginAttempts.countFailuresSince(key, plus(minutes(0)))).toBe(3)
    expect(await repos.loginAttempts.countFailuresSince(key, plus(minutes(1)))).toBe(2)
    expect(await repos.loginAttempts.countFailuresSince(loginAttemptKey.ip('127.0.0.1'), start)).toBe(1)
    expect(await repos.loginAttempts.countFailuresSince('email:nobody@example.org', start)).toBe(0)
  })

  it('starts counting again after a success, even one in the same millisecond', async () => {
    const { repos } = await temp.fresh()
    const key = loginAttemptKey.email('sam@example.org')
    await repos.loginAttempts.record(key, plus(0), false)
    await repos.loginAttempts.record(key, plus(0), false)
    await repos.loginAttempts.record(key, plus(minutes(1)), true)
    expect(await repos.loginAttempts.countFailuresSince(key, start)).toBe(0)
    await repos.loginAttempts.record(key, plus(minutes(1)), false)
    expect(await repos.loginAttempts.countFailuresSince(key, start)).toBe(1)
  })

  it('counts the failures after the latest success in the window (property)', async () => {
    // One database, a new key for each run: the repository counts one key's attempts, so runs cannot meet.
    const handle = await temp.fresh()
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.nat({ max: 30 }),
        async (outcomes, windowStart) => {
          run += 1
          const key = `ip:10.0.0.${run}`
          for (const [i, succeeded] of outcomes.entries())
            await handle.repos.loginAttempts.record(key, plus(minutes(i)), succeeded)
          const inWindow = outcomes.slice(windowStart)
          const afterLastSuccess = inWindow.slice(inWindow.lastIndexOf(true) + 1)
          const expected = afterLastSuccess.filter((succeeded) => !succeeded).length
          expect(await handle.repos.loginAttempts.countFailuresSince(key, plus(minutes(windowStart)))).toBe(expected)
        },
      ),
      { numRuns: 25 },
    )
  })

  it('builds one key per email address however it is typed', () => {
    expect(loginAttemptKey.email('  Sam@Example.ORG ')).toBe('email:sam@example.org')
    expect(loginAttemptKey.ip(' ::FFFF:127.0.0.1 ')).toBe('ip:::ffff:127.0.0.1')
  })

  it('prunes attempts older than the cut-off', async () => {
    const { repos } = await temp.fresh()
    await repos.loginAttempts.record('ip:1', plus(0), false)
    await repos.loginAttempts.record('ip:1', plus(minutes(10)), false)
    expect(await repos.loginAttempts.prune(plus(minutes(10)))).toBe(1)
    expect(await repos.loginAttempts.countFailuresSince('ip:1', start)).toBe(1)
  })
})

describe.each(testEngines())('recent failures (for a delay that grows with them) on $name', (temp) => {
  it('counts failures since the latest success and gives the time of the latest one', async () => {
    const handle = await temp.fresh()
    const attempts = handle.repos.loginAttempts
    await attempts.record('email:a@example.org', at('2025-04-01T09:00:00Z'), false)
    await attempts.record('email:a@example.org', at('2025-04-01T09:01:00Z'), true)
    await attempts.record('email:a@example.org', at('2025-04-01T09:02:00Z'), false)
    await attempts.record('email:a@example.org', at('2025-04-01T09:03:00Z'), false)
    expect(await attempts.recentFailures('email:a@example.org', at('2025-04-01T08:00:00Z'))).toEqual({
      count: 2,
      latestAt: at('2025-04-01T09:03:00Z'),
    })
    expect(await attempts.recentFailures('email:b@example.org', at('2025-04-01T08:00:00Z'))).toEqual({
      count: 0,
      latestAt: undefined,
    })
  })
})
