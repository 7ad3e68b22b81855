import {
  careActEligibilityOutcomes,
  determineEligibility,
  FluctuationFindingsSchema,
  meetsEligibilityConditions,
  type EligibilityDetermination,
} from '@open-sds/outcomes'
import { parse } from '@open-sds/kernel'
import { poundsToPence } from '@open-sds/ras'
import { z } from 'zod'
import { dateFromBoxes, validateValues, type FieldError, type FormOutcome } from '../../.server/forms.js'

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
    fluctuates: z.enum(['yes', 'no'], { error: 'Select whether the level of the person’s needs fluctuates' }),
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
  'fluctuates',
  'fluctuationWhat',
  'fluctuationFromDay',
  'fluctuationFromMonth',
  'fluctuationFromYear',
  'fluctuationToDay',
  'fluctuationToMonth',
  'fluctuationToYear',
  'fluctuationOutcomes',
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

// The form field each part of the determination's findings was typed into.
const FIELD_OF_FINDING: Record<string, string> = {
  'impairment.reason': 'impairmentReason',
  'outcomes.how': 'outcomesHow',
  'wellbeing.impact': 'wellbeingImpact',
  'fluctuation.what': 'fluctuationWhat',
  'fluctuation.from': 'fluctuationFromDay',
  'fluctuation.to': 'fluctuationToDay',
}
const fieldOfFinding = (path: string) =>
  FIELD_OF_FINDING[path] ?? (path.startsWith('fluctuation.') ? 'fluctuationOutcomes' : 'outcomes')

type ReadEligibility = FormOutcome<EligibilityDecisionInput> & {
  raw: Record<string, string>
  outcomes: string[]
  fluctuationOutcomes: string[]
}

/**
 * The practitioner's form, read into a determination by @open-sds/outcomes. `today` (YYYY-MM-DD in England) is the
 * day of the decision: the period considered for fluctuating needs cannot end after it.
 */
export function readEligibilityForm(form: FormData, indicativeWeeklyPence: number, today: string): ReadEligibility {
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const ticked = (name: string) => form.getAll(name).filter((value): value is string => typeof value === 'string')
  const outcomes = ticked('outcomes')
  const fluctuationOutcomes = ticked('fluctuationOutcomes')
  const raw = Object.fromEntries(
    ELIGIBILITY_FIELDS.filter((field) => field !== 'outcomes' && field !== 'fluctuationOutcomes').map((field) => [
      field,
      text(field),
    ]),
  )
  const refused = (errors: FieldError[]): ReadEligibility => ({
    ok: false,
    errors,
    values: raw,
    raw,
    outcomes,
    fluctuationOutcomes,
  })
  // Regulation 2(4)'s findings, in the words of the rules package, so what it refuses is said beside the rest.
  const fluctuation = {
    fluctuates: raw.fluctuates === 'yes',
    what: raw.fluctuationWhat ?? '',
    from: dateFromBoxes(raw, 'fluctuationFrom'),
    to: dateFromBoxes(raw, 'fluctuationTo'),
    outcomesOverPeriod: fluctuationOutcomes,
  }
  const input = { ...raw, outcomes, budgetDecision: raw.budgetDecision === '' ? undefined : raw.budgetDecision }
  const result = validateValues(EligibilityFormSchema, input, raw, ELIGIBILITY_FIELDS)
  if (!result.ok) {
    const checked = parse(FluctuationFindingsSchema, fluctuation, 'fluctuation')
    const more = checked.ok
      ? []
      : checked.errors.map((issue) => ({ field: fieldOfFinding(issue.path), message: issue.message }))
    const rank = (field: string) => ELIGIBILITY_FIELDS.indexOf(field)
    const errors = [...result.errors, ...more.filter((error) => !result.errors.some((e) => e.field === error.field))]
    return refused(errors.sort((a, b) => rank(a.field) - rank(b.field)))
  }
  const data = result.data
  const determined = determineEligibility(
    {
      impairment: { met: data.impairment === 'yes', reason: data.impairmentReason },
      outcomes: { unableToAchieve: data.outcomes, how: data.outcomesHow },
      wellbeing: { met: data.wellbeing === 'yes', impact: data.wellbeingImpact },
      fluctuation,
    },
    { today },
  )
  if (!determined.ok) {
    const byField = new Map<string, string>()
    for (const issue of determined.errors) {
      const field = fieldOfFinding(issue.path)
      if (!byField.has(field)) byField.set(field, issue.message)
    }
    return refused([...byField].map(([field, message]) => ({ field, message })))
  }
  const { eligible, determination } = determined.value
  const changed = eligible && data.budgetDecision === 'change'
  // Read as digits, never through floating-point arithmetic.
  const changedPence = changed ? poundsToPence(data.agreedAmount) : undefined
  if (changed && changedPence === undefined)
    return refused([{ field: 'agreedAmount', message: 'Enter the weekly budget in pounds, like 245.50' }])
  const agreedWeeklyPence = !eligible ? null : (changedPence ?? indicativeWeeklyPence)
  return {
    ok: true,
    raw,
    outcomes,
    fluctuationOutcomes,
    data: {
      determination,
      eligible,
      agreedWeeklyPence,
      changeReason: changed && agreedWeeklyPence !== indicativeWeeklyPence ? data.changeReason : null,
    },
  }
}
