import { fail, formatLongDate, formatPence, issue, ok, parse, type Result, toCalendarDate } from '@open-sds/kernel'
import { z } from 'zod'
import { assessFinancialAnswers } from '../answers/answers-to-input.js'
import type { ChargeAssessment } from '../assess/charge-assessment.js'
import { CouncilPolicySchema, type CouncilPolicyInput } from '../policy/policy-schema.js'
import { chargingYearOf, ratesFor } from '../rates/rates-for.js'
import { ratesTakeEffect } from '../rates/rates-take-effect.js'
import { penceField } from '../schemas/fields.js'
import { RULES_VERSION } from '../version.js'

const personId = z.string().trim().min(1, { error: 'Each charge needs the id of the person it is for' })

export const UpratingInputSchema = z.strictObject({
  /** The day the new rates take effect. */
  date: z.string({ error: 'Enter the date the new rates take effect, like 2026-04-06' }),
  /** Each person's current confirmed charge, with the answers and cost of care it was worked out on. */
  current: z.array(
    z.strictObject({
      personId,
      versionId: z.string().trim().min(1, { error: 'Each charge needs the id of its version' }),
      answers: z.unknown(),
      weeklyChargePence: penceField('The current weekly charge').nullable(),
      weeklyCostOfCarePence: penceField('The weekly cost of care stored with the charge').nullable(),
      ratesYear: z.string().nullable(),
    }),
  ),
  /** People whose latest assessment waits for a finance officer: what they pay is not settled, so they are left out. */
  awaitingReview: z.array(z.strictObject({ personId })).default([]),
})
export type UpratingInput = z.input<typeof UpratingInputSchema>

export type UpratingChange = {
  personId: string
  versionId: string
  fromPence: number
  toPence: number
  fromYear: string
  assessment: ChargeAssessment
}

export type UpratingPlan = {
  date: string
  ratesYear: string
  policy: { name: string; version: string }
  changes: UpratingChange[]
  /** People whose charge could not be worked out under the new rates, and why: an uprating with any is refused. */
  problems: { personId: string; message: string }[]
  /** People left out because their latest assessment still waits for a finance officer. */
  awaitingReview: string[]
  totals: { people: number; up: number; down: number; same: number; beforePence: number; afterPence: number }
  explanation: string[]
  rulesVersion: string
}

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`

/**
 * The yearly uprating: every person's current confirmed charge worked out again under the rates in force on `date`
 * and the council's current policy, from the answers stored with it and its cost of care. Nothing is written: this
 * is the report of who goes up or down and by how much, and who is left out and why. Never throws.
 */
export function planUprating(given: unknown, policy: CouncilPolicyInput): Result<UpratingPlan> {
  const parsed = parse(UpratingInputSchema, given)
  if (!parsed.ok) return parsed
  const { current, awaitingReview } = parsed.value
  const date = toCalendarDate(parsed.value.date, 'date', 'The date the new rates take effect')
  if (!date.ok || !/^\d{4}-\d{2}-\d{2}$/.test(parsed.value.date))
    return fail(issue('date', 'Enter the date the new rates take effect, like 2026-04-06'))
  const takeEffect = ratesTakeEffect(Number(date.value.slice(0, 4)))
  if (date.value.slice(5, 7) === '04' && date.value < takeEffect)
    return fail(
      issue(
        'date',
        `The ${chargingYearOf(takeEffect)} rates take effect on ${formatLongDate(takeEffect)}, the date the amending regulations give: on ${formatLongDate(date.value)} the ${chargingYearOf(date.value)} rates are still in force. Enter ${formatLongDate(takeEffect)} or later, even if the council bills from the first Monday of April`,
      ),
    )
  const council = CouncilPolicySchema.safeParse(policy)
  if (!council.success) return fail(issue('policy', 'The charging policy is not valid: check it at start-up'))
  const table = ratesFor(date.value, council.data.rateOverrides)
  if (!table.ok) return table

  const changes: UpratingChange[] = []
  const problems: UpratingPlan['problems'] = []
  for (const charge of current) {
    if (charge.weeklyCostOfCarePence === null || charge.weeklyChargePence === null) {
      problems.push({
        personId: charge.personId,
        message:
          'The confirmed charge has no weekly charge or cost of care stored with it, so it cannot be worked out again: correct it first.',
      })
      continue
    }
    const result = assessFinancialAnswers(
      { answers: charge.answers, costOfCareWeeklyPence: charge.weeklyCostOfCarePence },
      policy,
      { now: date.value },
    )
    if (!result.ok) {
      problems.push({ personId: charge.personId, message: result.errors.map((found) => found.message).join(' ') })
      continue
    }
    changes.push({
      personId: charge.personId,
      versionId: charge.versionId,
      fromPence: charge.weeklyChargePence,
      toPence: result.value.weeklyChargePence,
      fromYear: charge.ratesYear ?? '',
      assessment: result.value,
    })
  }
  const totals = {
    people: changes.length,
    up: changes.filter((change) => change.toPence > change.fromPence).length,
    down: changes.filter((change) => change.toPence < change.fromPence).length,
    same: changes.filter((change) => change.toPence === change.fromPence).length,
    beforePence: changes.reduce((sum, change) => sum + change.fromPence, 0),
    afterPence: changes.reduce((sum, change) => sum + change.toPence, 0),
  }
  const ratesYear = chargingYearOf(date.value)
  const explanation = [
    `Every confirmed charge worked out again with the ${ratesYear} rates from ${formatLongDate(date.value)} and ${council.data.name}, version ${council.data.version}.`,
    `${people(totals.people)}: ${totals.up} up, ${totals.down} down, ${totals.same} the same; ${formatPence(totals.beforePence)} a week in all before, ${formatPence(totals.afterPence)} after.`,
  ]
  if (problems.length > 0)
    explanation.push(
      `${people(problems.length)} could not be worked out again, so the uprating cannot be confirmed until they are corrected.`,
    )
  if (awaitingReview.length > 0) {
    explanation.push(
      `${people(awaitingReview.length)} left out: their latest assessment waits for a finance officer. Confirming it before the uprating includes them.`,
    )
  }
  return ok({
    date: date.value,
    ratesYear,
    policy: { name: council.data.name, version: council.data.version },
    changes,
    problems,
    awaitingReview: awaitingReview.map((entry) => entry.personId),
    totals,
    explanation,
    rulesVersion: RULES_VERSION,
  })
}
