import { fail, formatPence, issue, type Issue, ok, type Result } from '@open-sds/kernel'
import { step, type Step } from '../explanation.js'
import type { AssessmentSetting } from '../policy/policy-function.js'
import type { CouncilPolicyInput } from '../policy/policy-schema.js'
import { nursingCareRate } from '../rates/nursing-care.js'
import { requireRate } from '../rates/rates-for.js'
import { capitalLimits } from '../rules/capital-limits.js'
import { assessCapital, type CapitalAssessment, type CapitalSetting } from '../rules/capital-rules.js'
import { housingCosts } from '../rules/housing-costs.js'
import { assessableIncome, assessIncome } from '../rules/income-rules.js'
import {
  CareHomeInputSchema,
  type CareHomeInput,
  type CareHomeInputInput,
  type FullCareHomeInput,
} from '../schemas/care-home-input.js'
import { CARE_BENEFITS } from '../schemas/income.js'
import type { ChargeAssessment, DraftCharge } from './charge-assessment.js'
import { chargeAtHome, incomeOptions } from './charge-at-home.js'
import { costOfCare } from './cost-of-care.js'
import { finalise, openingSteps } from './finalise.js'
import { checkConsent } from './light-touch.js'
import { prepare, type AssessOptions, type Prepared } from './prepare.js'
import { freeDraft, fullDraft, lightTouchDraft } from './simple-drafts.js'

const REGS = 'Care and Support (Charging and Assessment of Resources) Regulations 2014'
const CHOICE_REGS = 'Care and Support and After-care (Choice of Accommodation) Regulations 2014 (SI 2014/2670)'

type Permanent = Extract<FullCareHomeInput['stay'], { kind: 'permanent' }>

/** Weeks of the first 12-week property disregard this stay has (Sch 2 para 2): the balance after a recent earlier stay, or 12. */
const disregardWeeks = (stay: Permanent): number =>
  stay.earlierStay && stay.earlierStay.weeksBetweenStays <= 52 ? 12 - stay.earlierStay.disregardWeeksUsed : 12

/**
 * A care home resident paying from income: assessable income (with tariff income) less the personal expenses
 * allowance (reg 6) and, for a temporary resident, the costs of keeping their home; never more than the fee.
 */
function chargeResident(
  input: FullCareHomeInput,
  setting: AssessmentSetting,
  prepared: Prepared<CareHomeInput>,
  weeklyCostPence: number,
  steps: Step[] | undefined,
): Result<{ draft: DraftCharge; capital: CapitalAssessment }> {
  const { rates } = prepared
  const stay = input.stay
  const limits = capitalLimits(rates)
  if (!limits.ok) return limits
  const capitalSetting: CapitalSetting =
    stay.kind === 'permanent'
      ? { kind: 'care-home-permanent', weekOfStay: stay.weekOfStay, disregardWeeks: disregardWeeks(stay) }
      : { kind: 'care-home-temporary' }
  const capital = assessCapital(input.capital, capitalSetting, limits.value, steps)
  if (steps) {
    if (capital.homeCountsFrom)
      steps.push(
        step(
          'note',
          `Your home will count as capital from ${capital.homeCountsFrom}, and your charge will be assessed again then.`,
        ),
      )
    // "Less than or equal to" the upper limit (charging.md: deferred payment agreements).
    if (capital.homeCounted && capital.otherThanHomePence <= limits.value.upperPence) {
      steps.push(
        step(
          'note',
          `Your home counts as capital and your other capital (${formatPence(capital.otherThanHomePence)}) is not more than ${formatPence(limits.value.upperPence, { omitZeroPence: true })}, so the council must offer you a deferred payment agreement: the council pays the home and the amount you cannot pay from income is secured on your home, to be repaid later.`,
          { source: 'Care Act 2014 ss34-36; Care and Support (Deferred Payment) Regulations 2014 (SI 2014/2671)' },
        ),
      )
    }
  }
  if (capital.aboveUpperLimit) {
    steps?.push(
      step('charge', `As a full-cost payer your charge is the weekly fee: ${formatPence(weeklyCostPence)}.`, {
        weeklyPence: weeklyCostPence,
      }),
    )
    return ok({ draft: fullDraft(setting, weeklyCostPence, weeklyCostPence, weeklyCostPence, true), capital })
  }

  const issues: Issue[] = []
  const weekOfCouncilFunding = stay.kind === 'permanent' ? stay.weekOfCouncilFunding : undefined
  const income = assessIncome(
    input.income,
    { kind: 'care-home', weekOfCouncilFunding },
    rates,
    incomeOptions(prepared, input.person.memberOfCouple),
    steps,
  )
  if (!income.ok) issues.push(...income.errors)
  if (
    steps &&
    weekOfCouncilFunding !== undefined &&
    weekOfCouncilFunding >= 1 &&
    weekOfCouncilFunding <= 4 &&
    input.income.some((item) => (CARE_BENEFITS as readonly string[]).includes(item.kind))
  ) {
    steps.push(
      step(
        'note',
        'Attendance Allowance, DLA care and PIP daily living stop after 4 weeks of council-funded care; your charge will be assessed again from week 5.',
      ),
    )
  }
  const assessable = income.ok ? assessableIncome(income.value, capital.tariffWeeklyPence, steps) : 0
  const pea = requireRate(
    rates,
    'personalExpensesAllowance',
    'for the personal expenses allowance a care home resident keeps',
  )
  if (!pea.ok) issues.push(...pea.errors)
  if (!income.ok || !pea.ok) return fail(...issues)
  steps?.push(
    step('allowance', `Personal expenses allowance you keep (${rates.year}): ${formatPence(pea.value.pence)} a week.`, {
      weeklyPence: pea.value.pence,
      source: `${REGS}, regulation 6; ${pea.value.source}`,
    }),
  )

  let homeCosts = 0
  if (stay.kind !== 'permanent') {
    // A temporary resident still pays to keep their home; the council must allow for it (charging.md: not yet confirmed).
    homeCosts = input.housing ? housingCosts(input.housing, steps) : 0
    if (!input.housing)
      steps?.push(
        step(
          'allowance',
          'Costs of keeping your home: none given. Tell the council about rent, mortgage interest or council tax you still pay, and they will be allowed.',
          { weeklyPence: 0 },
        ),
      )
  }
  const maximum = Math.max(0, assessable - pea.value.pence - homeCosts)
  const charge = Math.min(maximum, weeklyCostPence)
  steps?.push(
    step(
      'charge',
      `Your charge is the lesser of your assessable income less the allowances (${formatPence(maximum)}) and the weekly fee (${formatPence(weeklyCostPence)}): ${formatPence(charge)}.`,
      {
        weeklyPence: charge,
        source: 'Care Act 2014 s14(4)',
      },
    ),
  )
  return ok({ draft: fullDraft(setting, weeklyCostPence, charge, maximum, false), capital })
}

