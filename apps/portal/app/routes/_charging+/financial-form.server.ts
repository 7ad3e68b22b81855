import {
  FINANCIAL_SECTIONS,
  financialSectionIssues,
  PERIODS,
  type CouncilPolicy,
  type Period,
} from '@open-sds/charging'
import { formatPence, penceToPounds } from '@open-sds/kernel'
import { z } from 'zod'
import type { FieldError } from '../../.server/forms.js'
import { moneyField } from '../../.server/money-field.js'
import { periodField } from './__income-period.js'

/*
 * The questions of the online financial assessment, as data: each step is one GOV.UK question page. The answers are
 * stored as the person gave them (money in whole pence, yes/no as booleans), step by step, and turned into the
 * charging package's input only when the charge is worked out, so a correction by a finance officer is the same
 * answers with different values.
 */

export type FieldSpec = { name: string; label: string; hint?: string } &
  /** `choosePeriod`: the person says how often it is paid, beside the amount (an answer named by `periodField`). */
  (
    | { kind: 'money'; per: 'week' | 'month' | 'total'; choosePeriod?: boolean; outgoing?: boolean }
    | { kind: 'yes-no' }
    | { kind: 'whole'; min: number; max: number }
    | { kind: 'choice'; options: readonly { value: string; label: string }[] }
    | { kind: 'text' }
  )

const PERIOD_TEXT: Record<Period, string> = {
  week: 'a week',
  'four-weeks': 'every 4 weeks',
  month: 'a month',
  year: 'a year',
}

const paidAsGiven = { kind: 'money', per: 'week', choosePeriod: true } as const
const paidOutAsGiven = { ...paidAsGiven, outgoing: true } as const

/** One page for each section of the charging package's answers. */
export const STEP_IDS = FINANCIAL_SECTIONS
export type StepId = (typeof STEP_IDS)[number]

export type StepSpec = { id: StepId; title: string; intro: string; fields: FieldSpec[] }

export type StepAnswers = Record<string, number | boolean | string>
export type FinancialAnswers = Partial<Record<StepId, StepAnswers>>

/** What the questions depend on: whether the cost of care is already known, and the council's DRE allowance. */
export type FormSetting = { costOfCareKnown: boolean; policy: CouncilPolicy }

const CARE_BENEFITS = [
  { value: 'none', label: 'None of these' },
  { value: 'attendance-allowance', label: 'Attendance Allowance' },
  { value: 'dla-care', label: 'Disability Living Allowance (care component)' },
  { value: 'pip-daily-living', label: 'Personal Independence Payment (daily living part)' },
] as const

