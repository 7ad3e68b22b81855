import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { assessPositiveRisk } from '@open-sds/safeguarding'
import { Checkboxes, Radios, Textarea } from '~/components/FormFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { TAG_CLASS } from './__positive-risk-labels'
import { personForRisks, riskView } from './positive-risks.server'
import { fieldErrors, formValues, riskMatrixFor } from './safeguarding.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Agree a risk ${data.person} chooses to take` : 'Agree a risk')

const ROUTE = 'routes/_safeguarding+/people_.$personId.risks.$riskId' as const
const FIELDS = ['personsView', 'outcome', 'conditions', 'reason', 'personTookPart', 'reviewDay']

const fieldForPath = (path: string): string => {
  if (path.startsWith('decision.conditions')) return 'conditions'
  if (path.startsWith('decision.reason')) return 'reason'
  if (path.startsWith('decision')) return 'outcome'
  if (path.startsWith('decidedBy')) return 'personTookPart'
  if (path.startsWith('reviewOn')) return 'reviewOn'
  if (path.startsWith('personsView')) return 'personsView'
  return 'outcome'
}

/** Only a practitioner with the person on their caseload agrees a risk; anything else at this address is not found. */
async function load(request: Request, personId: string, riskId: string) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { person, relationship } = await personForRisks(context, viewer, personId)
  const risk = relationship === 'practitioner' ? await context.database.repos.positiveRisks.find(riskId) : undefined
  if (!risk || risk.personId !== person.id)
    throw new Response('There is no record at this address that you can see.', { status: 404, statusText: 'Not Found' })
  return { context, viewer, person, risk }
}

const pad = (value: string | undefined, length: number) => (value ?? '').trim().padStart(length, '0')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, person, risk } = await load(request, params.personId ?? '', params.riskId ?? '')
  const view = riskView(risk, await context.database.repos.positiveRisks.latestDecision(risk.id))
  const { matrix } = riskMatrixFor(context)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    person: person.displayName,
    personId: person.id,
    risk: view,
    matrixChanged: matrix.id !== risk.matrixId || matrix.version !== risk.matrixVersion,
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer, person, risk } = await load(request, params.personId ?? '', params.riskId ?? '')
  const form = await readProtectedForm(request, context)
  const values = formValues(form)
  const proposal = risk.proposal as Record<string, unknown>
  const day = values.reviewDay?.trim()
  const month = values.reviewMonth?.trim()
  const year = values.reviewYear?.trim()
  const reviewOn = day || month || year ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : ''
  const decision =
    values.outcome === 'agreed-with-conditions'
      ? {
          outcome: values.outcome,
          conditions: (values.conditions ?? '')
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        }
      : values.outcome === 'not-agreed'
        ? { outcome: values.outcome, reason: values.reason ?? '' }
        : values.outcome
          ? { outcome: values.outcome }
          : undefined
  const decidedBy = [
    ...(values.personTookPart ? [{ name: person.displayName, role: 'the person' }] : []),
    { name: viewer.displayName, role: 'practitioner' },
  ]
  const { matrix } = riskMatrixFor(context)
  const assessed = assessPositiveRisk(
    {
      ...proposal,
      ...(values.personsView?.trim() ? { personsView: values.personsView } : {}),
      decision,
      decidedBy,
      reviewOn,
    },
    { matrix, now: new Date() },
  )
  if (!assessed.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = fieldErrors(
      assessed.errors.map((error) =>
        error.path === 'reviewOn' && error.message.startsWith('Must be a date')
          ? { ...error, message: 'Review date must be a real date, like 23 5 2027' }
          : error,
      ),
      fieldForPath,
    ).map((error) => (error.field === 'reviewOn' ? { ...error, field: 'reviewDay' } : error))
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: errors.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field)), values },
    )
  }
  const now = new Date()
  const stored = await auditedChange(
    context,
    (repos) =>
      repos.positiveRisks.decide(
        {
          assessmentId: risk.id,
          decidedByUserId: viewer.id,
          outcome: assessed.value.decision.outcome,
          reviewOn: assessed.value.reviewOn,
          assessment: assessed.value as unknown as Record<string, unknown>,
        },
        now,
      ),
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'positive-risk.decide',
      personId: person.id,
      resource: `positive-risk:${risk.id}`,
      detail: { outcome: assessed.value.decision.outcome },
    }),
  )
  if (!stored.ok)
    throw new Error(
      `A checked decision was refused by the database: ${stored.errors.map((error) => error.message).join('; ')}`,
    )
  return redirect(`/people/${person.id}/risks`)
}

