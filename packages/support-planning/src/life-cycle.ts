import { z } from 'zod'
import { listWords } from '@open-sds/kernel'

export const PlanStateSchema = z.enum([
  'draft',
  'submitted',
  'approved',
  'returned',
  'active',
  'under-review',
  'revised',
  'ended',
])
export type PlanState = z.infer<typeof PlanStateSchema>

export const PlanActionSchema = z.enum([
  'edit',
  'submit',
  'approve',
  'return',
  'activate',
  'flexible-change',
  'start-review',
  'complete-review',
  'revise',
  'end',
])
export type PlanAction = z.infer<typeof PlanActionSchema>

/**
 * Every move a plan can make. Beyond the core path (draft, submitted, approved or returned, active, under review,
 * revised or ended): a review may find the plan still works and close without a new version (`complete-review`);
 * an active plan may end without a review (the person moves away or dies); and an active plan takes changes the
 * person makes within its agreed outcomes (`flexible-change`, only through `applyFlexibleChange`). A revised plan
 * goes back through submission and approval; the last approved version stays in force meanwhile.
 */
export const lifeCycle: Readonly<Record<PlanState, Readonly<Partial<Record<PlanAction, PlanState>>>>> = {
  draft: { edit: 'draft', submit: 'submitted' },
  submitted: { approve: 'approved', return: 'returned' },
  returned: { edit: 'draft' },
  approved: { activate: 'active' },
  active: { 'flexible-change': 'active', 'start-review': 'under-review', end: 'ended' },
  'under-review': { revise: 'revised', 'complete-review': 'active', end: 'ended' },
  revised: { edit: 'revised', submit: 'submitted' },
  ended: {},
}

export function nextState(state: PlanState, action: PlanAction): PlanState | undefined {
  return lifeCycle[state][action]
}

export function allowedActions(state: PlanState): PlanAction[] {
  return PlanActionSchema.options.filter((action) => lifeCycle[state][action] !== undefined)
}

/** Actions only the council may take: signing a plan off or sending it back. */
export const councilActions: ReadonlySet<PlanAction> = new Set<PlanAction>(['approve', 'return'])

/** Actions that must say why. */
export const actionsNeedingReason: ReadonlySet<PlanAction> = new Set<PlanAction>(['return', 'end'])

const stateSubject: Record<PlanState, string> = {
  draft: 'A draft plan',
  submitted: 'A plan that has been submitted',
  approved: 'A plan that is approved',
  returned: 'A plan that has been returned',
  active: 'An active plan',
  'under-review': 'A plan that is under review',
  revised: 'A revised plan',
  ended: 'A plan that has ended',
}

const actionWords: Record<PlanAction, { cannot: string; can: string }> = {
  edit: { cannot: 'be edited', can: 'edited' },
  submit: { cannot: 'be submitted', can: 'submitted' },
  approve: { cannot: 'be approved', can: 'approved' },
  return: { cannot: 'be returned', can: 'returned with reasons' },
  activate: { cannot: 'be made active', can: 'made active' },
  'flexible-change': { cannot: 'be changed without approval', can: 'changed within its agreed outcomes' },
  'start-review': { cannot: 'be put under review', can: 'put under review' },
  'complete-review': { cannot: 'have a review closed', can: 'kept as it is' },
  revise: { cannot: 'be revised', can: 'revised' },
  end: { cannot: 'be ended', can: 'ended' },
}

/** "A plan that is approved cannot be submitted again; it can be made active." */
export function refusalMessage(state: PlanState, action: PlanAction, doneBefore: boolean): string {
  const cannot = `${stateSubject[state]} cannot ${actionWords[action].cannot}${doneBefore ? ' again' : ''}`
  const allowed = allowedActions(state).map((next) => actionWords[next].can)
  if (allowed.length === 0) return `${cannot}; nothing more can be done with it, so start a new plan.`
  return `${cannot}; it can be ${listWords(allowed, 'or')}.`
}
