import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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

  it('give one address the same flood group for the hour, and another address or form its own count', async () => {
    const { repos } = temp.fresh()
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
    const handle = temp.fresh()
    const earlier = await handle.repos.floodCounts.count('concern', '203.0.113.9', at('2026-05-12T10:59:00Z'))
    const later = await handle.repos.floodCounts.count('concern', '203.0.113.9', at('2026-05-12T11:00:00Z'))
    expect(later.count).toBe(1)
    expect(later.floodGroup).not.toBe(earlier.floodGroup)
    const rows = handle.sqlite.prepare('SELECT hour FROM flood_counts UNION ALL SELECT hour FROM flood_hour_keys').all()
    expect(rows).toEqual([{ hour: 494_051 }, { hour: 494_051 }])
  })

  it('never store the address itself', async () => {
    const handle = temp.fresh()
    await handle.repos.floodCounts.count('concern', '203.0.113.9', at('2026-05-12T10:00:00Z'))
    const dump = JSON.stringify(handle.sqlite.prepare('SELECT * FROM flood_counts').all())
    expect(dump).not.toContain('203.0.113')
    expect(dump).toContain('concern')
  })
})
