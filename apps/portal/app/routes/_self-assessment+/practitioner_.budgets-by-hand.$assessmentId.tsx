import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { budgetSetByHand, type IndicativeBudget } from '@open-sds/ras'
import { formatPence } from '@open-sds/kernel'
import { CsrfInput } from '~/components/CsrfInput'
import { errorFor } from '~/components/ErrorSummary'
import { Textarea } from '~/components/FormFields'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import { auditedChange } from '~/.server/audited-change'
import { moneyField } from '~/.server/money-field'
import { formStrings } from '~/routes/_charging+/charge-by-hand.server'
import { PoundsInput } from '~/routes/_plans+/__PoundsInput'
import { answerRows } from './answer-text.server'
import { requireSelfAssessment, storedAnswers, todayInEngland } from './self-assessment.server'
import { TheirAnswers } from './__TheirAnswers'
import { CaseHeader } from './__CaseHeader'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Work out the budget for ${data.person}` : 'Work out a budget')

const ROUTE = 'routes/_self-assessment+/practitioner_.budgets-by-hand.$assessmentId' as const

/**
 * A self-assessment of someone on this practitioner's caseload that was sent for its budget to be worked out by hand
 * (issue 19, no dead end), whether or not the budget has been recorded yet; anything else is not found.
 */
async function loadCase(context: AppContext, viewer: Viewer, assessmentId: string) {
  const { assessments, people } = context.database.repos
  const assessment = await assessments.findById(assessmentId)
  const byHand = assessment ? await assessments.budgetByHand(assessment.id) : undefined
  const onCaseload = byHand ? (await people.relationshipOf(viewer.id, byHand.personId)) === 'practitioner' : false
  const person = byHand && onCaseload ? await people.findById(byHand.personId) : undefined
  if (!assessment || !byHand || !person) {
    throw new Response('There is no budget to work out at this address on your caseload.', {
      status: 404,
      statusText: 'Not Found',
    })
  }
  return { assessment, byHand, person }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { assessment, byHand, person } = await loadCase(context, viewer, params.assessmentId ?? '')
  const { definition } = await requireSelfAssessment(context)
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'assessment.read',
    personId: person.id,
    resource: `assessment:${assessment.id}`,
  })
  const budget = assessment.status === 'submitted' ? (assessment.budget as IndicativeBudget | null) : null
  return json({
    assessmentId: assessment.id,
    person: person.displayName,
    reason: byHand.reason,
    sentAt: byHand.sentAt.toISOString(),
    completedOnBehalf: byHand.sentOnBehalf,
    answers: answerRows(definition, storedAnswers(assessment)),
    // Already worked out (perhaps in another tab): what was recorded, and no form.
    recorded: budget
      ? { weekly: formatPence(budget.weeklyPence), steps: budget.explanation.map((step) => step.text) }
      : null,
  })
}

const ALREADY_RECORDED =
  'The budget for this self-assessment has already been worked out and recorded, so nothing was changed. It is shown below.'

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { assessment, byHand, person } = await loadCase(context, viewer, params.assessmentId ?? '')
  const values = formStrings(form)
  const refuse = (errors: { field: string; message: string; href?: string }[], status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json({ errors, values }, { status })
  }
  if (assessment.status !== 'draft') return refuse([{ field: 'recorded', message: ALREADY_RECORDED }], 409)
  const errors: { field: string; message: string }[] = []
  const amount = moneyField('the weekly budget').safeParse(values.weeklyAmount ?? '')
  if (!amount.success)
    errors.push({ field: 'weeklyAmount', message: amount.error.issues[0]?.message ?? 'Enter the weekly budget' })
  else if (amount.data <= 0) errors.push({ field: 'weeklyAmount', message: 'The weekly budget must be more than £0' })
  const how = (values.how ?? '').trim()
  if (how === '') errors.push({ field: 'how', message: 'Enter how the budget was worked out: the person will see it' })
  else if (how.length > 2000)
    errors.push({ field: 'how', message: 'How the budget was worked out must be 2,000 characters or fewer' })
  if (errors.length > 0 || !amount.success) return refuse(errors)
  const now = new Date()
  const budget = budgetSetByHand({ weeklyPence: amount.data, how, setBy: viewer.displayName, on: todayInEngland(now) })
  if (!budget.ok)
    return refuse(
      budget.errors.map((issue) => ({ field: issue.path === 'how' ? 'how' : 'weeklyAmount', message: issue.message })),
    )
  // The self-assessment is finished as any other is: submitted with its indicative budget, which says who worked it
  // out, when and how. Its work item stays until the eligibility decision, as for any self-assessment sent.
  const recorded = await auditedChange(
    context,
    (repos) =>
      repos.assessments.submit(
        assessment.id,
        {
          userId: viewer.id,
          // The answers are the person's (or their representative's): the practitioner only worked out the budget.
          onBehalf: byHand.sentOnBehalf,
          budget: budget.value,
          rasConfigId: budget.value.configId,
          rasConfigVersion: budget.value.configVersion,
          weeklyPence: budget.value.weeklyPence,
        },
        now,
      ),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'assessment.budget-by-hand',
      personId: person.id,
      resource: `assessment:${assessment.id}`,
      detail: { weeklyPence: budget.value.weeklyPence },
    }),
  )
  // Another tab recorded it between the check above and this change: the change matched no draft.
  if (!recorded.ok) return refuse([{ field: 'recorded', message: ALREADY_RECORDED }], 409)
  return redirect(`/practitioner/assessments/${assessment.id}`)
}

export default function BudgetByHand() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.errors.map((error) => (error.field === 'recorded' ? { ...error, href: '#recorded' } : error))
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <CaseHeader
          person={data.person}
          heading="Work out the budget by hand"
          errors={errors}
          completedOnBehalf={data.completedOnBehalf}
        />
        <div className="govuk-inset-text" id="why-by-hand">
          Sent {formatDate(data.sentAt)}. The budget could not be worked out from the answers because: {data.reason}
        </div>
        <TheirAnswers answers={data.answers} />
        {data.recorded ? (
          <div id="recorded">
            <h2 className="govuk-heading-m">Budget recorded: {data.recorded.weekly} a week</h2>
            <ol className="govuk-list govuk-list--number">
              {data.recorded.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
            <p className="govuk-body">
              <a className="govuk-link" href={`/practitioner/assessments/${data.assessmentId}`}>
                Record the eligibility decision
              </a>
            </p>
          </div>
        ) : (
          <>
            <h2 className="govuk-heading-m">The budget</h2>
            <p className="govuk-body">
              The person will see this amount as their indicative budget, with how you worked it out and that a
              practitioner did. You then record the eligibility decision as for any self-assessment.
            </p>
            <Form method="post" noValidate>
              <CsrfInput />
              <PoundsInput
                name="weeklyAmount"
                label="Weekly budget"
                hint="In pounds and pence, for example 245.50"
                value={result?.values.weeklyAmount}
                error={errorFor(errors, 'weeklyAmount')}
              />
              <Textarea
                name="how"
                label="How you worked it out"
                hint="In plain words: the person will read this. For example, the hours of support and the rates used."
                value={result?.values.how}
                error={errorFor(errors, 'how')}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Record the budget
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  )
}
