import { formatLongDate } from '@open-sds/questionnaire'
import { fail, issue, ok, parse, type Result } from '@open-sds/kernel'
import { z } from 'zod'
import { RasConfigSchema, type RasConfig } from './config-schema.js'
import { RAS_RULES_VERSION } from './version.js'

export const RasVersionEntrySchema = z.strictObject({
  config: RasConfigSchema,
  /** Who supplied it, in words: a plugin's name, or "published by an administrator". */
  source: z.string().trim().min(1, { error: 'Say where each RAS version came from' }),
})
export const RasVersionsSchema = z.array(RasVersionEntrySchema)

export type RasVersionEntry = { config: RasConfig; source: string }
export type RasVersionChain = { versions: RasVersionEntry[]; explanation: string[]; rulesVersion: string }

function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

/**
 * A council's RAS versions (from its plugin and those an administrator published) as one effective-dated chain: each
 * version ends the day before the next one starts (or earlier, when it says so), so exactly one is in force on any
 * date from the first and `selectConfigForDate` always finds one. Two versions starting on the same day cannot be
 * chained: which one applies would be a guess. Never throws.
 */
export function chainRasVersions(given: unknown): Result<RasVersionChain> {
  const parsed = parse(RasVersionsSchema, given, 'versions')
  if (!parsed.ok) return parsed
  const sorted = [...parsed.value].sort((a, b) => a.config.effectiveFrom.localeCompare(b.config.effectiveFrom))
  const clash = sorted.findIndex(
    (entry, index) => index > 0 && sorted[index - 1]?.config.effectiveFrom === entry.config.effectiveFrom,
  )
  if (clash > 0) {
    const [first, second] = [sorted[clash - 1], sorted[clash]]
    return fail(
      issue(
        `versions.${clash}.config.effectiveFrom`,
        `RAS "${first?.config.id}" version ${first?.config.version} (${first?.source}) and "${second?.config.id}" version ${second?.config.version} (${second?.source}) both start on ${formatLongDate(second?.config.effectiveFrom ?? '')}: give one a later start`,
      ),
    )
  }
  const versions = sorted.map((entry, index) => {
    const next = sorted[index + 1]
    if (!next) return entry
    const end = dayBefore(next.config.effectiveFrom)
    const effectiveTo = entry.config.effectiveTo && entry.config.effectiveTo < end ? entry.config.effectiveTo : end
    return { ...entry, config: { ...entry.config, effectiveTo } }
  })
  const explanation = versions.map(
    ({ config, source }) =>
      `"${config.id}" version ${config.version} (${source}) is in force from ${formatLongDate(config.effectiveFrom)} ${config.effectiveTo ? `to ${formatLongDate(config.effectiveTo)}` : 'onwards'}.`,
  )
  return ok({ versions, explanation, rulesVersion: RAS_RULES_VERSION })
}
