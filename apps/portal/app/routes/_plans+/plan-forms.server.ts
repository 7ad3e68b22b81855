import type { Plan } from '@open-sds/support-planning'
import {
  MoneyManagerSchema,
  PlannerRoleSchema,
  ProviderTypeSchema,
  RepresentativeAuthoritySchema,
} from '@open-sds/support-planning'
import { z } from 'zod'
import type { FieldError, FormOutcome } from '../../.server/forms.js'
import { validateValues } from '../../.server/forms.js'
import { moneyField } from '../../.server/money-field.js'
import type { fundingOptionLabels as moneyOptions } from '@open-sds/support-planning'
import type { Framework } from '@open-sds/outcomes'

// The forms of the plan's steps. Each reads its own fields with zod (messages for people, naming the field) and
// returns the whole plan as it would be with the change, for the package to check as a whole.

export type StepForm = { values: Record<string, string>; multi: Record<string, string[]> }

export function formValues(form: FormData): StepForm {
  const values: Record<string, string> = {}
  const multi: Record<string, string[]> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || key === 'csrf') continue
    values[key] = value
    multi[key] = [...(multi[key] ?? []), value]
  }
  return { values, multi }
}

export type StepOutcome = { ok: true; plan: Plan; form: StepForm } | { ok: false; errors: FieldError[]; form: StepForm }

function refused(errors: FieldError[], form: StepForm): StepOutcome {
  return { ok: false, errors, form }
}

function read<S extends z.ZodType>(
  schema: S,
  input: unknown,
  form: StepForm,
  order: string[],
): FormOutcome<z.infer<S>> {
  return validateValues(schema, input, form.values, order)
}

const text = (message: string, max = 200) =>
  z.string().trim().min(1, message).max(max, `Must be ${max} characters or fewer`)

// ---------------------------------------------------------------- people

const PLANNER_ROWS = 3
const PeopleFormSchema = z.object({
  planners: z.array(
    z.object({ name: z.string().trim().max(200, 'Name must be 200 characters or fewer'), role: z.string() }),
  ),
  moneyName: text('Enter the name of who will manage the money'),
  moneyRole: MoneyManagerSchema.or(z.literal('')).refine((value) => value !== '', 'Select who will manage the money'),
  repName: z.string().trim().max(200, 'Name must be 200 characters or fewer'),
  repRelationship: z.string().trim().max(200, 'Relationship must be 200 characters or fewer'),
  repAuthority: z.string(),
})

export function plannerRows(plan: Plan): { name: string; role: string }[] {
  return Array.from({ length: PLANNER_ROWS }, (_, index) => plan.people.plannedWith[index] ?? { name: '', role: '' })
}

export function readPeopleStep(plan: Plan, formData: FormData): StepOutcome {
  const form = formValues(formData)
  const get = (key: string) => form.values[key] ?? ''
  const planners = Array.from({ length: PLANNER_ROWS }, (_, index) => ({
    name: get(`planner${index}Name`),
    role: get(`planner${index}Role`),
  }))
  const parsed = read(
    PeopleFormSchema,
    {
      planners,
      moneyName: get('moneyName'),
      moneyRole: get('moneyRole'),
      repName: get('repName'),
      repRelationship: get('repRelationship'),
      repAuthority: get('repAuthority'),
    },
    form,
    ['planner0Name', 'moneyName', 'moneyRole', 'repName'],
  )
  if (!parsed.ok) return refused(parsed.errors, form)
  const errors: FieldError[] = []
  const plannedWith: Plan['people']['plannedWith'] = []
  parsed.data.planners.forEach((row, index) => {
    if (row.name === '' && row.role === '') return
    const role = PlannerRoleSchema.safeParse(row.role)
    if (row.name === '')
      errors.push({
        field: `planner${index}Name`,
        message: `Enter the name of person ${index + 1} who helped make the plan`,
      })
    else if (!role.success)
      errors.push({ field: `planner${index}Role`, message: `Select how ${row.name} helped make the plan` })
    else plannedWith.push({ name: row.name, role: role.data })
  })
  if (errors.length === 0 && plannedWith.length === 0)
    errors.push({ field: 'planner0Name', message: 'Say who made the plan, even if it was the person alone' })
  const { repName, repRelationship, repAuthority } = parsed.data
  const authority = RepresentativeAuthoritySchema.safeParse(repAuthority)
  if (repName !== '' && !authority.success)
    errors.push({ field: 'repAuthority', message: `Select the authority ${repName} has to act for the person` })
  if (repName === '' && (repRelationship !== '' || repAuthority !== ''))
    errors.push({
      field: 'repName',
      message: 'Enter the representative’s name, or leave all the representative’s details empty',
    })
  if (errors.length > 0) return refused(errors, form)
  const moneyManagedBy = { name: parsed.data.moneyName, role: MoneyManagerSchema.parse(parsed.data.moneyRole) }
  const people: Plan['people'] = { person: plan.people.person, plannedWith, moneyManagedBy }
  if (repName !== '' && authority.success)
    people.representative = { name: repName, relationship: repRelationship, authority: authority.data }
  return { ok: true, plan: { ...plan, people }, form }
}

