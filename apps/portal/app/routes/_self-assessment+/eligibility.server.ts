import {
  careActEligibilityOutcomes,
  determineEligibility,
  meetsEligibilityConditions,
  type EligibilityDetermination,
} from '@open-sds/outcomes'
import { poundsToPence } from '@open-sds/ras'
import { z } from 'zod'
import { validateValues, type FormOutcome } from '../../.server/forms.js'

export const ELIGIBILITY_OUTCOMES = careActEligibilityOutcomes.items.map((item) => ({
  code: item.id,
  title: item.title,
}))
const codes = new Set(ELIGIBILITY_OUTCOMES.map((outcome) => outcome.code))

const MONEY = /^\d{1,5}(\.\d{1,2})?$/

/**
 * The determination under the Care and Support (Eligibility Criteria) Regulations 2015, regulation 2: all three
 * conditions must hold. Messages follow GOV.UK error message style and name what is missing.
 */
const EligibilityFormSchema = z
  .object({
    impairment: z.enum(['yes', 'no'], {
      error: 'Select whether the needs arise from a physical or mental impairment or illness',
    }),
    impairmentReason: z
      .string()
      .trim()
      .min(1, 'Explain why the needs do or do not arise from an impairment or illness')
      .max(4000, 'Reason must be 4,000 characters or fewer'),
    outcomes: z
      .array(z.string())
      .refine((values) => values.every((value) => codes.has(value)), 'Select outcomes from the list'),
    outcomesHow: z.string().trim().max(4000, 'Description must be 4,000 characters or fewer'),
    wellbeing: z.enum(['yes', 'no'], {
      error: 'Select whether there is, or is likely to be, a significant impact on wellbeing',
    }),
    wellbeingImpact: z
      .string()
      .trim()
      .min(1, 'Describe the impact, or lack of impact, on the person’s wellbeing')
      .max(4000, 'Description must be 4,000 characters or fewer'),
    budgetDecision: z.enum(['agree', 'change']).optional(),
    agreedAmount: z.string().trim(),
    changeReason: z.string().trim().max(2000, 'Reason must be 2,000 characters or fewer'),
  })
  .superRefine((form, context) => {
    if (form.outcomes.length > 0 && form.outcomesHow === '') {
      context.addIssue({
        code: 'custom',
        path: ['outcomesHow'],
        message: 'Describe how the person is unable to achieve each outcome you selected',
      })
    }
    if (
      !meetsEligibilityConditions({
        impairment: form.impairment === 'yes',
        outcomesUnableToAchieve: new Set(form.outcomes).size,
        wellbeing: form.wellbeing === 'yes',
      })
    )
      return
    if (form.budgetDecision === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['budgetDecision'],
        message: 'Select whether you agree the indicative budget or change it',
      })
      return
    }
    if (form.budgetDecision === 'change') {
      if (!MONEY.test(form.agreedAmount))
        context.addIssue({
          code: 'custom',
          path: ['agreedAmount'],
          message: 'Enter the weekly budget in pounds, like 245.50',
        })
      if (form.changeReason === '')
        context.addIssue({
          code: 'custom',
          path: ['changeReason'],
          message: 'Give a reason for changing the budget: the person will see it',
        })
    }
  })

export const ELIGIBILITY_FIELDS = [
  'impairment',
  'impairmentReason',
  'outcomes',
  'outcomesHow',
  'wellbeing',
  'wellbeingImpact',
  'budgetDecision',
  'agreedAmount',
  'changeReason',
]

export type EligibilityDecisionInput = {
  determination: EligibilityDetermination['determination']
  eligible: boolean
  agreedWeeklyPence: number | null
  changeReason: string | null
}

export function readEligibilityForm(
  form: FormData,
  indicativeWeeklyPence: number,
): FormOutcome<EligibilityDecisionInput> & { raw: Record<string, string>; outcomes: string[] } {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const outcomes = form.getAll('outcomes').filter((value): value is string => typeof value === 'string')
  const raw = Object.fromEntries(
    ELIGIBILITY_FIELDS.filter((field) => field !== 'outcomes').map((field) => [field, text(field)]),
  )
  const input = { ...raw, outcomes, budgetDecision: raw.budgetDecision === '' ? undefined : raw.budgetDecision }
  const result = validateValues(EligibilityFormSchema, input, raw, ELIGIBILITY_FIELDS)
  if (!result.ok) return { ...result, raw, outcomes }
  const data = result.data
  const determined = determineEligibility({
    impairment: { met: data.impairment === 'yes', reason: data.impairmentReason },
    outcomes: { unableToAchieve: data.outcomes, how: data.outcomesHow },
    wellbeing: { met: data.wellbeing === 'yes', impact: data.wellbeingImpact },
  })
  if (!determined.ok) {
    const field = (path: string) =>
      ({
        'impairment.reason': 'impairmentReason',
        'outcomes.how': 'outcomesHow',
        'wellbeing.impact': 'wellbeingImpact',
      })[path] ?? 'outcomes'
    return {
      ok: false,
      errors: determined.errors.map((issue) => ({ field: field(issue.path), message: issue.message })),
      values: raw,
      raw,
      outcomes,
    }
  }
  const { eligible, determination } = determined.value
  const changed = eligible && data.budgetDecision === 'change'
  // Read as digits, never through floating-point arithmetic.
  const changedPence = changed ? poundsToPence(data.agreedAmount) : undefined
  if (changed && changedPence === undefined)
    return {
      ok: false,
      errors: [{ field: 'agreedAmount', message: 'Enter the weekly budget in pounds, like 245.50' }],
      values: raw,
      raw,
      outcomes,
    }
  const agreedWeeklyPence = !eligible ? null : (changedPence ?? indicativeWeeklyPence)
  return {
    ok: true,
    raw,
    outcomes,
    data: {
      determination,
      eligible,
      agreedWeeklyPence,
      changeReason: changed && agreedWeeklyPence !== indicativeWeeklyPence ? data.changeReason : null,
    },
  }
}
