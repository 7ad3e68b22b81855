import { formatPence, parsePounds } from '@open-sds/kernel'
import { carers as carerRules } from '@open-sds/plugin-sdk'
import type { CarersPolicy } from '@open-sds/plugin-sdk'
import type { CarerBudgetDelivery, CarerEmergencyPlan, CarerPlanRecord } from '@open-sds/db'
import type { AppContext } from '~/.server/context'
import type { FieldError } from '~/.server/forms'
import { handlesWork } from '../_work+/work.server'
import { DELIVERY_WORDS, INCOME_FIELDS, PER_WORDS, SUPPORT_ROWS } from './__plan-fields'

const notFound = () =>
  new Response('There is no carer at this address whose plan you can see.', { status: 404, statusText: 'Not Found' })

/**
 * The carer, for a practitioner in a team that handles carers' assessments or with the carer on their caseload; anyone
 * else, and someone who is not a carer (no sent self-assessment), are told there is nothing here.
 */
export async function carerForPractitioner(context: AppContext, viewerId: string, personId: string) {
  const { carers, people } = context.database.repos
  const inTeam = await handlesWork(context, viewerId, 'carer-assessment')
  const onCaseload = (await people.relationshipOf(viewerId, personId)) === 'practitioner'
  if (!inTeam && !onCaseload) throw notFound()
  const carer = await people.findById(personId)
  const sent = carer ? (await carers.listAssessments(carer.id)).find((each) => each.status === 'submitted') : undefined
  if (!carer || !sent) throw notFound()
  return { carer, determination: await carers.latestDetermination(sent.id) }
}

/** The latest determination on the carer's latest sent self-assessment: what a plan is agreed on. */
export async function currentDetermination(context: AppContext, carerPersonId: string) {
  const { carers } = context.database.repos
  const sent = (await carers.listAssessments(carerPersonId)).find((each) => each.status === 'submitted')
  return sent ? carers.latestDetermination(sent.id) : undefined
}

/** The indicative budget from the council's allocation, worked out from what the determination found. */
export function indicativeBudget(policy: CarersPolicy, determination: unknown, today: string) {
  const found = determination as carerRules.CarerEligibilityDetermination
  const allocated = carerRules.allocateCarersBudget(policy.allocations, {
    eligible: found.eligible,
    healthAtRisk: found.determination.health.atRisk,
    outcomesUnableToAchieve: found.determination.outcomes.unableToAchieve.length,
    wellbeingImpact: found.determination.wellbeing.met,
    on: today,
  })
  return allocated.ok
    ? { words: describe(allocated.value.budget), explanation: allocated.value.explanation }
    : { words: 'none', explanation: allocated.errors.map((each) => each.message) }
}

const describe = (budget: { kind: string; amountPence: number; per?: string }) =>
  budget.kind === 'one-off'
    ? `${formatPence(budget.amountPence)} once`
    : `${formatPence(budget.amountPence)} ${PER_WORDS[budget.per ?? ''] ?? ''}`

export type PlanToStore = {
  plan: carerRules.CarerPlan
  amountPence: number
  annualPence: number
  budgetPer: 'week' | 'four-weeks' | 'year' | null
  delivery: CarerBudgetDelivery
  weeklyChargePence: number
  explanation: string[]
  allocationVersion: string
  rulesVersion: string
  emergency: { whoStepsIn: string; whatTheyNeedToKnow: string; howToReachThem: string }
}

// Where each of the package's paths is shown on the form.
function fieldOfPath(path: string, rows: readonly number[]): string {
  const [head, index, leaf] = path.split('.')
  if (head === 'outcomes') return 'outcomes'
  // "Add at least one support" with none given; otherwise the supports cost more than the budget.
  if (path === 'supports') return rows.length === 0 ? 'supportDescription0' : 'amount'
  if (head === 'supports') {
    const row = rows[Number(index)] ?? 0
    if (leaf === 'providedTo') return `supportProvidedTo${String(row)}`
    if (leaf === 'costPence') return `supportCost${String(row)}`
    return `supportDescription${String(row)}`
  }
  if (head === 'budget') return index === 'amountPence' ? 'amount' : index === 'per' ? 'per' : 'budgetKind'
  if (head === 'emergencyPlan') return index ?? 'whoStepsIn'
  return 'form'
}

/**
 * Reads the practitioner's plan form: the money as typed, then @open-sds/carers' checks (replacement care refused,
 * the supports within the budget, the budget within the allocation's maximum) and its charge. Problems by field.
 */
