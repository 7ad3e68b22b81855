import { z } from 'zod'
import { optionalText, requiredText } from './fields.js'

const resultIds = ['removed', 'reduced', 'remains'] as const

/**
 * What the enquiry found and did about the risk, in the shape of the SAC "action and result" table.
 * Kinds beyond action-taken are [unverified] against the current collection guidance.
 */
export const RiskOutcomeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('action-taken'),
      result: z.enum(resultIds, { error: 'Say whether the risk was removed, reduced or remains' }),
      actionTaken: requiredText('Describe the action taken to protect the person', 4_000),
    }),
    z.object({
      kind: z.literal('risk-identified-no-action'),
      reason: requiredText('Risk was identified and no action taken: say why', 4_000),
    }),
    z.object({ kind: z.literal('inconclusive'), note: optionalText(4_000) }),
    z.object({ kind: z.literal('no-risk'), note: optionalText(4_000) }),
    z.object({
      kind: z.literal('ceased-at-request'),
      note: optionalText(4_000),
    }),
  ],
  {
    error:
      'The risk outcome must be one of: action-taken, risk-identified-no-action, inconclusive, no-risk, ceased-at-request',
  },
)
export type RiskOutcome = z.infer<typeof RiskOutcomeSchema>

/** The rows a concluded enquiry is counted in, in the order the collection lists them. */
export const riskOutcomeRows = [
  { id: 'action-taken-removed', label: 'Risk identified, action taken: risk removed' },
  { id: 'action-taken-reduced', label: 'Risk identified, action taken: risk reduced' },
  { id: 'action-taken-remains', label: 'Risk identified, action taken: risk remains' },
  { id: 'risk-identified-no-action', label: 'Risk identified, no action taken' },
  { id: 'inconclusive', label: 'Risk assessment inconclusive' },
  { id: 'no-risk', label: 'No risk identified' },
  { id: 'ceased-at-request', label: "Enquiry ceased at the individual's request" },
] as const
export type RiskOutcomeRow = (typeof riskOutcomeRows)[number]['id']

const actionTakenRow = { removed: 'action-taken-removed', reduced: 'action-taken-reduced', remains: 'action-taken-remains' } as const

export const riskOutcomeRow = (outcome: RiskOutcome): RiskOutcomeRow =>
  outcome.kind === 'action-taken' ? actionTakenRow[outcome.result] : outcome.kind