// ---------------------------------------------------------------- outcomes

export const frameworkItemKey = (frameworkId: string, itemId: string) => `${frameworkId}/${itemId}`

const OutcomeFormSchema = z.object({
  words: z
    .string()
    .trim()
    .min(1, 'Write the outcome in the person’s own words, such as “I want to get to church every Sunday”')
    .max(2000, 'Keep the outcome to 2,000 characters or fewer'),
  links: z.array(z.string()),
})

export function readOutcomeStep(plan: Plan, formData: FormData, newId: () => string): StepOutcome {
  const form = formValues(formData)
  const remove = form.values.remove
  if (remove !== undefined) {
    const outcome = plan.outcomes.find((candidate) => candidate.id === remove)
    if (!outcome)
      return refused([{ field: 'words', message: 'That outcome is no longer in the plan; reload the page' }], form)
    const supports = plan.supports.filter((support) => support.outcomeId === remove).length
    if (supports > 0) {
      return refused(
        [
          {
            field: 'words',
            message: `“${outcome.words}” has ${supports} support${supports === 1 ? '' : 's'} planned for it; remove or move them on the supports page before removing the outcome`,
          },
        ],
        form,
      )
    }
    return { ok: true, plan: { ...plan, outcomes: plan.outcomes.filter((candidate) => candidate.id !== remove) }, form }
  }
  // "Save and continue" with an empty form: nothing to add, so go on.
  const nothingTyped =
    (form.values.words ?? '').trim() === '' &&
    (form.multi.links ?? []).length === 0 &&
    (form.values.outcomeId ?? '') === ''
  if (nothingTyped && form.values.intent !== 'add' && plan.outcomes.length > 0) return { ok: true, plan, form }
  const parsed = read(OutcomeFormSchema, { words: form.values.words ?? '', links: form.multi.links ?? [] }, form, [
    'words',
    'links',
  ])
  if (!parsed.ok) return refused(parsed.errors, form)
  const linkedItems = parsed.data.links.map((key) => {
    const [frameworkId = '', itemId = ''] = key.split('/')
    return { frameworkId, itemId }
  })
  const editing = form.values.outcomeId ?? ''
  if (editing !== '' && !plan.outcomes.some((outcome) => outcome.id === editing)) {
    return refused(
      [{ field: 'words', message: 'The outcome you were changing is no longer in the plan; add it again' }],
      form,
    )
  }
  const outcome = { id: editing === '' ? newId() : editing, words: parsed.data.words, linkedItems }
  const outcomes =
    editing === ''
      ? [...plan.outcomes, outcome]
      : plan.outcomes.map((candidate) => (candidate.id === editing ? outcome : candidate))
  return { ok: true, plan: { ...plan, outcomes }, form }
}

/** The frameworks as checkbox groups: one group per framework, one box per framework outcome. */
export function frameworkOptions(frameworks: readonly Framework[]) {
  return frameworks.map((framework) => ({
    id: framework.id,
    title: framework.title,
    items: framework.items.map((item) => ({ key: frameworkItemKey(framework.id, item.id), title: item.title })),
  }))
}

// ---------------------------------------------------------------- supports

const SupportFormSchema = z.object({
  outcome: z.string().min(1, 'Select the outcome this support is for'),
  providerType: ProviderTypeSchema.or(z.literal('')).refine((value) => value !== '', 'Select who provides the support'),
  description: z
    .string()
    .trim()
    .min(1, 'Say what the support is, such as “PA to go to church with me”')
    .max(500, 'Keep the description to 500 characters or fewer'),
  per: z.enum(['week', 'month', 'year', 'one-off'], { error: 'Select how often the support happens' }),
  count: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'Enter how many times, as a whole number such as 3')
    .refine((value) => Number(value) >= 1 && Number(value) <= 1000, 'How many times must be between 1 and 1,000'),
  cost: moneyField('cost each time', {
    whenEmpty: 'Enter cost each time in pounds, like 15.50 (enter 0 if it is free)',
  }),
})