/** NHS-funded nursing care is paid by the NHS to the home, so the council charges only for the rest of the fee. */
function lessNursingCare(
  input: CareHomeInput,
  prepared: Prepared<CareHomeInput>,
  feeWeeklyPence: number,
  steps: Step[] | undefined,
): Result<{ costPence: number; nursingPence: number }> {
  if (!input.nursingCare) return ok({ costPence: feeWeeklyPence, nursingPence: 0 })
  const { band, weeklyPence } = input.nursingCare
  let nursingPence = weeklyPence
  let source = 'the amount the NHS pays, as given'
  if (nursingPence === undefined) {
    const found = nursingCareRate(prepared.date, band)
    if (!found.ok) return found
    nursingPence = found.value.pence
    source = found.value.source
  }
  if (nursingPence > feeWeeklyPence) {
    return fail(
      issue(
        'nursingCare.weeklyPence',
        `NHS-funded nursing care (${formatPence(nursingPence)} a week) is more than the fee (${formatPence(feeWeeklyPence)}): give the home's whole weekly fee, including the nursing care the NHS pays`,
      ),
    )
  }
  const costPence = feeWeeklyPence - nursingPence
  steps?.push(
    step(
      'service',
      `NHS-funded nursing care (${band} rate): ${formatPence(nursingPence)} a week, paid by the NHS straight to the home, so it is not part of what you can be charged for. The care you can be charged for costs ${formatPence(costPence)} a week.`,
      {
        weeklyPence: costPence,
        source: `NHS-funded nursing care (NHS.uk); ${source}`,
      },
    ),
  )
  return ok({ costPence, nursingPence })
}

/** Who may pay a top-up (SI 2014/2670): anyone willing and able under a written agreement; the resident only in three cases. */
function checkTopUp(
  input: CareHomeInput,
  capital: CapitalAssessment | undefined,
  steps: Step[] | undefined,
): Result<true> {
  const topUp = input.topUp
  if (!topUp) return ok(true)
  if (topUp.paidBy === 'resident') {
    const s117 = input.placement.kind === 'mental-health-aftercare-s117'
    const allowed = capital?.inTwelveWeekDisregard === true || input.deferredPaymentAgreement || s117
    if (!allowed) {
      return fail(
        issue(
          'topUp.paidBy',
          'A resident may pay their own top-up only while their home is disregarded for the first 12 weeks, under a deferred payment agreement, or for after-care under section 117 of the Mental Health Act; otherwise someone else (a relative, friend or charity) may pay it',
        ),
      )
    }
    const how = input.deferredPaymentAgreement
      ? 'It is added to the amount deferred under your deferred payment agreement.'
      : s117
        ? 'This is allowed for section 117 after-care.'
        : 'This is allowed while your home is disregarded for the first 12 weeks.'
    steps?.push(
      step(
        'note',
        `Top-up of ${formatPence(topUp.weeklyPence)} a week for the more expensive accommodation you chose, paid by you (${topUp.payer}) under a written agreement. ${how} It is not part of your assessed charge.`,
        { weeklyPence: topUp.weeklyPence, source: CHOICE_REGS },
      ),
    )
    return ok(true)
  }
  steps?.push(
    step(
      'note',
      `Top-up of ${formatPence(topUp.weeklyPence)} a week for the more expensive accommodation you chose, paid by ${topUp.payer} under a written agreement with the council. It is not part of your assessed charge, and the council stays responsible for the whole fee to the home.`,
      {
        weeklyPence: topUp.weeklyPence,
        source: CHOICE_REGS,
      },
    ),
  )
  return ok(true)
}

