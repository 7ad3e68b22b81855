import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { surveysInUse } from './coproduction.server'
import { SuccessBanner } from '~/components/SuccessBanner'
import { formatDate } from '~/components/dates'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Moderate comments')

const ROUTE = 'routes/_coproduction+/coproduction.moderation' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const questionText = new Map(
    surveysInUse(context).flatMap(({ survey }) =>
      survey.questions.map((question) => [`${survey.id}/${question.id}`, question.text] as const),
    ),
  )
  const [pending, held] = await Promise.all([
    context.database.repos.coproduction.pendingComments(100),
    context.database.repos.coproduction.listHeld(),
  ])
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    name: viewer.displayName,
    held: held.map((response) => ({
      id: response.responseId,
      survey: response.surveyTitle,
      on: response.submittedOn,
      answers: response.answers.length,
    })),
    pending: pending.map((comment) => ({
      ...comment,
      question: questionText.get(`${comment.surveyId}/${comment.questionId}`) ?? comment.questionId,
    })),
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const item = String(form.get('item') ?? '0').replace(/[^0-9]/g, '') || '0'
  if (form.get('intent') === 'release') {
    const responseId = String(form.get('responseId') ?? '')
    const released = await context.database.withAudit(
      (repos) => repos.coproduction.releaseHeld(responseId),
      (done) =>
        done.ok
          ? {
              at: new Date(),
              actorUserId: viewer.id,
              action: 'survey-response.release',
              resource: `survey-response:${responseId}`,
            }
          : undefined,
    )
    if (!released.ok) {
      return refuseForm(
        { request, context, requestState: requestContext.requestState },
        {
          errors: [
            { field: 'held-heading', message: released.errors[0]?.message ?? 'The response could not be released' },
          ],
          item,
          reason: '',
        },
        409,
      )
    }
    return redirect('/coproduction/moderation?done=release')
  }
  const decision = form.get('decision')
  const reason = String(form.get('reason') ?? '').trim()
  const fail = (field: string, message: string, status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json({ errors: [{ field, message }], item, reason }, { status })
  }
  if (decision !== 'publish' && decision !== 'withhold')
    return fail(`decision-${item}`, 'Choose whether to publish or withhold the comment')
  const now = new Date()
  const decided = await context.database.withAudit(
    (repos) =>
      repos.coproduction.moderate(
        {
          responseId: String(form.get('responseId') ?? ''),
          questionId: String(form.get('questionId') ?? ''),
          decision,
          ...(reason ? { reason } : {}),
          decidedByUserId: viewer.id,
        },
        now,
      ),
    (made) =>
      made.ok
        ? {
            at: now,
            actorUserId: viewer.id,
            action: `comment.${decision}`,
            resource: `survey-response:${String(form.get('responseId'))}`,
            detail: { questionId: String(form.get('questionId')) },
          }
        : undefined,
  )
  if (!decided.ok) {
    const error = decided.errors[0]
    if (error?.path === 'reason') return fail(`reason-${item}`, error.message)
    // The response was withdrawn (or never existed): say so at the top of the list, not against a field that is gone.
    return fail(
      'pending-heading',
      error?.message ?? 'The decision could not be recorded',
      error?.path === 'responseId' ? 409 : 400,
    )
  }
  return redirect(`/coproduction/moderation?done=${decision}`)
}

