import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { PositiveRiskInputSchema, parse, rateRisk } from '@open-sds/safeguarding'
import { Radios, Textarea } from '~/components/FormFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { TAG_CLASS, WHOSE_RISK } from './__positive-risk-labels'
import { personForRisks, riskView } from './positive-risks.server'
import { fieldErrors, formValues, riskMatrixFor } from './safeguarding.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(
    matches,
    data ? `Risks ${data.self ? 'I choose' : `${data.person} chooses`} to take` : 'Risks I choose to take',
  )

const ROUTE = 'routes/_safeguarding+/people_.$personId.risks._index' as const
const FIELDS = [
  'risk',
  'whoseRisk',
  'personsView',
  'benefit',
  'howReduced',
  'costOfNotTakingIt',
  'likelihood',
  'impact',
]

// What the person writes; the decision, who made it and the review date come at the practitioner's agreement step.
const ProposalSchema = PositiveRiskInputSchema.pick({
  risk: true,
  whoseRisk: true,
  personsView: true,
  benefit: true,
  howReduced: true,
  costOfNotTakingIt: true,
})

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { person, relationship } = await personForRisks(context, viewer, params.personId ?? '')
  const { matrix } = riskMatrixFor(context)
  const risks = await context.database.repos.positiveRisks.listForPerson(person.id)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    person: person.displayName,
    personId: person.id,
    self: relationship === 'self',
    practitioner: relationship === 'practitioner',
    matrix: {
      name: matrix.name,
      version: matrix.version,
      likelihood: matrix.likelihood,
      impact: matrix.impact,
      thresholds: matrix.thresholds.map((threshold) => ({
        label: threshold.label,
        colour: threshold.colour,
        min: threshold.min,
        max: threshold.max,
      })),
    },
    risks: risks.map((risk) => riskView(risk, risk.decision)),
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { person } = await personForRisks(context, viewer, params.personId ?? '')
  const form = await readProtectedForm(request, context)
  const values = formValues(form)
  const optional = (name: string) => (values[name]?.trim() ? values[name] : undefined)
  const proposal = parse(ProposalSchema, {
    risk: values.risk ?? '',
    whoseRisk: values.whoseRisk,
    personsView: optional('personsView'),
    benefit: values.benefit ?? '',
    howReduced: values.howReduced ?? '',
    costOfNotTakingIt: optional('costOfNotTakingIt'),
  })
  const { matrix } = riskMatrixFor(context)
  const rating = rateRisk(
    matrix,
    values.likelihood ? Number(values.likelihood) : undefined,
    values.impact ? Number(values.impact) : undefined,
  )
  if (!proposal.ok || !rating.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = fieldErrors(
      [...(proposal.ok ? [] : proposal.errors), ...(rating.ok ? [] : rating.errors)],
      (path) => path.split('.')[0] ?? 'risk',
    )
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors: errors.sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field)), values },
    )
  }
  const plan = await context.database.repos.supportPlans.findOpenForPerson(person.id)
  const now = new Date()
  const stored = await auditedChange(
    context,
    (repos) =>
      repos.positiveRisks.record(
        {
          personId: person.id,
          supportPlanId: plan?.id ?? null,
          recordedByUserId: viewer.id,
          proposal: { ...proposal.value, likelihood: rating.value.likelihood, impact: rating.value.impact },
          rating: rating.value,
          matrixId: rating.value.matrixId,
          matrixVersion: rating.value.matrixVersion,
          score: rating.value.score,
        },
        now,
      ),
    (stored) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'positive-risk.record',
      personId: person.id,
      resource: `positive-risk:${stored.id}`,
    }),
  )
  if (!stored.ok)
    throw new Error(
      `A checked risk was refused by the database: ${stored.errors.map((error) => error.message).join('; ')}`,
    )
  return redirect(`/people/${person.id}/risks`)
}

