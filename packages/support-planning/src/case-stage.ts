import type { PlanState } from './life-cycle.js'

// Issue 18: "the worker's caseload shows each person's stage and what is waiting on whom". Read from the person's
// record as it stands (self-assessment, budget, plan, financial assessment) rather than fixed by the kind of work, so
// a row moves on when the person sends their plan or finance confirms a charge, without anyone touching the work item.

/** Who must act next for the person's care and support to move on. */
export type CaseWaitingOn = 'the person' | 'the practitioner' | 'finance' | 'the council' | 'nobody'

/** What the rule needs to know of a person's record; anything not started yet is left out. */
export interface CaseRecord {
  /** Their latest self-assessment. */
  assessment?: {
    sent: boolean
    /** Sent for its budget to be worked out by hand (no resource allocation system could price it). */
    budgetByHand: boolean
    /** The eligibility decision on it, if one has been made. */
    decision?: 'eligible' | 'not-eligible'
  }
  /** Their support plan still open (not ended), by its life-cycle state. */
  plan?: { state: PlanState }
  /** Their current financial assessment. */
  financialAssessment?: { state: 'draft' | 'submitted' | 'confirmed' }
}

export interface CaseStage {
  /** Where the person stands, as the caseload says it, e.g. "Support plan sent for agreement". */
  stage: string
  waitingOn: CaseWaitingOn
}

type Step = (record: CaseRecord) => CaseStage | 'done'

const at = (stage: string, waitingOn: CaseWaitingOn): CaseStage => ({ stage, waitingOn })

/** The self-assessment and the budget: done once the person is found eligible with a budget agreed. */
const assessmentStep: Step = ({ assessment }) => {
  if (!assessment || !assessment.sent) return at('Self-assessment not sent yet', 'the person')
  if (assessment.decision === 'not-eligible') return at('Found not eligible', 'nobody')
  if (assessment.decision === 'eligible') return 'done'
  return assessment.budgetByHand
    ? at('Self-assessment sent: budget to work out by hand', 'the practitioner')
    : at('Self-assessment sent: eligibility to decide', 'the practitioner')
}

const planStages: Record<PlanState, CaseStage | 'done'> = {
  draft: at('Support plan being written', 'the person'),
  returned: at('Support plan returned to be changed', 'the person'),
  submitted: at('Support plan sent for agreement', 'the council'),
  revised: at('Revised support plan sent for agreement', 'the council'),
  approved: at('Support plan agreed: to put in place', 'the practitioner'),
  'under-review': at('Support plan under review', 'the practitioner'),
  active: 'done',
  ended: 'done',
}

/** The support plan: done once it is in place. */
const planStep: Step = ({ plan }) => (plan ? planStages[plan.state] : at('Support plan not started', 'the person'))

/** The financial assessment: done once finance has confirmed the charge. */
const financeStep: Step = ({ financialAssessment }) => {
  if (!financialAssessment || financialAssessment.state === 'draft')
    return at('Financial assessment not sent yet', 'the person')
  return financialAssessment.state === 'submitted'
    ? at('Financial assessment sent: charge to confirm', 'finance')
    : 'done'
}

// Which part of the record a piece of work is about is read first: a finance officer holding a financial assessment
// sees where that stands, a practitioner holding a self-assessment where the person's journey stands from there on.
const stepsFor: Record<string, readonly Step[]> = {
  'self-assessment': [assessmentStep, planStep, financeStep],
  'plan-agreement': [planStep, financeStep],
  'financial-assessment': [financeStep, assessmentStep, planStep],
}

/**
 * The person's stage and who it waits on, for a caseload row about work of `kind`: the first part of their record,
 * in the order that kind of work reads it, that is not finished yet. Everything finished: their plan is in place and
 * nothing waits. Undefined for a kind this rule does not read the record for (a safeguarding concern, whose stage is
 * its own decision): the caller falls back to what that kind of work always waits on.
 */
export function caseStage(kind: string, record: CaseRecord): CaseStage | undefined {
  const steps = stepsFor[kind]
  if (!steps) return undefined
  for (const step of steps) {
    const stage = step(record)
    if (stage !== 'done') return stage
  }
  return at('Support plan in place, charge confirmed', 'nobody')
}
