import type { ChargeAssessment, Issue } from '@open-sds/charging'
import { assessNonResidential } from '@open-sds/charging'
import type { FinancialAssessment } from '@open-sds/db'
import { chargingPolicyOf, costOfCareFor, type CostOfCare } from './charging.server.js'
import type { AppContext } from '../../.server/context.js'
import { chargingInput, stepForPath, type FinancialAnswers, type FormSetting } from './financial-form.server.js'

export type FinancialSetting = FormSetting & { costOfCare: CostOfCare | undefined }

export async function financialSetting(context: AppContext, personId: string): Promise<FinancialSetting> {
  const costOfCare = await costOfCareFor(context, personId)
  return { costOfCare, costOfCareKnown: costOfCare !== undefined, policy: chargingPolicyOf(context.site) }
}

/** The weekly cost of care the charge is capped at: the personal budget, or what the person said they were quoted. */
export function costOfCareFrom(setting: Pick<FinancialSetting, 'costOfCare'>, answers: FinancialAnswers): number | undefined {
  if (setting.costOfCare) return setting.costOfCare.weeklyPence
  const given = answers['about-you']?.costOfCare
  return typeof given === 'number' ? given : undefined
}

export type WorkedOut = { ok: true; result: ChargeAssessment } | { ok: false; problems: { step: string | undefined; message: string }[] }

/** Works out the charge for a set of answers on `today`, or says in plain words what stops it and where to fix it. */
export function workOutCharge(setting: FinancialSetting, answers: FinancialAnswers, costOfCarePence: number | undefined, today: string): WorkedOut {
  if (costOfCarePence === undefined) return { ok: false, problems: [{ step: 'about-you', message: 'Enter the weekly cost of your care and support' }] }
  const result = assessNonResidential(chargingInput(answers, costOfCarePence), setting.policy, { now: today })
  if (result.ok) return { ok: true, result: result.value }
  return { ok: false, problems: result.errors.map((issue: Issue) => ({ step: stepForPath(issue.path), message: issue.message })) }
}

/** The person's draft, or a 404-free redirect target when there is none. */
export async function findDraft(context: AppContext, personId: string): Promise<FinancialAssessment | undefined> {
  return context.database.repos.financialAssessments.findDraft(personId)
}

export const STATUS_TEXT: Record<FinancialAssessment['status'], string> = {
  draft: 'Not sent yet',
  submitted: 'Sent: waiting for a finance officer to check it',
  confirmed: 'Confirmed by a finance officer',
}
