import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { testEngines } from './engines.js'
import { at, useTempDatabases } from './helpers.js'

const temp = useTempDatabases()

// Issue 13: flood counters kept in one process's memory let each process of a council's portal take its own ten.
describe('flood counts in the database', () => {
  it('are shared by two connections to the same file, as two portal processes would be', async () => {
    const file = join(temp.folder(), 'portal.db')
    const first = temp.open(file)
    const second = temp.open(file)
    const now = at('2026-05-12T10:15:00Z')
    const counts = []
    for (let sent = 0; sent < 3; sent += 1) {
      counts.push((await first.repos.floodCounts.count('concern', '203.0.113.9', now)).count)
      counts.push((await second.repos.floodCounts.count('concern', '203.0.113.9', now)).count)
    }
    expect(counts).toEqual([1, 2, 3, 4, 5, 6])
  })
})

describe.each(testEngines())('flood counts on $name', (engine) => {
  it('give one address the same flood group for the hour, and another address or form its own count', async () => {
    const { repos } = await engine.fresh()
    const one = await repos.floodCounts.count('concern', '203.0.113.9', at('2026-05-12T10:00:00Z'))
    const again = await repos.floodCounts.count('concern', '203.0.113.9', at('2026-05-12T10:59:59Z'))
    const other = await repos.floodCounts.count('concern', '198.51.100.7', at('2026-05-12T10:30:00Z'))
    const otherForm = await repos.floodCounts.count('survey-answer', '203.0.113.9', at('2026-05-12T10:30:00Z'))
    expect(again).toEqual({ count: 2, floodGroup: one.floodGroup })
    expect(other.count).toBe(1)
    expect(other.floodGroup).not.toBe(one.floodGroup)
    expect(otherForm.count).toBe(1)
  })

  it('start again in the next hour with a new group, and forget the last hour, its key included', async () => {
    const handle = await engine.fresh()
    const earlier = await handle.repos.floodCounts.count('concern', '203.0.113.9', at('2026-05-12T10:59:00Z'))
    const later = await handle.repos.floodCounts.count('concern', '203.0.113.9', at('2026-05-12T11:00:00Z'))
    expect(later.count).toBe(1)
    expect(later.floodGroup).not.toBe(earlier.floodGroup)
    const hours = await engine.sql(handle, 'select hour from flood_counts union all select hour from flood_hour_keys')
    // Hours since the Unix epoch: 494,051 is 2026-05-12 11:00 UTC.
    expect(hours.map((row) => Number(row.hour))).toEqual([494_051, 494_051])
  })

  it('never store the address itself', async () => {
    const handle = await engine.fresh()
    await handle.repos.floodCounts.count('concern', '203.0.113.9', at('2026-05-12T10:00:00Z'))
    const dump = JSON.stringify(await engine.sql(handle, 'select * from flood_counts'))
    expect(dump).not.toContain('203.0.113')
    expect(dump).toContain('concern')
  })
})