export default function RisksIChooseToTake() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  const heading = data.self ? 'Risks I choose to take' : `Risks ${data.person} chooses to take`
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/people/${data.personId}`} className="govuk-back-link">
          Back to the record
        </a>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{data.person}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">
          Living the life you choose can mean taking some risks. Write down a risk you want to take, why it matters to
          you, and how it can be made smaller. A practitioner then agrees it with you, in proportion to the risk: the
          starting point is to support you to take it.
        </p>
        {data.risks.length === 0 ? <p className="govuk-body">No risks have been recorded yet.</p> : null}
        {data.risks.map((risk) => (
          <div className="govuk-summary-card" key={risk.id} id={`risk-${risk.id}`}>
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title">{risk.risk}</h2>
              <ul className="govuk-summary-card__actions">
                {data.practitioner ? (
                  <li className="govuk-summary-card__action">
                    <a className="govuk-link" href={`/people/${data.personId}/risks/${risk.id}`}>
                      {risk.decision ? 'Record a new decision' : 'Agree this risk'}
                      <span className="govuk-visually-hidden">: {risk.risk}</span>
                    </a>
                  </li>
                ) : null}
              </ul>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Whose risk</dt>
                  <dd className="govuk-summary-list__value">{risk.whose}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">The person’s view</dt>
                  <dd className="govuk-summary-list__value">{risk.personsView ?? 'Not recorded'}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">The benefit of taking it</dt>
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
                    </strong>
                    <ul className="govuk-list govuk-body-s govuk-!-margin-top-2">
                      {risk.rating.explanation.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Decision</dt>
                  <dd className="govuk-summary-list__value">
                    {risk.decision ? (
                      <>
                        {risk.decision.outcome} on {formatDate(risk.decision.on)} by {risk.decision.by}.{' '}
                        {risk.decision.detail}
                        <br />
                        Review by {formatDate(risk.decision.reviewOn)}.
                      </>
                    ) : (
                      'Waiting to be agreed with a practitioner'
                    )}
                  </dd>
                </div>
              </dl>
            </div>
          </div>
        ))}
        <h2 className="govuk-heading-m">Record a risk {data.self ? 'you choose' : 'they choose'} to take</h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <Textarea
            name="risk"
            label="What is the risk?"
            hint="For example: going to football matches on my own by bus."
            rows={3}
            value={values.risk}
            error={errorFor(errors, 'risk')}
          />
          <Radios
            name="whoseRisk"
            legend="Whose risk is it?"
            value={values.whoseRisk}
            error={errorFor(errors, 'whoseRisk')}
            choices={WHOSE_RISK}
          />
          <Textarea
            name="personsView"
            label="What do you think about it?"
            hint="In your own words."
            rows={3}
            value={values.personsView}
            error={errorFor(errors, 'personsView')}
          />
          <Textarea
            name="benefit"
            label="What is good about taking this risk?"
            rows={3}
            value={values.benefit}
            error={errorFor(errors, 'benefit')}
          />
          <Textarea
            name="howReduced"
            label="How can the risk be made smaller?"
            hint="Or write that nothing more is needed."
            rows={3}
            value={values.howReduced}
            error={errorFor(errors, 'howReduced')}
          />
          <Textarea
            name="costOfNotTakingIt"
            label="What would you lose by not taking it? (optional)"
            rows={2}
            value={values.costOfNotTakingIt}
            error={errorFor(errors, 'costOfNotTakingIt')}
          />
          <Radios
            name="likelihood"
            legend={`${data.matrix.likelihood.name}: how likely is it that something goes wrong?`}
            value={values.likelihood}
            error={errorFor(errors, 'likelihood')}
            choices={data.matrix.likelihood.levels.map((level) => ({
              value: String(level.value),
              label: `${level.value}: ${level.label}`,
            }))}
          />
          <Radios
            name="impact"
            legend={`${data.matrix.impact.name}: how bad would it be if it did?`}
            value={values.impact}
            error={errorFor(errors, 'impact')}
            choices={data.matrix.impact.levels.map((level) => ({
              value: String(level.value),
              label: `${level.value}: ${level.label}`,
            }))}
          />
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">How the rating is worked out</span>
            </summary>
            <div className="govuk-details__text">
              <p className="govuk-body">
                {data.matrix.likelihood.name} times {data.matrix.impact.name.toLowerCase()} gives a score. On{' '}
                {data.matrix.name} (version {data.matrix.version}):
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {data.matrix.thresholds.map((threshold) => (
                  <li key={threshold.label}>
                    {threshold.min} to {threshold.max}: {threshold.label} ({threshold.colour})
                  </li>
                ))}
              </ul>
            </div>
          </details>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save this risk
          </button>
        </Form>
      </div>
    </div>
  )
}
