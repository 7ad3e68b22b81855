import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { showSurvey, type Survey } from '@open-sds/coproduction'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { wordingChosen } from '~/.server/wording'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import { answersFromForm, checkResponse, requireSurvey, toStored, wordingOf } from './coproduction.server'
import type { FieldError } from '~/.server/forms'
import { anonymousAnswerFlood } from '~/.server/flood-limit'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, data?.title ?? 'Survey')

const ROUTE = 'routes/_coproduction+/surveys.$surveyId' as const

/**
 * How this visitor may answer: through a one-time link (anonymously), signed in (named, or anonymously where the
 * survey is open), or anonymously on an open survey. `closed` when none applies, with the reason.
 */
type Mode =
  | { kind: 'link'; token: string }
  | { kind: 'signed-in'; mayBeAnonymous: boolean }
  | { kind: 'open' }
  | { kind: 'closed'; reason: string }

async function modeFor(
  context: AppContext,
  survey: Survey,
  viewer: Viewer | null,
  token: string | null,
  now: Date,
): Promise<Mode> {
  if (token) {
    const checked = await context.database.repos.coproduction.checkLink(token, now)
    if (!checked.ok) return { kind: 'closed', reason: checked.errors[0]?.message ?? 'This link cannot be used' }
    if (checked.value.surveyId !== survey.id) return { kind: 'closed', reason: 'This link is for a different survey.' }
    return { kind: 'link', token }
  }
  if (viewer && survey.answering.named)
    return { kind: 'signed-in', mayBeAnonymous: survey.answering.anonymous === 'open' }
  if (survey.answering.anonymous === 'open') return { kind: 'open' }
  if (survey.answering.named)
    return { kind: 'closed', reason: 'Sign in to answer this survey, or use the link you were sent.' }
  return {
    kind: 'closed',
    reason: 'This survey is answered through a link sent to you. Ask the organisation running it for one.',
  }
}

function variantOf(value: unknown): 'standard' | 'easy-read' {
  return value === 'easy-read' ? 'easy-read' : 'standard'
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authorise(request, ROUTE)
  const survey = requireSurvey(context, params.surveyId ?? '')
  const url = new URL(request.url)
  // The wording the person chose, here (the survey's own link) or elsewhere, kept in a cookie so it stays switched.
  const wording = wordingChosen(request)
  const variant = variantOf(wording.easyRead ? 'easy-read' : null)
  const shown = showSurvey(survey, variant)
  const base = {
    surveyId: survey.id,
    title: shown.title,
    introduction: survey.introduction ?? null,
    offersEasyRead: survey.offersEasyRead,
    variant,
  }
  if (url.searchParams.get('sent') === '1')
    return json({ ...base, sent: true, mode: null, questions: [], link: null }, { headers: wording.headers })
  const token = url.searchParams.get('link')
  const mode = await modeFor(context, survey, viewer, token, new Date())
  return json(
    { ...base, sent: false, mode, questions: mode.kind === 'closed' ? [] : shown.questions, link: token },
    { status: mode.kind === 'closed' && token ? 410 : 200, headers: wording.headers },
  )
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  // An answer may be anonymous: the session row is not touched in the same moment (decision 023).
  const { context, viewer } = await authorise(request, ROUTE, { touchSession: false })
  const form = await readProtectedForm(request, context)
  const survey = requireSurvey(context, params.surveyId ?? '')
  const now = new Date()
  const token = typeof form.get('link') === 'string' && form.get('link') !== '' ? String(form.get('link')) : null
  const mode = await modeFor(context, survey, viewer, token, now)
  const { answers, raw } = answersFromForm(survey, form)
  const variant = variantOf(form.get('variant'))
  const fail = (errors: FieldError[], status = 400) => {
    requestContext.requestState.formHasErrors = true
    return json({ errors, values: { ...raw, respondAs: String(form.get('respondAs') ?? '') } }, { status })
  }
  if (mode.kind === 'closed') return fail([{ field: 'link', message: mode.reason }], 410)
  let respondAs: 'named' | 'anonymous' = mode.kind === 'signed-in' ? 'named' : 'anonymous'
  if (mode.kind === 'signed-in' && mode.mayBeAnonymous) {
    const chosen = form.get('respondAs')
    if (chosen !== 'named' && chosen !== 'anonymous')
      return fail([{ field: 'respondAs', message: 'Choose whether to answer with your name or anonymously' }])
    respondAs = chosen
  }
  const checked = checkResponse(
    survey,
    respondAs === 'named' && viewer ? { kind: 'named', respondentId: viewer.id } : { kind: 'anonymous' },
    variant,
    answers,
    now,
  )
  if (!checked.ok) return fail(checked.errors)
  // Anonymous answers beyond the hourly limit from one address are stored but held back from results until a
  // moderator releases them; the address itself is never stored (see HourlyFloodLimit).
  const held =
    respondAs === 'anonymous' && (await anonymousAnswerFlood.count(context, requestContext.clientAddress, now)) !== null
  const named = respondAs === 'named' ? viewer : null
  const stored = await context.database.withAudit(
    (repos) =>
      repos.coproduction.submitResponse(
        {
          survey: wordingOf(survey),
          response: toStored(checked.response, named, now),
          held,
          ...(mode.kind === 'link' ? { linkToken: mode.token } : {}),
        },
        now,
      ),
    // An anonymous answer leaves no audit entry: one would say who (or when) answered.
    (made) =>
      made.ok && named
        ? {
            at: now,
            actorUserId: named.id,
            action: 'survey.respond',
            resource: `survey:${survey.id}@${survey.version}`,
          }
        : undefined,
  )
  if (!stored.ok)
    return fail(
      stored.errors.map((error) => ({ field: error.path === 'link' ? 'link' : error.path, message: error.message })),
      error409(stored.errors),
    )
  return redirect(`/surveys/${survey.id}?sent=1${variant === 'easy-read' ? '&variant=easy-read' : ''}`)
}