export function stepSpecs(setting: FormSetting): StepSpec[] {
  const standard = setting.policy.standardDre
  return [
    {
      id: 'about-you',
      title: 'About you',
      intro:
        'These answers set the minimum income guarantee: the amount of income you always keep for everyday living costs.',
      fields: [
        { name: 'age', label: 'How old are you?', hint: 'In years', kind: 'whole', min: 18, max: 130 },
        {
          name: 'pensionCreditAge',
          label: 'Have you reached pension credit age?',
          hint: 'This is the same as State Pension age',
          kind: 'yes-no',
        },
        {
          name: 'couple',
          label: 'Are you a member of a couple?',
          hint: 'Married, in a civil partnership or living together as a couple',
          kind: 'yes-no',
        },
        {
          name: 'partnerPensionCreditAge',
          label: 'Has your partner reached pension credit age?',
          hint: 'Only if you are a member of a couple and have not reached it yourself. A couple gets a higher amount when either of you has.',
          kind: 'yes-no',
        },
        {
          name: 'disabilityPremium',
          label: 'Does your benefit award include a disability premium?',
          hint: 'Your award letter says so. Only for people under pension credit age. If you are not sure, say no and we will check.',
          kind: 'yes-no',
        },
        ...(setting.costOfCareKnown
          ? []
          : [
              {
                name: 'costOfCare',
                label: 'What is the weekly cost of your care and support?',
                hint: 'From your care plan or the quote you were given, in pounds and pence. If you do not know, leave it empty: the council will work it out.',
                kind: 'money',
                per: 'week',
              } as const,
            ]),
      ],
    },
    {
      id: 'capital',
      title: 'Savings and property',
      intro: 'Do not include the home you live in: it is never counted while you live there.',
      fields: [
        {
          name: 'savings',
          label: 'Savings and investments',
          hint: 'Bank and building society accounts, ISAs, shares and premium bonds, in total',
          kind: 'money',
          per: 'total',
        },
        {
          name: 'savingsJoint',
          label: 'Are any of these savings held jointly with someone else?',
          hint: 'We count half of joint savings as yours',
          kind: 'yes-no',
        },
        {
          name: 'otherProperty',
          label: 'Property other than your home',
          hint: 'Its value less anything owed on it and the costs of selling',
          kind: 'money',
          per: 'total',
        },
      ],
    },
    {
      id: 'income',
      title: 'Your income',
      intro:
        'Give each amount as it is paid and say how often: every week, every 4 weeks, every month or every year. Leave a box empty if you do not get it.',
      fields: [
        { name: 'statePension', label: 'State Pension', ...paidAsGiven },
        { name: 'privatePension', label: 'Work or private pensions', ...paidAsGiven },
        { name: 'esa', label: 'Employment and Support Allowance', ...paidAsGiven },
        { name: 'universalCredit', label: 'Universal Credit', ...paidAsGiven },
        { name: 'pensionCredit', label: 'Pension Credit (guarantee credit)', ...paidAsGiven },
        {
          name: 'careBenefit',
          label: 'Which disability benefit for care needs do you get?',
          kind: 'choice',
          options: CARE_BENEFITS,
        },
        { name: 'careBenefitAmount', label: 'How much of that benefit do you get?', ...paidAsGiven },
        {
          name: 'careBenefitHigherRate',
          label: 'Is it paid at the higher rate, for help at night?',
          hint: 'The enhanced rate of PIP daily living counts as the higher rate',
          kind: 'yes-no',
        },
        {
          name: 'nightCare',
          label: 'Do you get care at night?',
          hint: 'Only if it is paid at the higher rate. If you do not, we ignore the extra paid for night care.',
          kind: 'yes-no',
        },
        {
          name: 'careBenefitLowerRate',
          label: 'The lower rate of that benefit',
          hint: 'A week. Only if it is paid at the higher rate and you get no care at night. It is on your award letter.',
          kind: 'money',
          per: 'week',
        },
        {
          name: 'mobility',
          label: 'PIP or DLA mobility',
          hint: 'We never count it, but tell us so we have the full picture',
          ...paidAsGiven,
        },
        { name: 'earnings', label: 'Earnings from work', hint: 'We never count earnings', ...paidAsGiven },
        {
          name: 'otherIncome',
          label: 'Any other income',
          hint: 'For example rent from a lodger or maintenance payments',
          ...paidAsGiven,
        },
      ],
    },
    {
      id: 'housing',
      title: 'Your housing costs',
      intro:
        'We take your housing costs off before working out what you can pay. Give each amount as you pay or get it, and say how often; leave a box empty if it does not apply.',
      fields: [
        { name: 'rent', label: 'Rent', hint: 'Before any Housing Benefit', ...paidOutAsGiven },
        { name: 'housingBenefit', label: 'Housing Benefit', ...paidAsGiven },
        { name: 'serviceCharges', label: 'Service charges', ...paidOutAsGiven },
        { name: 'mortgageInterest', label: 'Mortgage interest', ...paidOutAsGiven },
        {
          name: 'councilTax',
          label: 'Council Tax',
          hint: 'Before any Council Tax Reduction. Your bill gives the amount for the year',
          ...paidOutAsGiven,
        },
        { name: 'councilTaxReduction', label: 'Council Tax Reduction', ...paidAsGiven },
      ],
    },
    {
      id: 'costs',
      title: 'Extra costs because of your disability',
      intro: standard
        ? `${setting.policy.name} allows ${formatPence(standard.weeklyPence)} a week for these costs without receipts. It covers ${standard.covers.join(', ')}. If yours are higher, list them instead.`
        : 'Costs you have because of your disability or condition, which you would not otherwise have, are taken off before working out what you can pay.',
      fields: [
        {
          name: 'basis',
          label: 'How should we count these costs?',
          kind: 'choice',
          options: [
            ...(standard
              ? [
                  {
                    value: 'standard',
                    label: `Use the standard allowance of ${formatPence(standard.weeklyPence)} a week`,
                  },
                ]
              : []),
            { value: 'itemised', label: 'I will list my costs' },
            { value: 'none', label: 'I have no extra costs' },
          ],
        },
        { name: 'alarm', label: 'Community alarm', hint: 'A month', kind: 'money', per: 'month' },
        { name: 'laundry', label: 'Extra laundry', hint: 'A week', kind: 'money', per: 'week' },
        { name: 'heating', label: 'Extra heating', hint: 'A week', kind: 'money', per: 'week' },
        { name: 'cleaning', label: 'Cleaning or basic garden work', hint: 'A week', kind: 'money', per: 'week' },
        { name: 'otherDescription', label: 'Other cost: what it is for', kind: 'text' },
        { name: 'otherCost', label: 'Other cost', hint: 'A week', kind: 'money', per: 'week' },
      ],
    },
  ]
}

