import { assessFinancialAnswers, type CouncilPolicy } from '@open-sds/charging'
import type { FieldSpec } from './financial-form.server.js'
import type { FieldError } from '../../.server/forms.js'
import { typedValues, validateStep, type StepSpec } from './financial-form.server.js'
import { periodField } from './__income-period.js'

/**
 * The anonymous estimate: a short version of the financial assessment on one page. Nothing typed here is stored;
 * the answers live only in the request that posts them.
 */
export function estimateFields(policy: CouncilPolicy): FieldSpec[] {
  return [
    { name: 'age', label: 'How old are you?', hint: 'In years', kind: 'whole', min: 18, max: 130 },
    {
      name: 'pensionCreditAge',
      label: 'Have you reached pension credit age?',
      hint: 'This is the same as State Pension age',
      kind: 'yes-no',
    },
    {
      name: 'savings',
      label: 'Savings and investments',
      hint: 'In total. Do not include the home you live in.',
      kind: 'money',
      per: 'total',
    },
    {
      name: 'income',
      label: 'Pensions and benefits',
      hint: 'In total, and how often you get that amount. Leave out PIP or DLA mobility, earnings and Child Benefit: they are never counted.',
      kind: 'money',
      per: 'week',
      choosePeriod: true,
    },
    {
      name: 'housing',
      label: 'Housing costs',
      hint: 'Rent, mortgage interest and Council Tax, a week, after any Housing Benefit or Council Tax Reduction',
      kind: 'money',
      per: 'week',
    },
    {
      name: 'extraCosts',
      label: 'Extra costs because of your disability',
      hint: policy.standardDre
        ? `A week. Leave it empty to use ${policy.name}'s standard allowance.`
        : 'A week, for example extra heating, laundry or a community alarm',
      kind: 'money',
      per: 'week',
    },
    {
      name: 'costOfCare',
      label: 'Weekly cost of your care and support',
      hint: 'From your care plan or a quote. If you do not know, use your personal budget.',
      kind: 'money',
      per: 'week',
    },
  ]
}

export type Estimate =
  | { ok: true; weeklyPence: number; steps: string[]; ratesYear: string; rulesVersion: string; policy: string }
  | { ok: false; errors: FieldError[]; values: Record<string, string> }

/** The estimate's field that fixes a problem the charging package found (its paths name the full form's answers). */
function estimateFieldFor(path: string): string {
  if (/savings|capital/.test(path)) return 'savings'
  if (/income|pensionsAndBenefits/.test(path)) return 'income'
  if (/housing/.test(path)) return 'housing'
  if (/dre|costs/.test(path)) return 'extraCosts'
  if (/services|costOfCare/.test(path)) return 'costOfCare'
  if (/pensionCreditAge/.test(path)) return 'pensionCreditAge'
  return 'age'
}

export function estimateCharge(form: FormData, policy: CouncilPolicy, today: string): Estimate {
  const step: StepSpec = { id: 'about-you', title: 'Estimate', intro: '', fields: estimateFields(policy) }
  const checked = validateStep(step, form, () => [])
  if (!checked.ok) return checked
  const raw = typedValues(step.fields, form)
  const a = checked.answers
  const errors: FieldError[] = []
  if (a.pensionCreditAge === undefined)
    errors.push({ field: 'pensionCreditAge', message: 'Select yes if you have reached pension credit age' })
  if (typeof a.costOfCare !== 'number' || a.costOfCare === 0)
    errors.push({ field: 'costOfCare', message: 'Enter the weekly cost of your care and support' })
  if (errors.length > 0) return { ok: false, errors, values: raw }
  const pence = (name: string) => (typeof a[name] === 'number' ? (a[name] as number) : undefined)
  const extraCosts = pence('extraCosts') ?? 0
  // The short form's questions as the package's answers; what it does not ask (a couple, a disability premium, joint
  // savings) the package states as assumptions in the steps shown. An empty extra-costs box is the council's standard
  // allowance where it has one, as the hint beside it says.
  const answers = {
    'about-you': { age: pence('age'), pensionCreditAge: a.pensionCreditAge === true },
    capital: { savings: pence('savings') },
    income: { pensionsAndBenefits: pence('income'), pensionsAndBenefitsPer: a[periodField('income')] },
    housing: { otherHousingCosts: pence('housing') },
    costs:
      extraCosts > 0
        ? { basis: 'itemised', otherCost: extraCosts, otherDescription: 'Extra costs because of a disability' }
        : { basis: policy.standardDre ? 'standard' : 'none' },
  }
  const result = assessFinancialAnswers({ answers, costOfCareWeeklyPence: pence('costOfCare') ?? 0 }, policy, {
    now: today,
  })
  if (!result.ok)
    return {
      ok: false,
      errors: result.errors.map((issue) => ({ field: estimateFieldFor(issue.path), message: issue.message })),
      values: raw,
    }
  return {
    ok: true,
    weeklyPence: result.value.weeklyChargePence,
    steps: result.value.explanation.map((s) => s.text),
    ratesYear: result.value.ratesYear,
    rulesVersion: result.value.rulesVersion,
    policy: `${result.value.policy.name}, version ${result.value.policy.version}`,
  }
}