/** The directory's service a support names (issue 17), as the directory has it today; undefined if it has none. */
/** A directory service as the plan keeps it on the day it is chosen (see the plan schema's `directoryService`). */
export type ChosenService = Omit<NonNullable<Plan['supports'][number]['directoryService']>, 'chosenOn'>

export function readSupportStep(
  plan: Plan,
  formData: FormData,
  newId: () => string,
  directory: { chosen?: ChosenService; today: string; carers?: readonly { personId: string; name: string }[] } = {
    today: '',
  },
): StepOutcome {
  const form = formValues(formData)
  const remove = form.values.remove
  if (remove !== undefined) {
    if (!plan.supports.some((support) => support.id === remove))
      return refused(
        [{ field: 'description', message: 'That support is no longer in the plan; reload the page' }],
        form,
      )
    return { ok: true, plan: { ...plan, supports: plan.supports.filter((support) => support.id !== remove) }, form }
  }
  const get = (key: string) => form.values[key] ?? ''
  // "Save and continue" with an empty form: nothing to add, so go on.
  const typed = [
    'outcome',
    'providerType',
    'description',
    'per',
    'count',
    'cost',
    'supportId',
    'directoryService',
    'replacementCareFor',
  ].some((key) => get(key).trim() !== '')
  if (!typed && get('intent') !== 'add' && plan.supports.length > 0) return { ok: true, plan, form }
  const parsed = read(
    SupportFormSchema,
    {
      outcome: get('outcome'),
      providerType: get('providerType'),
      description: get('description'),
      per: get('per') || undefined,
      count: get('count'),
      cost: get('cost'),
    },
    form,
    ['outcome', 'providerType', 'description', 'per', 'count', 'cost'],
  )
  const editing = get('supportId')
  const chosen = get('directoryService').trim()
  // A service chosen before keeps its name and day as they were, even if the directory has changed or dropped it;
  // a new choice must be a service the directory publishes and that still runs, and takes today's name.
  const before = plan.supports.find((candidate) => candidate.id === editing)?.directoryService
  const directoryService =
    chosen === ''
      ? undefined
      : before?.id === chosen
        ? before
        : directory.chosen?.id === chosen
          ? { ...directory.chosen, chosenOn: directory.today }
          : undefined
  if (chosen !== '' && directoryService === undefined) {
    const errors = parsed.ok ? [] : parsed.errors
    return refused(
      [
        ...errors,
        {
          field: 'directoryService',
          message: 'The service chosen from the directory is not in it, or no longer runs: choose one from the list',
        },
      ],
      form,
    )
  }
  // Replacement care for one of this person's carers: it sits in this plan, naming the carer (issue 16).
  const carerId = get('replacementCareFor').trim()
  const carer = directory.carers?.find((candidate) => candidate.personId === carerId)
  if (carerId !== '' && carer === undefined)
    return refused(
      [
        ...(parsed.ok ? [] : parsed.errors),
        {
          field: 'replacementCareFor',
          message: 'Choose one of the carers listed, or No if it is not replacement care',
        },
      ],
      form,
    )
  if (!parsed.ok) return refused(parsed.errors, form)
  if (editing !== '' && !plan.supports.some((support) => support.id === editing)) {
    return refused(
      [{ field: 'description', message: 'The support you were changing is no longer in the plan; add it again' }],
      form,
    )
  }
  const { outcome, providerType, description, per, count, cost } = parsed.data
  const support = {
    id: editing === '' ? newId() : editing,
    outcomeId: outcome,
    providerType: ProviderTypeSchema.parse(providerType),
    description,
    frequency: { per, count: Number(count) },
    unitCostPence: cost,
    ...(directoryService ? { directoryService } : {}),
    ...(carer ? { replacementCareFor: { carerPersonId: carer.personId, carerName: carer.name } } : {}),
  }
  const supports =
    editing === ''
      ? [...plan.supports, support]
      : plan.supports.map((candidate) => (candidate.id === editing ? support : candidate))
  return { ok: true, plan: { ...plan, supports }, form }
}

// ---------------------------------------------------------------- money