export function stepSpec(setting: FormSetting, id: string): StepSpec | undefined {
  return stepSpecs(setting).find((step) => step.id === id)
}

function fieldSchema(field: FieldSpec): z.ZodType {
  const label = field.label.replace(/\?$/, '')
  switch (field.kind) {
    case 'money':
      return moneyField(lowerFirst(label), { whenEmpty: 0 })
    case 'yes-no':
      return z
        .enum(['yes', 'no', ''], { error: `Select yes or no` })
        .transform((value) => (value === '' ? undefined : value === 'yes'))
    case 'whole':
      return z.string().transform((text, ctx) => {
        const trimmed = text.trim()
        const range = `Your age must be a whole number from ${field.min} to ${field.max}`
        if (trimmed === '') ctx.addIssue({ code: 'custom', message: 'Enter your age' })
        else if (!/^\d+$/.test(trimmed)) ctx.addIssue({ code: 'custom', message: `${range}, like 67` })
        else if (Number(trimmed) < field.min || Number(trimmed) > field.max)
          ctx.addIssue({ code: 'custom', message: range })
        else return Number(trimmed)
        return z.NEVER
      })
    case 'choice':
      return z
        .enum(['', ...field.options.map((option) => option.value)] as [string, ...string[]], {
          error: 'Select an option',
        })
        .transform((value, ctx) => {
          if (value === '') {
            ctx.addIssue({
              code: 'custom',
              message: `Select ${field.name === 'basis' ? 'how we should count these costs' : 'an option'}`,
            })
            return z.NEVER
          }
          return value
        })
    case 'text':
      return z
        .string()
        .trim()
        .max(200, { error: `${label} must be 200 characters or fewer` })
        .transform((value) => (value === '' ? undefined : value))
  }
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) &&
    !/^(State|Employment|Universal|Pension|Council|Housing|PIP|DLA|Attendance)/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text
}

type Check = (values: Record<string, unknown>) => FieldError[]

const money = (values: Record<string, unknown>, name: string) =>
  typeof values[name] === 'number' ? (values[name] as number) : 0

/** The charging package's rules tying a section's answers together, as errors on this page's fields. */
const packageRules =
  (step: StepId) =>
  (values: Record<string, unknown>): FieldError[] =>
    financialSectionIssues(step, values as never).map((issue) => ({
      field: issue.path.slice(step.length + 1),
      message: issue.message,
    }))

/**
 * What must be answered on each page: a question on the page is never left to an assumption. The rules across
 * fields (a night-rate benefit needs its lower rate, Housing Benefit not above the rent, ...) are the package's.
 */
const STEP_CHECKS: Record<StepId, Check> = {
  'about-you': (v) => {
    const errors = packageRules('about-you')(v)
    for (const [name, message] of [
      ['couple', 'Select yes if you are a member of a couple'],
      ['disabilityPremium', 'Select yes if your benefit award includes a disability premium'],
    ] as const) {
      if (v[name] === undefined) errors.push({ field: name, message })
    }
    return errors
  },
  capital: (v) => [
    ...(money(v, 'savings') > 0 && v.savingsJoint === undefined
      ? [{ field: 'savingsJoint', message: 'Select yes if any of your savings are held jointly' }]
      : []),
    ...packageRules('capital')(v),
  ],
  income: packageRules('income'),
  housing: packageRules('housing'),
  costs: packageRules('costs'),
}

export type StepOutcome =
  { ok: true; answers: StepAnswers } | { ok: false; errors: FieldError[]; values: Record<string, string> }

/** What the person typed (or chose) for each field, and how often for an amount paid as given: kept to show again on error. */
export function typedValues(
  fields: readonly FieldSpec[],
  form: FormData | Record<string, string>,
): Record<string, string> {
  const raw: Record<string, string> = {}
  const read = (name: string) => {
    const value = form instanceof FormData ? form.get(name) : form[name]
    raw[name] = typeof value === 'string' ? value : ''
  }
  for (const field of fields) {
    read(field.name)
    if (field.kind === 'money' && field.choosePeriod) read(periodField(field.name))
  }
  return raw
}

/** How often an amount is paid: one of the radios, or weekly when none is chosen (the radios start at every week). */
function periodSchema(field: FieldSpec) {
  return z
    .enum(['', ...PERIODS], {
      error: `Select how often you ${field.kind === 'money' && field.outgoing ? 'pay' : 'get'} ${lowerFirst(field.label.replace(/\?$/, ''))}: every week, every 4 weeks, every month or every year`,
    })
    .transform((value): Period => (value === '' ? 'week' : value))
}