const error409 = (errors: { path: string }[]) => (errors.some((error) => error.path === 'link') ? 409 : 400)

export default function SurveyPage() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.errors
  const values: Record<string, string> = result?.values ?? {}
  const variantLink = (variant: 'standard' | 'easy-read') => {
    const search = new URLSearchParams()
    if (data.link) search.set('link', data.link)
    search.set('variant', variant)
    const query = search.toString()
    return `/surveys/${data.surveyId}${query ? `?${query}` : ''}`
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={errors?.map((error) => (error.field === 'link' ? { ...error, href: '#survey-heading' } : error))}
        />
        <h1 className="govuk-heading-l" id="survey-heading">
          {data.title}
        </h1>
        {data.sent ? (
          <div className="govuk-panel govuk-panel--confirmation">
            <h2 className="govuk-panel__title">Thank you</h2>
            <div className="govuk-panel__body">Your answers have been sent</div>
          </div>
        ) : null}
        {data.sent ? (
          <p className="govuk-body">
            We publish what people tell us, and what we do about it, on the{' '}
            <a className="govuk-link" href="/feedback">
              you said, we did
            </a>{' '}
            page. Nobody can be picked out from what we publish.
          </p>
        ) : data.mode?.kind === 'closed' ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {data.mode.reason}
            </strong>
          </div>
        ) : data.mode ? (
          <>
            {data.offersEasyRead ? (
              <p className="govuk-body">
                {data.variant === 'easy-read' ? (
                  <a className="govuk-link" href={variantLink('standard')}>
                    Show the standard version of this survey
                  </a>
                ) : (
                  <a className="govuk-link" href={variantLink('easy-read')}>
                    Show this survey in Easy Read
                  </a>
                )}
              </p>
            ) : null}
            {data.introduction && data.variant === 'standard' ? (
              <p className="govuk-body">{data.introduction}</p>
            ) : null}
            {data.mode.kind === 'link' || data.mode.kind === 'open' ? (
              <p className="govuk-body">
                Your answers are anonymous: we do not keep your name, your account, the time you answered or the link
                you used. Because of that, we cannot find your answers again to change or remove them.
              </p>
            ) : null}
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="variant" value={data.variant} />
              {data.link ? <input type="hidden" name="link" value={data.link} /> : null}
              {data.mode.kind === 'signed-in' && data.mode.mayBeAnonymous ? (
                <Choice
                  name="respondAs"
                  legend="How do you want to answer?"
                  hint="If you answer anonymously, we keep no record of who you are or when you answered, so we cannot find your answers again to change or remove them."
                  options={[
                    { value: 'named', label: 'With my name, so you can follow up with me' },
                    { value: 'anonymous', label: 'Anonymously' },
                  ]}
                  value={values.respondAs}
                  error={errorFor(errors, 'respondAs')}
                />
              ) : data.mode.kind === 'signed-in' ? (
                <p className="govuk-body">You are signed in, so your answers are kept with your name.</p>
              ) : null}
              {data.questions.map((question) =>
                question.type === 'free-text' ? (
                  <div
                    className={`govuk-form-group${errorFor(errors, question.id) ? ' govuk-form-group--error' : ''}`}
                    key={question.id}
                  >
                    <label className="govuk-label govuk-label--s" htmlFor={question.id}>
                      {question.text}
                      {question.required ? '' : ' (optional)'}
                    </label>
                    {question.hint ? (
                      <div className="govuk-hint" id={`${question.id}-hint`}>
                        {question.hint}
                      </div>
                    ) : null}
                    <ErrorMessage id={`${question.id}-error`} error={errorFor(errors, question.id)} />
                    <textarea
                      className={`govuk-textarea${errorFor(errors, question.id) ? ' govuk-textarea--error' : ''}`}
                      id={question.id}
                      name={question.id}
                      rows={5}
                      defaultValue={values[question.id]}
                      aria-describedby={
                        [
                          question.hint ? `${question.id}-hint` : '',
                          errorFor(errors, question.id) ? `${question.id}-error` : '',
                        ]
                          .filter(Boolean)
                          .join(' ') || undefined
                      }
                    />
                  </div>
                ) : (
                  <Choice
                    key={question.id}
                    name={question.id}
                    legend={`${question.text}${question.required ? '' : ' (optional)'}`}
                    hint={question.hint}
                    image={question.image}
                    options={(question.options ?? []).map((option) => ({
                      value: String(option.value),
                      label: option.label,
                    }))}
                    value={values[question.id]}
                    error={errorFor(errors, question.id)}
                  />
                ),
              )}
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Send your answers
              </button>
            </Form>
          </>
        ) : null}
      </div>
    </div>
  )
}

function Choice(props: {
  name: string
  legend: string
  hint?: string
  image?: { src: string; alt: string }
  options: { value: string; label: string }[]
  value?: string
  error?: string
}) {
  const { name, legend, hint, image, options, value, error } = props
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {image ? <img src={image.src} alt={image.alt} className="app-easy-read-image" /> : null}
        {hint ? (
          <div className="govuk-hint" id={`${name}-hint`}>
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={`${name}-error`} error={error} />
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  defaultChecked={value === option.value}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
