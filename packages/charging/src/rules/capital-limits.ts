import { fail, ok, type Result } from '@open-sds/kernel'
import type { RateTable } from '../rates/rate-schema.js'
import { requireRate } from '../rates/rates-for.js'
import type { CapitalLimits } from './capital-rules.js'

type CouncilLimits = { upperPence?: number; lowerPence?: number }

// Worked out once per rate table and council: the figure-only calculator asks for them for every person.
const cache = new WeakMap<RateTable, WeakMap<CouncilLimits, Result<CapitalLimits>>>()
const NATIONAL: CouncilLimits = {}

/** The capital limits and tariff steps for the year, with a council's higher non-residential limits where it has them. */
export function capitalLimits(rates: RateTable, council: CouncilLimits = NATIONAL): Result<CapitalLimits> {
  let byCouncil = cache.get(rates)
  if (!byCouncil) cache.set(rates, (byCouncil = new WeakMap()))
  let found = byCouncil.get(council)
  if (!found) byCouncil.set(council, (found = workOutLimits(rates, council)))
  return found
}

function workOutLimits(rates: RateTable, council: CouncilLimits): Result<CapitalLimits> {
  const needed = 'to assess capital'
  const found = [
    requireRate(rates, 'capitalUpperLimit', needed),
    requireRate(rates, 'capitalLowerLimit', needed),
    requireRate(rates, 'tariffCapitalStep', needed),
    requireRate(rates, 'tariffWeeklyPerStep', needed),
  ] as const
  const [upper, lower, stepRate, perStep] = found
  if (!upper.ok || !lower.ok || !stepRate.ok || !perStep.ok)
    return fail(...found.flatMap((r) => (r.ok ? [] : r.errors)))
  return ok({
    upperPence: council.upperPence ?? upper.value.pence,
    lowerPence: council.lowerPence ?? lower.value.pence,
    stepPence: stepRate.value.pence,
    perStepWeeklyPence: perStep.value.pence,
  })
}
