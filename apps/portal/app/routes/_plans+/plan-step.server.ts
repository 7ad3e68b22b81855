import type { ActionFunctionArgs } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import type { Plan } from '@open-sds/support-planning'
import type { AuditAction } from '@open-sds/db'
import type { RouteId } from '../../.server/auth/access.js'
import { readProtectedForm } from '../../.server/auth/csrf.js'
import type { FieldError } from '../../.server/forms.js'
import { fieldFor, proposeChange, type ChangeOutcome } from './plan-changes.server.js'
import type { StepForm, StepOutcome } from './plan-forms.server.js'
import { issuesAsErrors, loadOwnPlan, planAuditEntry } from './plan-routes.server.js'
import { todayInEngland } from '../_self-assessment+/self-assessment.server.js'
import { refuse as refuseForm } from '../../.server/refusals.js'

export type StepResult = { errors: FieldError[]; form: StepForm; needsReview: string[] | null }

type StepReader = (plan: Plan, form: FormData, helpers: { newId: () => string; today: string }) => StepOutcome

/** The audit action of each outcome that stored something; the others stored nothing. */
const AUDITED_CHANGES: Partial<Record<ChangeOutcome['kind'], AuditAction>> = {
  saved: 'support-plan.update',
  flexible: 'support-plan.flexible-change',
  'sent-for-review': 'support-plan.submit',
  revised: 'support-plan.revise',
}

const sentence = (reasons: readonly string[]) => reasons.map((reason) => `${reason}.`)

/**
 * The action every step of the plan shares: read the step's form, apply it to the plan, and save it the way the
 * plan's state allows (see proposeChange). Nothing typed is lost when a step is refused: the page shows the typed
 * values again with the reasons. `next` is where a saved step goes on to.
 */
export async function planStepAction(
  { request, params, context: requestContext }: ActionFunctionArgs,
  routeId: RouteId,
  readStep: StepReader,
  options: { next: string | ((intent: string) => string); fallbackField: string },
) {
  const loaded = await loadOwnPlan(request, routeId, params.personId ?? '', 'support-plan.read')
  const { context, viewer, reader, stored, record, base } = loaded
  const formData = await readProtectedForm(request, context)
  const now = new Date()
  const refuse = (result: StepResult, status = 400) =>
    refuseForm({ request, context, requestState: requestContext.requestState }, result, status)
  const plan = record.versions.at(-1)?.plan
  if (!plan) throw new Error(`Support plan ${stored.id} has no versions`)
  let nextId = Date.now()
  const ids = new Set([...plan.outcomes.map((outcome) => outcome.id), ...plan.supports.map((support) => support.id)])
  const newId = () => {
    while (ids.has(`x${nextId.toString(36)}`)) nextId += 1
    const id = `x${nextId.toString(36)}`
    ids.add(id)
    return id
  }
  const step = readStep(plan, formData, { newId, today: todayInEngland(now) })
  if (!step.ok) return refuse({ errors: step.errors, form: step.form, needsReview: null })
  const sendForReview = formData.get('intent') === 'send-for-review'
  const outcome = await context.database.withAudit(
    (repos) => proposeChange(context, repos, viewer, reader, stored, step.plan, { now, sendForReview }),
    (changed) => {
      const action = AUDITED_CHANGES[changed.kind]
      if (!action) return undefined
      return planAuditEntry({ viewer, reader, stored }, action, now, { step: routeId })
    },
  )
  const intent = String(formData.get('intent') ?? (formData.get('remove') === null ? 'continue' : 'remove'))
  const next =
    intent === 'save-and-leave'
      ? base
      : (typeof options.next === 'string' ? options.next : options.next(intent)).replace(':base', base)
  switch (outcome.kind) {
    case 'unchanged':
      return redirect(next)
    case 'saved':
      return redirect(next)
    case 'flexible':
    case 'sent-for-review':
    case 'revised':
      return redirect(base)
    case 'needs-review':
      requestContext.requestState.formHasErrors = false
      return json({ errors: [], form: step.form, needsReview: sentence(outcome.reasons) } satisfies StepResult, {
        status: 200,
      })
    case 'refused':
      // 409 when someone else changed the plan meanwhile; 400 when the plan as changed is not a valid plan.
      return refuse(
        {
          errors: issuesAsErrors(outcome.errors, (path) => fieldFor(path, options.fallbackField)),
          form: step.form,
          needsReview: null,
        },
        outcome.errors.some((issue) => issue.path.startsWith('expected')) ? 409 : 400,
      )
  }
}