export function readPlanForm(
  raw: Record<string, string>,
  policy: CarersPolicy,
  today: string,
): { ok: true; value: PlanToStore } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const problem = (field: string, message: string) => {
    if (!errors.some((each) => each.field === field)) errors.push({ field, message })
  }
  const text = (name: string) => (raw[name] ?? '').trim()
  const pounds = (name: string, label: string) => {
    const parsed = parsePounds(raw[name] ?? '', { label })
    if (parsed.ok) return parsed.value
    problem(name, parsed.errors[0]?.message ?? `Enter ${label}`)
    return undefined
  }

  const outcomes = text('outcomes')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((words) => ({ words }))
  const rows: number[] = []
  const supports = []
  for (let row = 0; row < SUPPORT_ROWS; row += 1) {
    const description = text(`supportDescription${String(row)}`)
    const providedTo = text(`supportProvidedTo${String(row)}`)
    const cost = text(`supportCost${String(row)}`)
    if (description === '' && providedTo === '' && cost === '') continue
    rows.push(row)
    supports.push({
      description,
      providedTo: providedTo === '' ? undefined : providedTo,
      costPence: pounds(`supportCost${String(row)}`, `the cost of support ${String(row + 1)}`) ?? 0,
    })
  }
  const kind = text('budgetKind')
  const amountPence = pounds('amount', 'the budget')
  const budget =
    kind === 'recurring'
      ? { kind, amountPence: amountPence ?? 0, per: text('per') === '' ? undefined : text('per') }
      : kind === 'one-off'
        ? { kind, amountPence: amountPence ?? 0 }
        : undefined
  const delivery = text('delivery')
  if (!(delivery in DELIVERY_WORDS)) problem('delivery', 'Select how the carer will receive the budget')
  const howToReachThem = text('howToReachThem')
  if (howToReachThem === '') problem('howToReachThem', 'Enter how to reach the person who steps in')
  if (raw.carerAgrees !== 'yes') problem('carerAgrees', 'Confirm the carer agrees to this plan and budget')
  const income = INCOME_FIELDS.map((each) => ({
    kind: each.kind,
    weeklyPence: policy.charging.charges && text(each.field) !== '' ? pounds(each.field, each.label.toLowerCase()) : 0,
  }))

  const checked = carerRules.checkCarerPlan(
    policy.allocations,
    {
      outcomes,
      supports,
      budget,
      emergencyPlan: { whoStepsIn: text('whoStepsIn'), whatTheyNeedToKnow: text('whatTheyNeedToKnow') },
    },
    today,
  )
  if (!checked.ok) for (const issue of checked.errors) problem(fieldOfPath(issue.path, rows), issue.message)
  if (!checked.ok || errors.length > 0) return { ok: false, errors: ordered(errors) }

  const { plan } = checked.value
  const weeklyCostPence =
    plan.budget.kind === 'one-off' ? plan.budget.amountPence : Math.floor(checked.value.annualPence / 52)
  const charge = carerRules.chargeCarer(policy.charging, {
    income: income.map((each) => ({ kind: each.kind, weeklyPence: each.weeklyPence ?? 0 })),
    support: [{ providedTo: 'carer', weeklyCostPence }],
    oneOff: plan.budget.kind === 'one-off',
  })
  if (!charge.ok) return { ok: false, errors: charge.errors.map((each) => ({ field: 'form', message: each.message })) }
  return {
    ok: true,
    value: {
      plan,
      amountPence: plan.budget.amountPence,
      annualPence: checked.value.annualPence,
      budgetPer: plan.budget.kind === 'recurring' ? plan.budget.per : null,
      delivery: delivery as CarerBudgetDelivery,
      weeklyChargePence: charge.value.weeklyChargePence,
      explanation: [...checked.value.explanation, ...charge.value.explanation],
      allocationVersion: checked.value.allocationVersion,
      rulesVersion: checked.value.rulesVersion,
      emergency: { ...plan.emergencyPlan, howToReachThem },
    },
  }
}

const FORM_ORDER = [
  'outcomes',
  ...Array.from({ length: SUPPORT_ROWS }, (_, row) =>
    ['supportDescription', 'supportProvidedTo', 'supportCost'].map((name) => `${name}${String(row)}`),
  ).flat(),
  'budgetKind',
  'amount',
  'per',
  'delivery',
  ...INCOME_FIELDS.map((each) => each.field),
  'whoStepsIn',
  'whatTheyNeedToKnow',
  'howToReachThem',
  'carerAgrees',
  'form',
]
const ordered = (errors: FieldError[]) =>
  [...errors].sort((a, b) => FORM_ORDER.indexOf(a.field) - FORM_ORDER.indexOf(b.field))

/** An agreed plan as the carer and the practitioner read it. */
export function planView(record: CarerPlanRecord) {
  const plan = record.plan as carerRules.CarerPlan
  return {
    agreedAt: record.agreedAt.toISOString(),
    outcomes: plan.outcomes.map((each) => each.words),
    supports: plan.supports.map((each) => ({ description: each.description, cost: formatPence(each.costPence) })),
    budget: describe({ kind: record.budgetKind, amountPence: record.amountPence, per: record.budgetPer ?? undefined }),
    delivery: DELIVERY_WORDS[record.delivery],
    charge:
      record.weeklyChargePence === 0
        ? 'You pay nothing towards it.'
        : `You pay ${formatPence(record.weeklyChargePence)}${record.budgetKind === 'one-off' ? ' towards it' : ' a week towards it'}.`,
    explanation: record.explanation,
    allocationVersion: record.allocationVersion,
    rulesVersion: record.rulesVersion,
  }
}

export const emergencyView = (plan: CarerEmergencyPlan | undefined) =>
  plan
    ? {
        whoStepsIn: plan.whoStepsIn,
        whatTheyNeedToKnow: plan.whatTheyNeedToKnow,
        howToReachThem: plan.howToReachThem,
        writtenAt: plan.writtenAt.toISOString(),
      }
    : null
