import type { ChargeAssessment, CostOfCareBasis } from '@open-sds/charging'
import {
  answersSectionOf,
  assessFinancialAnswers,
  chargeByHandWithin,
  classifyRefusal,
  costOfCareToCapAt,
  councilDataReason,
} from '@open-sds/charging'
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
  | { ok: true; result: ChargeAssessment }
  /** Something the person typed: what, and the step to fix it in. */
  | { ok: false; byHand: false; problems: { step: string | undefined; message: string }[] }
  /** Something the council's data lacks (by @open-sds/charging's rule): the answers go, and a person works it out. */
  | { ok: false; byHand: true; reasons: string[] }

/**
 * Works out the charge for a set of answers on `today` with the charging package, or says what stops it: the
 * person's answers (and where to fix them), or the council's data (no dead end: the charge is worked out by hand).
 */
export function workOutCharge(
  setting: FinancialSetting,
  answers: FinancialAnswers,
  costOfCare: CostOfCareBasis | undefined,
  today: string,
): WorkedOut {
  // Nobody knows the cost of care: no plan, no budget, and the person could not say. The council works it out.
  if (costOfCare === undefined)
    return {
      ok: false,
      byHand: true,
      reasons: [councilDataReason({ path: 'statedByPersonWeeklyPence', message: 'No cost of care' })],
    }
  const result = assessFinancialAnswers(
    { answers, costOfCareWeeklyPence: costOfCare.weeklyPence, costOfCareSource: costOfCare.source },
    setting.policy,
    { now: today },
  )
  if (result.ok) return { ok: true, result: result.value }
  const refused = classifyRefusal(result.errors)
  if (refused.cause === 'council-data') return { ok: false, byHand: true, reasons: refused.reasons }
  return {
    ok: false,
    byHand: false,
    problems: refused.issues.map((issue) => ({ step: answersSectionOf(issue.path), message: issue.message })),
  }
}

/** A sent assessment whose charge the council is working out by hand, as the person's pages say it; else undefined. */
export async function chargeBeingWorkedOut(
  context: AppContext,
  personId: string,
): Promise<{ within: string; reason: string; sentAt: string } | undefined> {
  const repo = context.database.repos.financialAssessments
  const draft = await repo.findDraft(personId)
  const byHand = draft && (await repo.chargeByHand(draft.id))
  if (!byHand) return undefined
  return {
    within: chargeByHandWithin(chargingPolicyOf(context.site)),
    reason: byHand.reason,
    sentAt: byHand.sentAt.toISOString(),
  }
}

/** The person's draft while they can still change it: not once sent for the charge to be worked out by hand. */
export async function editableDraft(context: AppContext, personId: string): Promise<FinancialAssessment | undefined> {
  const repo = context.database.repos.financialAssessments
  const draft = await repo.findDraft(personId)
  if (!draft || (await repo.chargeByHand(draft.id))) return undefined
  return draft
}

export const STATUS_TEXT: Record<FinancialAssessment['status'], string> = {
  draft: 'Not sent yet',
  submitted: 'Sent: waiting for a finance officer to check it',
  confirmed: 'Confirmed by a finance officer',
}
