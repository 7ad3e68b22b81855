import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { FinancialField } from './__FinancialField'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import type { Viewer } from '~/.server/auth/session'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { AppContext } from '~/.server/context'
import { editableDraft, financialSetting } from './financial-assessment.server'
import { formValues, stepSpec, STEP_IDS, storedFinancialAnswers, validateStep } from './financial-form.server'
import { requireActingFor } from '~/routes/_self-assessment+/self-assessment.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse, takeRefusal } from '~/.server/refusals'
import { AnsweringFor, SaveOrContinueButtons } from '~/components/SaveOrContinueButtons'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.step.title ?? 'Financial assessment')

const ROUTE = 'routes/_charging+/people_.$personId.financial-assessment.$step' as const

async function load(context: AppContext, viewer: Viewer, personId: string, stepId: string) {
  const actingFor = await requireActingFor(context, viewer, personId)
  const setting = await financialSetting(context, actingFor.personId)
  const step = stepSpec(setting, stepId)
  if (!step)
    throw new Response('There is no such part of the financial assessment.', { status: 404, statusText: 'Not Found' })
  // Once sent (by hand too) the answers no longer change: the overview says where it is.
  const draft = await editableDraft(context, actingFor.personId)
  if (!draft) throw redirect(`/people/${actingFor.personId}/financial-assessment`)
  return { actingFor, setting, step, draft, answers: storedFinancialAnswers(draft.answers) }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { actingFor, step, answers, draft } = await load(context, viewer, params.personId ?? '', params.step ?? '')
  await auditRead(context, viewer, request, {
    action: 'financial-assessment.read',
    personId: actingFor.personId,
    resource: `financial-assessment:${draft.id}`,
  })
  const index = STEP_IDS.indexOf(step.id)
  const base = `/people/${actingFor.personId}/financial-assessment`
  const changing = new URL(request.url).searchParams.get('change') === '1'
  return json({
    step,
    values: formValues(step, answers[step.id]),
    back: changing ? `${base}/check` : index > 0 ? `${base}/${STEP_IDS[index - 1]}` : base,
    progressText: `Section ${index + 1} of ${STEP_IDS.length}`,
    onBehalfOf: actingFor.onBehalf ? actingFor.displayName : null,
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { actingFor, step, draft, answers } = await load(context, viewer, params.personId ?? '', params.step ?? '')
  const checked = validateStep(step, form)
  if (!checked.ok)
    return refuse(
      { request, context, requestState: requestContext.requestState },
      { errors: checked.errors, values: checked.values },
    )
  const now = new Date()
  const saved = await auditedChange(
    context,
    (repos) =>
      repos.financialAssessments.saveDraft(draft.id, { ...answers, [step.id]: checked.answers }, viewer.id, now),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'financial-assessment.update',
      personId: actingFor.personId,
      resource: `financial-assessment:${draft.id}`,
      detail: { step: step.id },
    }),
  )
  if (!saved.ok) throw redirect(`/people/${actingFor.personId}/financial-assessment`)
  const base = `/people/${actingFor.personId}/financial-assessment`
  if (form.get('intent') === 'save-and-leave') return redirect(base)
  if (new URL(request.url).searchParams.get('change') === '1') return redirect(`${base}/check`)
  const next = STEP_IDS[STEP_IDS.indexOf(step.id) + 1]
  return redirect(`${base}/${next ?? 'evidence'}`)
}

export default function FinancialStep() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const values = result?.values ?? data.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={data.back} className="govuk-back-link">
          Back
        </a>
        <ErrorSummary errors={result?.errors} />
        <AnsweringFor name={data.onBehalfOf} />
        <span className="govuk-caption-l">Financial assessment: {data.progressText}</span>
        <h1 className="govuk-heading-l">{data.step.title}</h1>
        <p className="govuk-body">{data.step.intro}</p>
        <Form method="post" noValidate>
          <CsrfInput />
          {data.step.fields.map((field) => (
            <FinancialField key={field.name} field={field} values={values} errors={result?.errors} />
          ))}
          <SaveOrContinueButtons />
        </Form>
      </div>
    </div>
  )
}