const MoneyFormSchema = z.object({
  how: z.enum(['direct-payment', 'managed-account', 'individual-service-fund', 'mix'], {
    error: 'Select how the money will be held',
  }),
})

export function moneyChoiceOf(plan: Plan): keyof typeof moneyOptions {
  const { weeklyPence, directPaymentWeeklyPence, managedAccountWeeklyPence, individualServiceFundWeeklyPence } =
    plan.funding.personalBudget
  if (weeklyPence > 0 && directPaymentWeeklyPence === weeklyPence) return 'direct-payment'
  if (weeklyPence > 0 && managedAccountWeeklyPence === weeklyPence) return 'managed-account'
  if (weeklyPence > 0 && individualServiceFundWeeklyPence === weeklyPence) return 'individual-service-fund'
  return 'mix'
}

export function readMoneyStep(plan: Plan, formData: FormData): StepOutcome {
  const form = formValues(formData)
  const parsed = read(MoneyFormSchema, { how: form.values.how || undefined }, form, ['how'])
  if (!parsed.ok) return refused(parsed.errors, form)
  const budget = plan.funding.personalBudget
  const whole = { directPaymentWeeklyPence: 0, managedAccountWeeklyPence: 0, individualServiceFundWeeklyPence: 0 }
  let split = whole
  if (parsed.data.how === 'direct-payment') split = { ...whole, directPaymentWeeklyPence: budget.weeklyPence }
  if (parsed.data.how === 'managed-account') split = { ...whole, managedAccountWeeklyPence: budget.weeklyPence }
  if (parsed.data.how === 'individual-service-fund')
    split = { ...whole, individualServiceFundWeeklyPence: budget.weeklyPence }
  if (parsed.data.how === 'mix') {
    const amounts = read(
      z.object({
        dp: moneyField('direct payment', {
          whenEmpty: 'Enter direct payment in pounds, like 15.50 (enter 0 if it is free)',
        }),
        ma: moneyField('managed account', {
          whenEmpty: 'Enter managed account in pounds, like 15.50 (enter 0 if it is free)',
        }),
        isf: moneyField('individual service fund', {
          whenEmpty: 'Enter individual service fund in pounds, like 15.50 (enter 0 if it is free)',
        }),
      }),
      { dp: form.values.dp ?? '', ma: form.values.ma ?? '', isf: form.values.isf ?? '' },
      form,
      ['dp', 'ma', 'isf'],
    )
    if (!amounts.ok) return refused(amounts.errors, form)
    split = {
      directPaymentWeeklyPence: amounts.data.dp,
      managedAccountWeeklyPence: amounts.data.ma,
      individualServiceFundWeeklyPence: amounts.data.isf,
    }
  }
  return { ok: true, plan: { ...plan, funding: { ...plan.funding, personalBudget: { ...budget, ...split } } }, form }
}

// ---------------------------------------------------------------- contingency and review date

const ContingencyFormSchema = z.object({
  contingencyPlan: z.string().trim().max(5000, 'Keep the contingency plan to 5,000 characters or fewer'),
  reviewDate: z.iso.date({ error: 'Enter a real review date, such as 1 6 2026' }),
})

export function readContingencyStep(plan: Plan, formData: FormData, today: string): StepOutcome {
  const form = formValues(formData)
  const get = (key: string) => (form.values[key] ?? '').trim()
  const [day, month, year] = [get('reviewDay'), get('reviewMonth'), get('reviewYear')]
  const reviewDate =
    /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)
      ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
      : ''
  const parsed = read(ContingencyFormSchema, { contingencyPlan: get('contingencyPlan'), reviewDate }, form, [
    'contingencyPlan',
    'reviewDate',
  ])
  if (!parsed.ok)
    return refused(
      parsed.errors.map((error) => (error.field === 'reviewDate' ? { ...error, field: 'reviewDay' } : error)),
      form,
    )
  const real = new Date(`${parsed.data.reviewDate}T12:00:00Z`).toISOString().slice(0, 10) === parsed.data.reviewDate
  if (!real) return refused([{ field: 'reviewDay', message: 'Enter a real review date, such as 1 6 2026' }], form)
  if (parsed.data.reviewDate <= today)
    return refused([{ field: 'reviewDay', message: 'The review date must be in the future' }], form)
  return {
    ok: true,
    plan: { ...plan, contingencyPlan: parsed.data.contingencyPlan, reviewDate: parsed.data.reviewDate },
    form,
  }
}
