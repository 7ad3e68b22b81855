import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import type { Answers, QuestionnaireDefinition } from '@open-sds/questionnaire'
import { validateAnswer, visibleQuestions } from '@open-sds/questionnaire'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary } from '~/components/ErrorSummary'
import { QuestionField, type RawAnswer } from './__QuestionField'
import { pageTitle } from '~/components/page-title'
import { WordingSwitch } from '~/components/WordingSwitch'
import { wordingChosen } from '~/.server/wording'
import { questionWording } from '@open-sds/questionnaire'
import { answerForForm, questionAfter, rawAnswerFrom } from './answer-text.server'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { AppContext } from '~/.server/context'
import type { Viewer } from '~/.server/auth/session'
import { openDraft, requireActingFor, requireSelfAssessment, storedAnswers } from './self-assessment.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse, takeRefusal } from '~/.server/refusals'
import { AnsweringFor, SaveOrContinueButtons } from '~/components/SaveOrContinueButtons'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.question.label ?? 'Question')

const ROUTE = 'routes/_self-assessment+/people_.$personId.self-assessment.$questionId' as const

/** The draft and the question on this page; a question that is not (or no longer) shown is not found. */
async function load(context: AppContext, viewer: Viewer, personId: string, questionId: string) {
  const actingFor = await requireActingFor(context, viewer, personId)
  const { definition } = await requireSelfAssessment(context)
  const draft = await openDraft(context, actingFor.personId, definition.id)
  if (!draft) throw redirect(`/people/${actingFor.personId}/self-assessment`)
  const answers = storedAnswers(draft)
  const shown = visibleQuestions(definition, answers)
  const index = shown.findIndex((question) => question.id === questionId)
  const question = shown[index]
  if (!question)
    throw new Response('This question is not part of your self-assessment with the answers you have given.', {
      status: 404,
      statusText: 'Not Found',
    })
  return { actingFor, definition, draft, answers, shown, index, question }
}

function sectionOf(definition: QuestionnaireDefinition, questionId: string) {
  const index = definition.sections.findIndex((section) => section.questions.some((q) => q.id === questionId))
  return { index, title: definition.sections[index]?.title ?? definition.title }
}

// Counted in parts, whose number is fixed: a count of questions changed its total as answers hid or showed others.
function progressText(definition: QuestionnaireDefinition, questionId: string): string {
  return `Part ${sectionOf(definition, questionId).index + 1} of ${definition.sections.length}`
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { actingFor, definition, answers, shown, index, question, draft } = await load(
    context,
    viewer,
    params.personId ?? '',
    params.questionId ?? '',
  )
  await auditRead(context, viewer, request, {
    action: 'assessment.read',
    personId: actingFor.personId,
    resource: `assessment:${draft.id}`,
  })
  const changing = new URL(request.url).searchParams.get('change') === '1'
  const base = `/people/${actingFor.personId}/self-assessment`
  const previous = shown[index - 1]
  const wording = wordingChosen(request)
  const words = questionWording(question, { easyRead: wording.easyRead })
  return json(
    {
      easyRead: wording.easyRead,
      // The question in the wording the person chose: the package holds both (questionWording).
      question:
        question.type === 'single-choice' || question.type === 'multiple-choice'
          ? {
              ...question,
              label: words.label,
              hint: words.hint,
              options: question.options.map((option, at) => ({ ...option, ...words.options[at] })),
            }
          : { ...question, label: words.label, hint: words.hint },
      caption: sectionOf(definition, question.id).title,
      value: answerForForm(question, answers[question.id] ?? undefined),
      back: changing ? `${base}/check` : previous ? `${base}/${previous.id}` : base,
      overview: base,
      onBehalfOf: actingFor.onBehalf ? actingFor.displayName : null,
      progressText: progressText(definition, question.id),
      refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    },
    { headers: wording.headers },
  )
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const {
    actingFor,
    definition,
    draft,
    answers: savedAnswers,
    question,
  } = await load(context, viewer, params.personId ?? '', params.questionId ?? '')
  const raw = rawAnswerFrom(question, form)
  const checked = validateAnswer(definition, question.id, raw)
  const refusing = { request, context, requestState: requestContext.requestState }
  if (!checked.ok)
    return refuse(refusing, { error: checked.errors[0]?.message ?? 'Check your answer', value: raw ?? null })
  const answers: Record<string, Answers[string]> = { ...savedAnswers }
  if (checked.value === undefined) delete answers[question.id]
  else answers[question.id] = checked.value
  const now = new Date()
  const saved = await auditedChange(
    context,
    (repos) =>
      repos.assessments.saveAnswers(draft.id, answers, { userId: viewer.id, onBehalf: actingFor.onBehalf }, now),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'assessment.update',
      personId: actingFor.personId,
      resource: `assessment:${draft.id}`,
      detail: { questionId: question.id },
    }),
  )
  if (!saved.ok)
    return refuse(
      refusing,
      { error: saved.errors[0]?.message ?? 'Your answer could not be saved', value: raw ?? null },
      409,
    )
  const base = `/people/${actingFor.personId}/self-assessment`
  if (form.get('intent') === 'save-and-leave') return redirect(base)
  const changing = new URL(request.url).searchParams.get('change') === '1'
  const next = questionAfter(definition, answers, question.id, changing)
  return redirect(next ? `${base}/${next}${changing ? '?change=1' : ''}` : `${base}/check`)
}

export default function QuestionPage() {
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
        <AnsweringFor name={data.onBehalfOf} />
        <p className="govuk-body-s">{data.progressText}</p>
        <WordingSwitch easyRead={data.easyRead} />
        <Form method="post" noValidate>
          <CsrfInput />
          <QuestionField question={data.question} value={value as RawAnswer} error={error} caption={data.caption} />
          <SaveOrContinueButtons />
        </Form>
      </div>
    </div>
  )
}
