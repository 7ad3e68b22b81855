import { rates2023to24 } from './2023-24.js'
import { rates2024to25 } from './2024-25.js'
import { rates2025to26 } from './2025-26.js'
import { rates2026to27 } from './2026-27.js'
import type { NationalRateTable } from './rate-schema.js'

/** The national tables in year order; each is in force from the first Monday of April of its first year. */
export const nationalRateTables: readonly NationalRateTable[] = [rates2023to24, rates2024to25, rates2025to26, rates2026to27]