export default function Moderation() {
  const { name, pending, held, refusal } = useLoaderData<typeof loader>()
  const outcome = useActionData<typeof action>() ?? refusal
  const [search] = useSearchParams()
  const done = search.get('done')
  return (
    <RolePage caption={name} heading="Moderate comments">
      <ErrorSummary errors={outcome?.errors} />
      {done ? (
        <SuccessBanner>
          <p className="govuk-notification-banner__heading">
            {done === 'publish' ? 'The comment is published.' : 'The comment is withheld.'}
          </p>
        </SuccessBanner>
      ) : null}
      <p className="govuk-body">
        Nothing people write is published until someone has read it here. Withhold a comment that could identify someone
        (a name, an address, a rare detail), that is abusive, or that is about one person&apos;s care and needs a reply
        instead.
      </p>
      <h2 className="govuk-heading-m" id="pending-heading" tabIndex={-1}>
        Waiting for a decision ({pending.length})
      </h2>
      {pending.length === 0 ? <p className="govuk-body">There are no comments waiting.</p> : null}
      {pending.map((comment, index) => {
        const item = String(index)
        const decisionError = outcome?.item === item ? errorFor(outcome.errors, `decision-${item}`) : undefined
        const reasonError = outcome?.item === item ? errorFor(outcome.errors, `reason-${item}`) : undefined
        return (
          <Form
            method="post"
            noValidate
            key={`${comment.responseId}/${comment.questionId}`}
            className="app-moderation-item"
          >
            <CsrfInput />
            <input type="hidden" name="item" value={item} />
            <input type="hidden" name="responseId" value={comment.responseId} />
            <input type="hidden" name="questionId" value={comment.questionId} />
            <span className="govuk-caption-m">{comment.surveyTitle}</span>
            <h3 className="govuk-heading-s">{comment.question}</h3>
            <blockquote className="govuk-inset-text">{comment.text}</blockquote>
            <p className="govuk-body-s">Sent on {formatDate(comment.submittedOn)}</p>
            <div className={`govuk-form-group${decisionError ? ' govuk-form-group--error' : ''}`}>
              <fieldset
                className="govuk-fieldset"
                aria-describedby={decisionError ? `decision-${item}-error` : undefined}
              >
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Publish this comment?</legend>
                <ErrorMessage id={`decision-${item}-error`} error={decisionError} />
                <div className="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
                  <div className="govuk-radios__item">
                    <input
                      className="govuk-radios__input"
                      id={`decision-${item}`}
                      name="decision"
                      type="radio"
                      value="publish"
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`decision-${item}`}>
                      Publish
                    </label>
                  </div>
                  <div className="govuk-radios__item">
                    <input
                      className="govuk-radios__input"
                      id={`decision-${item}-2`}
                      name="decision"
                      type="radio"
                      value="withhold"
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`decision-${item}-2`}>
                      Withhold
                    </label>
                  </div>
                </div>
              </fieldset>
            </div>
            <div className={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor={`reason-${item}`}>
                Why it is withheld (needed only to withhold)
              </label>
              <ErrorMessage id={`reason-${item}-error`} error={reasonError} />
              <input
                className={`govuk-input${reasonError ? ' govuk-input--error' : ''}`}
                id={`reason-${item}`}
                name="reason"
                type="text"
                defaultValue={outcome?.item === item ? outcome.reason : undefined}
                aria-describedby={reasonError ? `reason-${item}-error` : undefined}
              />
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Record the decision<span className="govuk-visually-hidden"> on comment {index + 1}</span>
            </button>
          </Form>
        )
      })}
      {held.length > 0 ? (
        <>
          <h2 className="govuk-heading-m" id="held-heading">
            Answers held back from results
          </h2>
          <p className="govuk-body">
            More anonymous answers than usual came from one address within an hour. They are stored but not counted in
            any results until you release them. Release an answer if it looks genuine.
          </p>
          <ul className="govuk-list">
            {held.map((response) => (
              <li key={response.id}>
                <Form method="post" className="govuk-!-margin-bottom-2">
                  <CsrfInput />
                  <input type="hidden" name="intent" value="release" />
                  <input type="hidden" name="responseId" value={response.id} />
                  {response.survey}, {response.on}, {response.answers} {response.answers === 1 ? 'answer' : 'answers'}{' '}
                  <button
                    type="submit"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    data-module="govuk-button"
                  >
                    Release into results
                    <span className="govuk-visually-hidden">
                      {' '}
                      ({response.survey}, {response.on})
                    </span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </RolePage>
  )
}
