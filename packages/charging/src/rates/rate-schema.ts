import { z } from 'zod'
import type { RateKey } from './rate-keys.js'

/** How sure we are of a figure, copied from the domain notes' marks. */
export const RateStatusSchema = z.enum(['confirmed', 'derived', 'unverified'], {
  error:
    'Status must be "confirmed", "derived" (worked out from confirmed figures) or "unverified" (seen only in a secondary source)',
})
export type RateStatus = z.infer<typeof RateStatusSchema>

export type Rate = { pence: number; source: string; status: RateStatus }

/** `null` is a rate not yet gathered ("-" in the notes): an assessment that needs it must stop, never guess. */
export type YearRates = Record<RateKey, Rate | null>

/** A charging year such as "2024/25". */
export const RatesYearSchema = z
  .string({ error: 'A rates year must be written like "2025/26"' })
  .regex(/^\d{4}\/\d{2}$/, { error: 'A rates year must be written like "2025/26"' })
  .refine((year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)), {
    error: 'A rates year must be two consecutive years, like "2025/26"',
  })
export type RatesYear = z.infer<typeof RatesYearSchema>

export type NationalRateTable = { year: RatesYear; rates: YearRates }

/** The rate table in force on a date, after any council overrides. */
export type RateTable = {
  year: RatesYear
  /** 6 April of the year's first calendar year. */
  effectiveFrom: string
  /** The last day the table is in force (5 April of the next year). */
  effectiveTo: string
  rates: YearRates
  /** Rates the council supplied or replaced through its policy. */
  overridden: RateKey[]
}

export const ratesYearStarting = (startYear: number): RatesYear =>
  `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`
