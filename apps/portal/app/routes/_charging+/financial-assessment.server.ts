import type { ChargeAssessment, CostOfCareBasis } from '@open-sds/charging'
import { answersSectionOf, assessFinancialAnswers, costOfCareToCapAt } from '@open-sds/charging'
import type { FinancialAssessment } from '@open-sds/db'
import { chargingPolicyOf, costOfCareFor } from './charging.server.js'
import type { AppContext } from '../../.server/context.js'
import type { FinancialAnswers, FormSetting } from './financial-form.server.js'

export type FinancialSetting = FormSetting & { costOfCare: CostOfCareBasis | undefined }

export async function financialSetting(context: AppContext, personId: string): Promise<FinancialSetting> {
  const costOfCare = await costOfCareFor(context, personId)
  return { costOfCare, costOfCareKnown: costOfCare !== undefined, policy: chargingPolicyOf(context.site) }
}

/** The weekly cost of care the charge is capped at: what the council knows, or else what the person said they were quoted. */
export function costOfCareFrom(
  setting: Pick<FinancialSetting, 'costOfCare'>,
  answers: FinancialAnswers,
): CostOfCareBasis | undefined {
  if (setting.costOfCare) return setting.costOfCare
  const given = answers['about-you']?.costOfCare
  const stated = costOfCareToCapAt(typeof given === 'number' ? { statedByPersonWeeklyPence: given } : {})
  return stated.ok ? stated.value : undefined
}

export type WorkedOut =
  { ok: true; result: ChargeAssessment } | { ok: false; problems: { step: string | undefined; message: string }[] }

/** Works out the charge for a set of answers on `today` with the charging package, or says what stops it and where to fix it. */
export function workOutCharge(
  setting: FinancialSetting,
  answers: FinancialAnswers,
  costOfCare: CostOfCareBasis | undefined,
  today: string,
): WorkedOut {
  if (costOfCare === undefined)
    return { ok: false, problems: [{ step: 'about-you', message: 'Enter the weekly cost of your care and support' }] }
  const result = assessFinancialAnswers(
    { answers, costOfCareWeeklyPence: costOfCare.weeklyPence, costOfCareSource: costOfCare.source },
    setting.policy,
    { now: today },
  )
  if (result.ok) return { ok: true, result: result.value }
  return {
    ok: false,
    problems: result.errors.map((issue) => ({ step: answersSectionOf(issue.path), message: issue.message })),
  }
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