const settingOf = (input: CareHomeInput): AssessmentSetting =>
  input.stay.kind === 'permanent'
    ? 'care-home-permanent'
    : input.stay.kind === 'temporary'
      ? 'care-home-temporary'
      : 'care-home-short-term'

/** The rules' draft charge for a care home placement. Explanation lines go to `steps` when given; the figure is the same either way. */
export function careHomeDraft(prepared: Prepared<CareHomeInput>, steps: Step[] | undefined): Result<DraftCharge> {
  const { input, policy } = prepared
  const setting = settingOf(input)
  const fee = costOfCare([input.placement], () => 'placement', steps)
  if (!fee.ok) return fee
  if (fee.value.chargeable === 0) {
    const topUp = checkTopUp(input, undefined, steps)
    return topUp.ok ? ok(freeDraft(setting)) : topUp
  }
  const cost = lessNursingCare(input, prepared, fee.value.weeklyPence, steps)
  if (!cost.ok) return cost
  const weeklyCostPence = cost.value.costPence

  if (input.route === 'light-touch') {
    const consent = checkConsent(input.lightTouch, prepared.date)
    if (!consent.ok) return consent
    const topUp = checkTopUp(input, undefined, steps)
    return topUp.ok ? ok(lightTouchDraft(setting, input.lightTouch, weeklyCostPence, steps)) : topUp
  }
  const stay = input.stay
  if (stay.kind === 'short-term' && policy.shortTermResidents === 'as-if-at-home') {
    steps?.push(
      step(
        'note',
        `A short-term stay of up to 8 weeks (${stay.plannedWeeks} planned) is charged as if you were living at home, as ${policy.name} has chosen.`,
        { source: `${REGS}, regulation 8` },
      ),
    )
    const asIfAtHome = {
      route: 'full' as const,
      person: input.person,
      capital: input.capital,
      income: input.income,
      housing: input.housing ?? { costs: [], housingBenefitWeeklyPence: 0, councilTaxReductionWeeklyPence: 0 },
      dre: input.dre ?? { basis: 'none' as const },
      services: [input.placement],
    }
    // A care home provides care through the night, so the night-care element is counted.
    const draft = chargeAtHome(asIfAtHome, prepared, setting, weeklyCostPence, steps, {
      kind: 'care-home',
      weekOfCouncilFunding: undefined,
    })
    if (!draft.ok) return draft
    const topUp = checkTopUp(input, undefined, steps)
    return topUp.ok ? draft : topUp
  }
  if (stay.kind === 'short-term') {
    steps?.push(
      step(
        'note',
        `A short-term stay of up to 8 weeks (${stay.plannedWeeks} planned) is charged as a temporary stay, as ${policy.name} has chosen: you keep the personal expenses allowance and the costs of keeping your home.`,
        { source: `${REGS}, regulation 8` },
      ),
    )
  }
  if (stay.kind === 'short-term' && input.dre !== undefined) {
    return fail(
      issue(
        'dre',
        `${policy.name} charges short-term residents as temporary residents, so disability-related expenditure does not apply: leave dre out`,
      ),
    )
  }
  const resident = chargeResident(input, setting, prepared, weeklyCostPence, steps)
  if (!resident.ok) return resident
  const topUp = checkTopUp(input, resident.value.capital, steps)
  return topUp.ok ? ok(resident.value.draft) : topUp
}

/**
 * Financial assessment for a care home placement: a permanent resident keeps the personal expenses allowance;
 * a temporary resident also keeps the costs of their home; a short-term resident (up to 8 weeks) is assessed as if
 * at home or as a temporary resident, as the council chooses (reg 8). NHS-funded nursing care is taken off the fee,
 * and a top-up is checked against who may pay it.
 */
export function assessCareHome(
  input: CareHomeInputInput,
  policy: CouncilPolicyInput,
  options: AssessOptions,
): Result<ChargeAssessment> {
  const prepared = prepare(CareHomeInputSchema, input, policy, options)
  if (!prepared.ok) return prepared
  const steps = openingSteps(prepared.value)
  const draft = careHomeDraft(prepared.value, steps)
  if (!draft.ok) return draft
  return finalise(draft.value, prepared.value, steps)
}