/** Validates one page's answers. Every field's problem is reported, in page order, and the typed values come back. */
export function validateStep(
  step: StepSpec,
  form: FormData | Record<string, string>,
  check: Check = STEP_CHECKS[step.id],
): StepOutcome {
  const raw = typedValues(step.fields, form)
  const errors: FieldError[] = []
  const parsed: Record<string, unknown> = {}
  for (const field of step.fields) {
    const result = fieldSchema(field).safeParse(raw[field.name])
    if (result.success) parsed[field.name] = result.data
    else errors.push({ field: field.name, message: result.error.issues[0]?.message ?? 'Check this answer' })
    if (field.kind !== 'money' || !field.choosePeriod) continue
    const name = periodField(field.name)
    const per = periodSchema(field).safeParse(raw[name])
    if (!per.success) errors.push({ field: name, message: per.error.issues[0]?.message ?? 'Check this answer' })
    // Only an amount paid other than weekly keeps its period: a week is what an amount alone means.
    else if (per.data !== 'week' && typeof parsed[field.name] === 'number' && parsed[field.name] !== 0)
      parsed[name] = per.data
  }
  const failed = new Set(errors.map((error) => error.field))
  for (const error of check(parsed)) if (!failed.has(error.field)) errors.push(error)
  if (errors.length > 0) {
    const order = step.fields.flatMap((field) => [field.name, periodField(field.name)])
    errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
    return { ok: false, errors, values: raw }
  }
  const answers: StepAnswers = {}
  for (const [name, value] of Object.entries(parsed))
    if (value !== undefined) answers[name] = value as number | boolean | string
  return { ok: true, answers }
}

/** What to put back in the form for stored answers. */
export function formValues(step: StepSpec, answers: StepAnswers | undefined): Record<string, string> {
  const values: Record<string, string> = {}
  for (const field of step.fields) {
    const per = answers?.[periodField(field.name)]
    if (typeof per === 'string') values[periodField(field.name)] = per
    const value = answers?.[field.name]
    if (value === undefined) continue
    values[field.name] =
      typeof value === 'boolean'
        ? value
          ? 'yes'
          : 'no'
        : field.kind === 'money' && typeof value === 'number'
          ? penceToPounds(value)
          : String(value)
  }
  return values
}

/** How an answer reads on the check-your-answers page. */
export function answerText(field: FieldSpec, answers: StepAnswers | undefined): string {
  const value = answers?.[field.name]
  if (value === undefined) return field.kind === 'money' ? 'None' : 'Not answered'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (field.kind === 'money' && typeof value === 'number') {
    if (value === 0) return 'None'
    if (field.per === 'total') return formatPence(value)
    const per = answers?.[periodField(field.name)]
    return `${formatPence(value)} ${PERIOD_TEXT[PERIODS.find((period) => period === per) ?? field.per]}`
  }
  if (field.kind === 'choice') return field.options.find((option) => option.value === value)?.label ?? String(value)
  return String(value)
}

/**
 * The fields "Check your answers" lists for a step: every one, except that extra costs show only how they are counted
 * and, when listed one by one, a row for each cost given (the other cost named by what it is for), never rows of
 * "None" for costs the person does not have (issue 19).
 */
export function checkedFields(step: StepSpec, answers: StepAnswers | undefined): FieldSpec[] {
  if (step.id !== 'costs') return step.fields
  const itemised = answers?.basis === 'itemised'
  return step.fields.flatMap((field): FieldSpec[] => {
    if (field.name === 'basis') return [field]
    if (!itemised || field.kind !== 'money' || answerText(field, answers) === 'None') return []
    const what = answers?.otherDescription
    return [
      field.name === 'otherCost' && typeof what === 'string' && what !== ''
        ? { ...field, label: `Other cost: ${what}` }
        : field,
    ]
  })
}

/** The first step with no saved answers, or undefined when every step is answered. */
export function nextUnanswered(answers: FinancialAnswers): StepId | undefined {
  return STEP_IDS.find((id) => answers[id] === undefined)
}

/** Stored answers read back through a schema rather than trusted. */
export const StoredFinancialAnswersSchema = z.partialRecord(
  z.enum(STEP_IDS),
  z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
)

export function storedFinancialAnswers(value: unknown): FinancialAnswers {
  const parsed = StoredFinancialAnswersSchema.safeParse(value)
  if (!parsed.success) throw new Error('A financial assessment holds answers that are not valid answers')
  return parsed.data
}
