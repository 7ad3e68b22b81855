import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import type { Answers } from '@open-sds/questionnaire'
import { validateAnswer, visibleQuestions } from '@open-sds/questionnaire'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { SaveOrContinueButtons } from '~/components/SaveOrContinueButtons'
import { auditRead } from '~/.server/audit-read'
import { auditedChange } from '~/.server/audited-change'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { AppContext } from '~/.server/context'
import type { Viewer } from '~/.server/auth/session'
import { QuestionField, type RawAnswer } from '../_self-assessment+/__QuestionField'
import { answerForForm, questionAfter, rawAnswerFrom } from '../_self-assessment+/answer-text.server'
import { carerAnswers, carersPolicyOf, requireCarer } from './carers.server'
import { refuse, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.question.label ?? 'Question')

const ROUTE = 'routes/_carers+/carers.self-assessment.$questionId' as const
const BASE = '/carers/self-assessment'

/** The carer's draft and the question on this page; a question not shown with these answers is not found. */
async function load(context: AppContext, viewer: Viewer, questionId: string) {
  const carer = await requireCarer(context, viewer)
  const definition = carersPolicyOf(context).selfAssessment
  const draft = await context.database.repos.carers.findDraft(carer.personId, definition.id)
  if (!draft) throw redirect('/carers')
  const answers = carerAnswers(draft)
  const shown = visibleQuestions(definition, answers)
  const index = shown.findIndex((question) => question.id === questionId)
  const question = shown[index]
  if (!question)
    throw new Response('This question is not part of your self-assessment with the answers you have given.', {
      status: 404,
      statusText: 'Not Found',
    })
  const section = definition.sections.find((each) => each.questions.some((q) => q.id === question.id))
  return { carer, definition, draft, answers, shown, index, question, caption: section?.title ?? definition.title }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { carer, draft, answers, shown, index, question, caption } = await load(
    context,
    viewer,
    params.questionId ?? '',
  )
  await auditRead(context, viewer, request, {
    action: 'carer-assessment.read',
    personId: carer.personId,
    resource: `carer-assessment:${draft.id}`,
  })
  const changing = new URL(request.url).searchParams.get('change') === '1'
  const previous = shown[index - 1]
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    question,
    caption,
    value: answerForForm(question, answers[question.id] ?? undefined),
    back: changing ? `${BASE}/check` : previous ? `${BASE}/${previous.id}` : '/carers',
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { carer, definition, draft, answers: saved, question } = await load(context, viewer, params.questionId ?? '')
  const raw = rawAnswerFrom(question, form)
  const checked = validateAnswer(definition, question.id, raw)
  if (!checked.ok) {
    return refuse(
      { request, context, requestState: requestContext.requestState },
      { error: checked.errors[0]?.message ?? 'Check your answer', value: raw ?? null },
    )
  }
  const answers: Record<string, Answers[string]> = { ...saved }
  if (checked.value === undefined) delete answers[question.id]
  else answers[question.id] = checked.value
  const now = new Date()
  const stored = await auditedChange(
    context,
    (repos) => repos.carers.saveAnswers(draft.id, answers, viewer.id, now),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'carer-assessment.update',
      personId: carer.personId,
      resource: `carer-assessment:${draft.id}`,
      detail: { questionId: question.id },
    }),
  )
  if (!stored.ok) {
    return refuse(
      { request, context, requestState: requestContext.requestState },
      { error: stored.errors[0]?.message ?? 'Your answer could not be saved', value: raw ?? null },
      409,
    )
  }
  if (form.get('intent') === 'save-and-leave') return redirect('/carers')
  const changing = new URL(request.url).searchParams.get('change') === '1'
  const next = questionAfter(definition, answers, question.id, changing)
  return redirect(next ? `${BASE}/${next}${changing ? '?change=1' : ''}` : `${BASE}/check`)
}

export default function CarerQuestion() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const error = result?.error
  const value = result ? (result.value ?? undefined) : data.value
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={data.back} className="govuk-back-link">
          Back
        </a>
        <ErrorSummary errors={error ? [{ field: 'answer', message: error }] : undefined} />
        <Form method="post" noValidate>
          <CsrfInput />
          <QuestionField question={data.question} value={value as RawAnswer} error={error} caption={data.caption} />
          <SaveOrContinueButtons />
        </Form>
      </div>
    </div>
  )
}