export default function AgreeRisk() {
  const { person, personId, risk, matrixChanged, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  const dateError = errorFor(errors, 'reviewDay')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/people/${personId}/risks`} className="govuk-back-link">
          Back to the risks
        </a>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{person}</span>
        <h1 className="govuk-heading-l">Agree a risk {person} chooses to take</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">The risk</dt>
            <dd className="govuk-summary-list__value">{risk.risk}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Whose risk</dt>
            <dd className="govuk-summary-list__value">{risk.whose}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">The benefit</dt>
            <dd className="govuk-summary-list__value">{risk.benefit}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">How it is reduced</dt>
            <dd className="govuk-summary-list__value">{risk.howReduced}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Rating</dt>
            <dd className="govuk-summary-list__value">
              <strong className={`govuk-tag ${TAG_CLASS[risk.rating.colour] ?? 'govuk-tag--grey'}`}>
                {risk.rating.label}
              </strong>{' '}
              (score {risk.rating.score})
            </dd>
          </div>
        </dl>
        {matrixChanged ? (
          <div className="govuk-inset-text">
            The council’s risk matrix has changed since this risk was recorded: the decision will rate it on the matrix
            in force now.
          </div>
        ) : null}
        <div className="govuk-inset-text">
          Agree the risk in proportion to it. The starting point is to support the person to take it: a high rating
          alone is not a reason to say no.
        </div>
        <Form method="post" noValidate>
          <CsrfInput />
          <Textarea
            name="personsView"
            label="The person’s view"
            hint="Needed before you decide not to agree."
            rows={3}
            value={values.personsView ?? risk.personsView ?? ''}
            error={errorFor(errors, 'personsView')}
          />
          <Radios
            name="outcome"
            legend="Decision"
            value={values.outcome}
            error={errorFor(errors, 'outcome')}
            choices={[
              { value: 'agreed', label: 'Agreed' },
              { value: 'agreed-with-conditions', label: 'Agreed with conditions' },
              { value: 'not-agreed', label: 'Not agreed' },
            ]}
          />
          <Textarea
            name="conditions"
            label="If agreed with conditions: the conditions, one to a line"
            rows={3}
            value={values.conditions}
            error={errorFor(errors, 'conditions')}
          />
          <Textarea
            name="reason"
            label="If not agreed: the reason"
            hint="The person will see this, and can challenge it."
            rows={3}
            value={values.reason}
            error={errorFor(errors, 'reason')}
          />
          <Checkboxes
            name="personTookPart"
            legend="Who made the decision"
            hint="You are recorded as making it."
            values={values.personTookPart ? ['yes'] : []}
            error={errorFor(errors, 'personTookPart')}
            choices={[{ value: 'yes', label: `${person} took part in the decision` }]}
          />
          <div className={`govuk-form-group${dateError ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              role="group"
              aria-describedby={`reviewOn-hint${dateError ? ' reviewDay-error' : ''}`}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Review date</legend>
              <div id="reviewOn-hint" className="govuk-hint">
                For example, 27 3 2027
              </div>
              <ErrorMessage id="reviewDay-error" error={dateError} />
              <div className="govuk-date-input">
                {(
                  [
                    ['reviewDay', 'Day', 2],
                    ['reviewMonth', 'Month', 2],
                    ['reviewYear', 'Year', 4],
                  ] as const
                ).map(([name, label, width]) => (
                  <div className="govuk-date-input__item" key={name}>
                    <div className="govuk-form-group">
                      <label className="govuk-label govuk-date-input__label" htmlFor={name}>
                        {label}
                      </label>
                      <input
                        className={`govuk-input govuk-date-input__input govuk-input--width-${width}${dateError ? ' govuk-input--error' : ''}`}
                        id={name}
                        name={name}
                        type="text"
                        inputMode="numeric"
                        defaultValue={values[name] ?? ''}
                      />
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record the decision
          </button>
        </Form>
      </div>
    </div>
  )
}
