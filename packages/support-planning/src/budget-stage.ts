import type { PlanState } from './life-cycle.js'

/**
 * Where a person is on the way from a self-assessment to support: an indicative budget from the self-assessment, a
 * budget a practitioner agreed, a support plan being made, a plan in force, or a plan in force under review.
 */
export type BudgetStage = 'indicative' | 'agreed' | 'planned' | 'in-force' | 'under-review'

export type BudgetStageInput = {
  /** The indicative weekly budget the self-assessment gave. */
  indicativeWeeklyPence: number
  /** The weekly budget a practitioner agreed on finding eligible needs; null when not agreed (or not eligible). */
  agreedWeeklyPence: number | null
  /** The person's open support plan, if any: its state and the budget of the version in force. */
  plan?: { state: PlanState; inForceBudgetWeeklyPence: number | null } | undefined
}

export type BudgetAtStage = {
  stage: BudgetStage
  /** The one weekly budget the page states: the plan in force's, else the agreed one, else the indicative one. */
  weeklyPence: number
}

// A revision waits for approval while the last approved version stays in force: the person is still under review.
const reviewing: ReadonlySet<PlanState> = new Set<PlanState>([
  'under-review',
  'revised',
  'submitted',
  'returned',
  'draft',
])

/** The person's stage and the one budget that goes with it. */
export function budgetStage({ indicativeWeeklyPence, agreedWeeklyPence, plan }: BudgetStageInput): BudgetAtStage {
  if (plan && plan.state !== 'ended' && plan.inForceBudgetWeeklyPence !== null)
    return {
      stage: reviewing.has(plan.state) ? 'under-review' : 'in-force',
      weeklyPence: plan.inForceBudgetWeeklyPence,
    }
  if (agreedWeeklyPence !== null)
    return { stage: plan && plan.state !== 'ended' ? 'planned' : 'agreed', weeklyPence: agreedWeeklyPence }
  return { stage: 'indicative', weeklyPence: indicativeWeeklyPence }
}

export type BudgetWords = { heading: string; whatHappensNext: string[] }

type Whose = { onBehalf: boolean; name: string }

const budgetNames: Record<BudgetStage, string> = {
  indicative: 'indicative personal budget',
  agreed: 'agreed personal budget',
  planned: 'agreed personal budget',
  'in-force': 'personal budget',
  'under-review': 'personal budget',
}

const standardNext: Record<BudgetStage, string[]> = {
  indicative: [
    'A practitioner will contact you to confirm whether you are eligible for support and to agree the budget. You can then plan how to use it.',
    'If you think the amount is not enough to meet your needs, tell them: the budget can change as you plan your support.',
  ],
  agreed: [
    'Plan how to use your budget: what support you want, who gives it and what it costs. A practitioner then checks the plan and agrees it.',
  ],
  planned: [
    'Your support plan is being made or checked. When a practitioner agrees it, it comes into force and your support can start.',
  ],
  'in-force': [
    'Your support plan is in force: this is the budget it spends. You can change how you use it within the outcomes you agreed.',
    'A practitioner will review the plan with you at least once a year, or sooner if your needs change.',
  ],
  'under-review': [
    'Your support plan is being reviewed. The plan in force, and this budget, stay as they are until a practitioner agrees a new version.',
  ],
}

// Easy Read: short sentences, one idea each, everyday words.
const easyReadNext: Record<BudgetStage, string[]> = {
  indicative: [
    'This is a first guess at your money for support.',
    'A worker from the council will talk to you.',
    'They will check if you can get support.',
    'They will agree the money with you.',
    'Tell them if you think it is not enough.',
  ],
  agreed: [
    'The council has agreed your money for support.',
    'Now you can make a plan.',
    'Your plan says what support you want.',
    'A worker will check your plan.',
  ],
  planned: ['Your plan is being made or checked.', 'A worker will agree it.', 'Then your support can start.'],
  'in-force': [
    'Your plan has started.',
    'This is the money your plan uses.',
    'You can change how you use it.',
    'A worker will check your plan every year.',
  ],
  'under-review': [
    'A worker is looking at your plan again.',
    'Your plan stays the same for now.',
    'Your money stays the same for now.',
  ],
}

const easyReadNames: Record<BudgetStage, string> = {
  indicative: 'money for support: a first guess',
  agreed: 'money for support',
  planned: 'money for support',
  'in-force': 'money for support',
  'under-review': 'money for support',
}

/** The budget page's heading and "what happens next" for the stage, in standard or Easy Read wording. */
export function budgetWords(stage: BudgetStage, whose: Whose, options: { easyRead?: boolean } = {}): BudgetWords {
  const name = options.easyRead ? easyReadNames[stage] : budgetNames[stage]
  const heading = whose.onBehalf ? `${whose.name}'s ${name}` : `Your ${name}`
  return {
    heading: heading.charAt(0).toUpperCase() + heading.slice(1),
    whatHappensNext: (options.easyRead ? easyReadNext : standardNext)[stage],
  }
}
