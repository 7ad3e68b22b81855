import { formatPence } from '@open-sds/kernel'
import { z } from 'zod'
import { CAPITAL_RATE_KEYS, HIGHER_IS_MORE_GENEROUS, RATE_KEYS, RATE_LABELS, type RateKey } from './rate-keys.js'
import { RatesYearSchema, RateStatusSchema, type Rate, type YearRates } from './rate-schema.js'
import { nationalRateTables } from './national-tables.js'

export const formatRate = (key: RateKey, pence: number): string =>
  CAPITAL_RATE_KEYS.has(key) ? formatPence(pence, { omitZeroPence: true }) : `${formatPence(pence)} a week`

export const RateOverrideSchema = z.strictObject({
  pence: z
    .number({ error: 'The rate must be a number of pence (for example 17175 for £171.75)' })
    .int({ error: 'The rate must be a whole number of pence (for example 17175 for £171.75)' })
    .min(0, { error: 'The rate must be 0 or more, in pence' })
    .max(100_000_000_00, { error: 'The rate is implausibly large: check it is in pence' }),
  source: z.string({ error: 'Say where the rate comes from (source), so the explanation can cite it' }).trim().min(1, {
    error: 'Say where the rate comes from (source), so the explanation can cite it',
  }),
  status: RateStatusSchema.default('confirmed'),
})
export type RateOverride = z.infer<typeof RateOverrideSchema>

const YearOverridesSchema = z.partialRecord(
  z.enum(RATE_KEYS, { error: 'This is not a rate the engine uses: check its name' }),
  RateOverrideSchema,
)

const nationalByYear = new Map(nationalRateTables.map((table) => [table.year, table.rates]))

const emptyYear = (): YearRates => Object.fromEntries(RATE_KEYS.map((key) => [key, null])) as YearRates

/** A year's rates with the council's overrides laid over the national table (or over nothing, for a year not yet published). */
export function mergeYear(year: string, overrides: Partial<Record<RateKey, RateOverride>> | undefined): YearRates {
  const merged = { ...(nationalByYear.get(year) ?? emptyYear()) }
  for (const key of RATE_KEYS) {
    const supplied = overrides?.[key]
    if (supplied)
      merged[key] = { pence: supplied.pence, source: supplied.source, status: supplied.status } satisfies Rate
  }
  return merged
}

/**
 * Rates a council supplies or replaces, by charging year. A confirmed national rate may only be replaced in the
 * person's favour; a derived or unverified one may be corrected either way, because the council may hold the
 * confirmed figure (charging.md asks for the 2024/25 figures to be checked against SI 2024/325).
 */
export const RateOverridesSchema = z
  .record(RatesYearSchema, YearOverridesSchema)
  .default({})
  .superRefine((byYear, ctx) => {
    for (const [year, overrides] of Object.entries(byYear)) {
      const national = nationalByYear.get(year)
      for (const key of RATE_KEYS) {
        const supplied = overrides[key]
        const official = national?.[key]
        if (!supplied || !official || official.status !== 'confirmed') continue
        const lessGenerous = HIGHER_IS_MORE_GENEROUS[key]
          ? supplied.pence < official.pence
          : supplied.pence > official.pence
        if (lessGenerous) {
          ctx.addIssue({
            code: 'custom',
            path: [year, key, 'pence'],
            message: `The council's ${RATE_LABELS[key]} for ${year} (${formatRate(key, supplied.pence)}) is less generous than the national rate (${formatRate(key, official.pence)}, ${official.source}); a council may be more generous than the rules, never less`,
          })
        }
      }
      const merged = mergeYear(year, overrides)
      if (merged.tariffCapitalStep?.pence === 0) {
        ctx.addIssue({
          code: 'custom',
          path: [year, 'tariffCapitalStep', 'pence'],
          message: `The tariff income capital step for ${year} must be more than £0`,
        })
      }
      const upper = merged.capitalUpperLimit?.pence
      const lower = merged.capitalLowerLimit?.pence
      if (upper !== undefined && lower !== undefined && upper < lower) {
        ctx.addIssue({
          code: 'custom',
          path: [year, 'capitalUpperLimit', 'pence'],
          message: `The upper capital limit for ${year} (${formatPence(upper, { omitZeroPence: true })}) is below the lower capital limit (${formatPence(lower, { omitZeroPence: true })})`,
        })
      }
    }
  })
export type RateOverrides = z.infer<typeof RateOverridesSchema>
export type RateOverridesInput = z.input<typeof RateOverridesSchema>
