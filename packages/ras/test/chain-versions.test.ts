import { describe, expect, it } from 'vitest'
import { chainRasVersions, selectConfigForDate, type RasConfig } from '../src/index.js'
import { tinyRas } from './fixtures.js'

const version = (versionName: string, effectiveFrom: string, effectiveTo?: string): RasConfig => ({
  ...tinyRas,
  version: versionName,
  effectiveFrom,
  ...(effectiveTo ? { effectiveTo } : {}),
})

function chained(entries: { config: RasConfig; source: string }[]) {
  const result = chainRasVersions(entries)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.value
}

describe('chaining RAS versions (moved from the portal)', () => {
  it('ends each version the day before the next starts, so exactly one is in force on any day from the first', () => {
    const chain = chained([
      { config: version('2', '2026-04-06'), source: 'published by an administrator' },
      { config: version('1', '2025-04-01'), source: 'example-county' },
    ])
    expect(chain.versions.map(({ config }) => [config.version, config.effectiveFrom, config.effectiveTo])).toEqual([
      ['1', '2025-04-01', '2026-04-05'],
      ['2', '2026-04-06', undefined],
    ])
    const configs = chain.versions.map((entry) => entry.config)
    for (const [day, expected] of [
      ['2026-04-05', '1'],
      ['2026-04-06', '2'],
      ['2030-01-01', '2'],
    ] as const) {
      const selected = selectConfigForDate(configs, day)
      expect(selected.ok && selected.value.version).toBe(expected)
    }
    expect(chain.explanation).toEqual([
      `"${tinyRas.id}" version 1 (example-county) is in force from 1 April 2025 to 5 April 2026.`,
      `"${tinyRas.id}" version 2 (published by an administrator) is in force from 6 April 2026 onwards.`,
    ])
    expect(chain.rulesVersion).toBe('ras-rules-2026.1')
  })

  it('keeps an earlier end a version already had', () => {
    const chain = chained([
      { config: version('1', '2025-04-01', '2025-12-31'), source: 'plugin' },
      { config: version('2', '2026-04-06'), source: 'plugin' },
    ])
    expect(chain.versions[0]?.config.effectiveTo).toBe('2025-12-31')
  })

  it('refuses two versions that start on the same day, naming both', () => {
    const result = chainRasVersions([
      { config: version('1', '2025-04-01'), source: 'example-county' },
      { config: version('2', '2025-04-01'), source: 'published by an administrator' },
    ])
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'versions.1.config.effectiveFrom',
        message: `RAS "${tinyRas.id}" version 1 (example-county) and "${tinyRas.id}" version 2 (published by an administrator) both start on 1 April 2025: give one a later start`,
      },
    ])
  })

  it('never throws on something that is not a list of versions', () => {
    for (const given of [undefined, 'ras', [{ config: {}, source: 'x' }], [{ config: tinyRas }]])
      expect(chainRasVersions(given).ok).toBe(false)
  })
})
