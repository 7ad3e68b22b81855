import { rates2023to24 } from './2023-24.js'
import { rates2024to25 } from './2024-25.js'
import { rates2025to26 } from './2025-26.js'
import { rates2026to27 } from './2026-27.js'
import { frozenYears, rates2022to23 } from './historic.js'
import type { NationalRateTable } from './rate-schema.js'

/** The national tables in year order; each is in force from 6 April of its first year (the amending regulations' date). */
export const nationalRateTables: readonly NationalRateTable[] = [
  ...frozenYears,
  rates2022to23,
  rates2023to24,
  rates2024to25,
  rates2025to26,
  rates2026to27,
]
