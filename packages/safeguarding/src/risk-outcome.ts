import { z } from 'zod'
import { optionalText } from './fields.js'

/**
 * What the enquiry found about the risk, whether action was taken, and (where a risk was found) what became of it:
 * the two SAC tables SG2c "action taken and result" and SG2e "risk outcome" (NHS England publication code, domain
 * note statutory-returns.md section 6). The finding and the action are recorded apart, so every one of the seven
 * SG2c rows can be told apart; an enquiry ceased at the person's request has no action by definition.
 */
export const riskFindings = ['identified', 'inconclusive', 'none', 'ceased-at-request'] as const
export const riskResults = ['remained', 'reduced', 'removed'] as const

const findingError = 'Say what the enquiry found about the risk: identified, inconclusive, none or ceased-at-request'

const RiskOutcomeShape = z
  .object({
    risk: z.enum(riskFindings, { error: findingError }),
    actionTaken: z.boolean({ error: 'Say whether action was taken (true or false)' }),
    /** What was done to protect the person, when action was taken. */
    action: optionalText(4_000),
    /** Why nothing was done although a risk was found. */
    reason: optionalText(4_000),
    /** Where a risk was found: what became of it. Enquiries recorded before 2026-12 may not say (see `riskResultRow`). */
    result: z.enum(riskResults, { error: 'Say whether the risk remained, was reduced or was removed' }).optional(),
    note: optionalText(4_000),
  })
  .superRefine((outcome, context) => {
    if (outcome.risk === 'ceased-at-request' && outcome.actionTaken) {
      context.addIssue({
        code: 'custom',
        path: ['actionTaken'],
        message:
          "An enquiry ceased at the person's request has no action taken: choose another finding if action was taken",
      })
    }
    if (outcome.actionTaken && !outcome.action)
      context.addIssue({ code: 'custom', path: ['action'], message: 'Describe the action taken to protect the person' })
    if (outcome.risk === 'identified' && !outcome.actionTaken && !outcome.reason) {
      context.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'A risk was identified and no action taken: say why',
      })
    }
    if (outcome.risk !== 'identified' && outcome.result !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['result'],
        message: 'A result (remained, reduced, removed) is recorded only where a risk was identified',
      })
    }
  })

/**
 * Before 2026-12 an outcome was one `kind` that ran action and result together. Those records read as the new shape:
 * `action-taken` found a risk and acted; `risk-identified-no-action` found one and did not (its result was never
 * asked); `inconclusive`, `no-risk` and `ceased-at-request` offered no way to record an action, so none was taken.
 * Migration 0010 rewrites stored enquiries the same way; this keeps older copies (event details, exports) readable.
 */
export function upgradeLegacyRiskOutcome(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('kind' in value) || 'risk' in value) return value
  const legacy = value as { kind: unknown; result?: unknown; actionTaken?: unknown; reason?: unknown; note?: unknown }
  const note = typeof legacy.note === 'string' ? { note: legacy.note } : {}
  switch (legacy.kind) {
    case 'action-taken':
      return {
        risk: 'identified',
        actionTaken: true,
        action: legacy.actionTaken,
        result: legacy.result === 'remains' ? 'remained' : legacy.result,
      }
    case 'risk-identified-no-action':
      return { risk: 'identified', actionTaken: false, reason: legacy.reason }
    case 'inconclusive':
      return { risk: 'inconclusive', actionTaken: false, ...note }
    case 'no-risk':
      return { risk: 'none', actionTaken: false, ...note }
    case 'ceased-at-request':
      return { risk: 'ceased-at-request', actionTaken: false, ...note }
    default:
      return value
  }
}

export const RiskOutcomeSchema = z.preprocess(upgradeLegacyRiskOutcome, RiskOutcomeShape)
export type RiskOutcome = z.output<typeof RiskOutcomeShape>

/** SG2c, in the collection's order. */
export const riskOutcomeRows = [
  { id: 'risk-identified-action-taken', label: 'Risk identified and action taken' },
  { id: 'risk-identified-no-action', label: 'Risk identified and no action taken' },
  { id: 'inconclusive-action-taken', label: 'Risk assessment inconclusive and action taken' },
  { id: 'inconclusive-no-action', label: 'Risk assessment inconclusive and no action taken' },
  { id: 'no-risk-action-taken', label: 'No risk identified and action taken' },
  { id: 'no-risk-no-action', label: 'No risk identified and no action taken' },
  { id: 'ceased-at-request-no-action', label: "Enquiry ceased at individual's request and no action taken" },
] as const
export type RiskOutcomeRow = (typeof riskOutcomeRows)[number]['id']

const findingRow = {
  identified: 'risk-identified',
  inconclusive: 'inconclusive',
  none: 'no-risk',
  'ceased-at-request': 'ceased-at-request',
} as const

/** The SG2c row an outcome is counted in. */
export const riskOutcomeRow = (outcome: RiskOutcome): RiskOutcomeRow =>
  `${findingRow[outcome.risk]}-${outcome.actionTaken ? 'action-taken' : 'no-action'}` as RiskOutcomeRow

/** SG2e, in the collection's order, and a row for enquiries recorded before the result was asked. */
export const riskResultRows = [
  { id: 'remained', label: 'Risk remained' },
  { id: 'reduced', label: 'Risk reduced' },
  { id: 'removed', label: 'Risk removed' },
  { id: 'not-recorded', label: 'Not recorded (enquiries closed before the result was asked separately)' },
] as const
export type RiskResultRow = (typeof riskResultRows)[number]['id']

/** The SG2e row an outcome is counted in, or null when no risk was identified (SG2e counts only those). */
export const riskResultRow = (outcome: RiskOutcome): RiskResultRow | null =>
  outcome.risk === 'identified' ? (outcome.result ?? 'not-recorded') : null
