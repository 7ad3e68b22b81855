import { step, type Step } from '../explanation.js'
import { formatPounds, formatWholePounds } from '../money.js'
import type { CouncilPolicyInput } from '../policy/policy-schema.js'
import { requireRate } from '../rates/rates-for.js'
import { fail, ok, type Issue, type Result } from '../result.js'
import { capitalLimits } from '../rules/capital-limits.js'
import { assessCapital } from '../rules/capital-rules.js'
import { assessableIncome, assessIncome } from '../rules/income-rules.js'
import { CareHomeInputSchema, type CareHomeInputInput, type FullCareHomeInput } from '../schemas/care-home-input.js'
import { CARE_BENEFITS } from '../schemas/income.js'
import type { ChargeAssessment, DraftCharge } from './charge-assessment.js'
import { chargeAtHome } from './charge-at-home.js'
import { costOfCare } from './cost-of-care.js'
import { finalise } from './finalise.js'
import { prepare, type AssessOptions, type Prepared } from './prepare.js'
import { freeDraft, fullDraft, lightTouchDraft } from './simple-drafts.js'

type Permanent = Extract<FullCareHomeInput['stay'], { kind: 'permanent' }>

/**
 * A permanent resident: assessable income (with tariff income) less the personal expenses allowance (reg 6),
 * never more than the weekly fee. The main home is ignored for 12 weeks, or while a partner or qualifying relative lives there.
 */
function chargePermanent(input: FullCareHomeInput, stay: Permanent, prepared: Prepared<unknown>, cost: { weeklyPence: number; steps: Step[] }): Result<DraftCharge> {
  const { rates, policy } = prepared
  const steps: Step[] = [...cost.steps]
  const draft = fullDraft('care-home-permanent', cost.weeklyPence, steps)

  const limits = capitalLimits(rates)
  if (!limits.ok) return limits
  const capital = assessCapital(input.capital, { kind: 'care-home', weekOfStay: stay.weekOfStay }, limits.value)
  steps.push(...capital.steps)
  if (capital.homeCountsFromWeek13) {
    steps.push(step('note', 'From week 13 of your permanent stay your home will count as capital, and your charge will be assessed again.'))
  }
  if (capital.homeCounted && capital.otherThanHomePence < limits.value.upperPence) {
    steps.push(
      step(
        'note',
        `Your home counts as capital and your other capital is below ${formatWholePounds(limits.value.upperPence)}, so the council must offer you a deferred payment agreement; under one you may keep up to £144 a week.`,
        { source: 'Care Act 2014 ss34-36' },
      ),
    )
  }
  if (capital.aboveUpperLimit) {
    steps.push(step('charge', `As a full-cost payer your charge is the weekly fee: ${formatPounds(cost.weeklyPence)}.`, { weeklyPence: cost.weeklyPence }))
    return ok(draft(cost.weeklyPence, cost.weeklyPence, true))
  }

  const issues: Issue[] = []
  const income = assessIncome(input.income, { kind: 'care-home', weekOfCouncilFunding: stay.weekOfCouncilFunding }, rates, policy)
  const pea = requireRate(rates, 'personalExpensesAllowance', 'for the personal expenses allowance a care home resident keeps')
  if (!income.ok) issues.push(...income.errors)
  if (!pea.ok) issues.push(...pea.errors)
  if (!income.ok || !pea.ok) return fail(issues)

  const { weeklyPence: assessable, step: assessableStep } = assessableIncome(income.value.countedWeeklyPence, capital.tariffWeeklyPence)
  steps.push(...income.value.steps)
  const careBenefitStopsLater = stay.weekOfCouncilFunding >= 1 && stay.weekOfCouncilFunding <= 4 && input.income.some((item) => (CARE_BENEFITS as readonly string[]).includes(item.kind))
  if (careBenefitStopsLater) {
    steps.push(step('note', 'Attendance Allowance, DLA care and PIP daily living stop after 4 weeks of council-funded care; your charge will be assessed again from week 5.'))
  }
  steps.push(assessableStep)
  steps.push(step('allowance', `Personal expenses allowance you keep (${rates.year}): ${formatPounds(pea.value.pence)} a week.`, { weeklyPence: pea.value.pence, source: pea.value.source }))
  const maximum = Math.max(0, assessable - pea.value.pence)
  const charge = Math.min(maximum, cost.weeklyPence)
  steps.push(
    step('charge', `Your charge is the lesser of your assessable income less the allowance (${formatPounds(maximum)}) and the weekly fee (${formatPounds(cost.weeklyPence)}): ${formatPounds(charge)}.`, {
      weeklyPence: charge,
      source: 'Care Act 2014 s14(4)',
    }),
  )
  return ok(draft(charge, maximum, false))
}

/**
 * Financial assessment for a care home placement. A permanent resident keeps the personal expenses allowance;
 * a short-term resident (up to 8 weeks) is assessed as if at home (reg 8).
 */
export function assessCareHome(input: CareHomeInputInput, policy: CouncilPolicyInput, options: AssessOptions): Result<ChargeAssessment> {
  const prepared = prepare(CareHomeInputSchema, input, policy, options)
  if (!prepared.ok) return prepared
  const { input: parsed } = prepared.value
  const setting = parsed.stay.kind === 'permanent' ? 'care-home-permanent' : 'care-home-short-term'
  const cost = costOfCare([parsed.placement], () => 'placement')
  if (!cost.ok) return cost

  let draft: Result<DraftCharge>
  if (cost.value.chargeable === 0) draft = ok(freeDraft(setting, cost.value.steps))
  else if (parsed.route === 'light-touch') draft = ok(lightTouchDraft(setting, parsed.lightTouch, cost.value))
  else if (parsed.stay.kind === 'permanent') draft = chargePermanent(parsed, parsed.stay, prepared.value, cost.value)
  else {
    const shortStay = step('note', `A short-term stay of up to 8 weeks (${parsed.stay.plannedWeeks} planned) is charged as if you were living at home.`, {
      source: 'Care and Support (Charging and Assessment of Resources) Regulations 2014, regulation 8',
    })
    const asIfAtHome = {
      route: 'full' as const,
      person: parsed.person,
      capital: parsed.capital,
      income: parsed.income,
      housing: parsed.housing ?? { costs: [], housingBenefitWeeklyPence: 0, councilTaxReductionWeeklyPence: 0 },
      dre: parsed.dre ?? { basis: 'none' as const },
      // A care home provides care through the night, so the night-care element is counted.
      nightCareProvided: true,
      services: [parsed.placement],
    }
    draft = chargeAtHome(asIfAtHome, prepared.value, setting, { weeklyPence: cost.value.weeklyPence, steps: [shortStay, ...cost.value.steps] })
  }
  if (!draft.ok) return draft
  return finalise(draft.value, prepared.value)
}
