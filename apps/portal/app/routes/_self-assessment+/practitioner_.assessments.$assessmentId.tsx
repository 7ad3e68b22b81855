import { withClosing } from '../_work+/work-arrival.server'
import { eligibilityLetterFor, thenKeepLetter } from '~/.server/letters/letters.server'
import { thenTell } from '~/.server/notify/person-notices'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import type { IndicativeBudget } from '@open-sds/ras'
import { formatPence } from '@open-sds/kernel'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorMessage } from '~/components/ErrorMessage'
import { errorFor } from '~/components/ErrorSummary'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { answerRows } from './answer-text.server'
import { TheirAnswers } from './__TheirAnswers'
import { CaseHeader } from './__CaseHeader'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { refuse, takeRefusal } from '~/.server/refusals'
import { readProtectedForm } from '~/.server/auth/csrf'
import type { Viewer } from '~/.server/auth/session'
import type { AppContext } from '~/.server/context'
import { ELIGIBILITY_OUTCOMES, readEligibilityForm } from './eligibility.server'
import { requireSelfAssessment, storedAnswers, todayInEngland } from './self-assessment.server'
import { Checkboxes, optionId, Textarea } from '~/components/FormFields'
import { DateInput } from '~/components/DateInput'
import { auditedChange } from '~/.server/audited-change'
import { CombinedAssessments } from '../_carers+/__CombinedAssessments'
import { combinationsOf } from '../_carers+/combined-assessments.server'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Eligibility and budget for ${data.person}` : 'Self-assessment')

const ROUTE = 'routes/_self-assessment+/practitioner_.assessments.$assessmentId' as const

/** A sent self-assessment of someone on this practitioner's caseload; anything else is not found. */
async function loadCase(context: AppContext, viewer: Viewer, assessmentId: string) {
  const { assessments, people } = context.database.repos
  const assessment = await assessments.findById(assessmentId)
  const onCaseload = assessment
    ? (await people.relationshipOf(viewer.id, assessment.personId)) === 'practitioner'
    : false
  const person = assessment && onCaseload ? await people.findById(assessment.personId) : undefined
  if (!assessment || !person || assessment.status !== 'submitted' || !assessment.budget) {
    throw new Response('There is no sent self-assessment at this address on your caseload.', {
      status: 404,
      statusText: 'Not Found',
    })
  }
  return { assessment, person, budget: assessment.budget as IndicativeBudget }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { assessment, person, budget } = await loadCase(context, viewer, params.assessmentId ?? '')
  const { definition } = await requireSelfAssessment(context)
  const answers = storedAnswers(assessment)
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'assessment.read',
    personId: person.id,
    resource: `assessment:${assessment.id}`,
  })
  const decision = await context.database.repos.eligibilityDecisions.latestForAssessment(assessment.id)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    person: person.displayName,
    eligibilityOutcomes: ELIGIBILITY_OUTCOMES,
    completedOnBehalf: assessment.completedOnBehalf,
    // Issue 16: a carer's assessment combined with this one (Care Act s12(5)), linked both ways.
    combinations: combinationsOf(
      await context.database.repos.combinedAssessments.listForPersonAssessment(assessment.id),
    ),
    answers: answerRows(definition, answers),
    indicative: formatPence(budget.weeklyPence),
    steps: budget.explanation.map((step) => step.text),
    decision: decision
      ? {
          eligible: decision.eligible,
          agreed: decision.agreedWeeklyPence === null ? null : formatPence(decision.agreedWeeklyPence),
          reason: decision.changeReason,
          at: decision.decidedAt.toISOString(),
        }
      : null,
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { assessment, person, budget } = await loadCase(context, viewer, params.assessmentId ?? '')
  const now = new Date()
  const read = readEligibilityForm(form, budget.weeklyPence, todayInEngland(now))
  const ticked = { outcomes: read.outcomes, fluctuationOutcomes: read.fluctuationOutcomes }
  const refusal = { request, context, requestState: requestContext.requestState }
  if (!read.ok) return refuse(refusal, { errors: read.errors, values: read.raw, ...ticked })
  // The decision letter is made before the transaction (decision 052) and kept with the decision inside it.
  const letter = await eligibilityLetterFor(
    context.site,
    {
      personName: person.displayName,
      decidedOn: todayInEngland(now),
      eligible: read.data.eligible,
      determination: read.data.determination,
      budget,
      agreedWeeklyPence: read.data.agreedWeeklyPence,
      changeReason: read.data.changeReason,
    },
    now,
  )
  const recorded = await auditedChange(
    context,
    async (repos) => {
      // The person hears in the same transaction (issue 15): agreed, changed from one agreed before, or not eligible.
      const earlier = await repos.eligibilityDecisions.listForPerson(person.id)
      const notice = !read.data.eligible
        ? 'not-eligible'
        : earlier.some((decision) => decision.eligible && decision.agreedWeeklyPence !== null)
          ? 'budget-changed'
          : 'budget-agreed'
      return withClosing(
        context,
        repos.eligibilityDecisions.record(
          {
            assessmentId: assessment.id,
            personId: person.id,
            decidedByUserId: viewer.id,
            indicativeWeeklyPence: budget.weeklyPence,
            ...read.data,
          },
          now,
        ),
        { subject: `assessment:${assessment.id}`, personId: person.id, actorUserId: viewer.id },
        now,
      )
        .then(thenKeepLetter(repos, 'eligibility-and-budget', letter, viewer.id, now))
        .then(thenTell(context, repos, person.id, notice, now))
    },
    () => ({
      at: now,
      actorUserId: viewer.id,
      action: 'eligibility.decide',
      personId: person.id,
      resource: `assessment:${assessment.id}`,
      detail: { eligible: read.data.eligible },
    }),
  )
  if (!recorded.ok) {
    const errors = recorded.errors.map((error) => ({ field: error.path, message: error.message }))
    return refuse(refusal, { errors, values: read.raw, ...ticked })
  }
  return redirect('/practitioner')
}

export default function EligibilityDecision() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values = result?.values
  const chosenOutcomes = result?.outcomes ?? []
  const outcomeChoices = data.eligibilityOutcomes.map((outcome) => ({ value: outcome.code, label: outcome.title }))
  const radios = (name: string, options: { value: string; label: string }[], legend: string, error?: string) => (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? `${name}-error` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <ErrorMessage id={`${name}-error`} error={error} />
        <div className="govuk-radios govuk-radios--inline">
          {options.map((option, index) => (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={optionId(name, index, option.value)}
                name={name}
                type="radio"
                value={option.value}
                defaultChecked={values?.[name] === option.value}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={optionId(name, index, option.value)}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
  const textarea = (name: string, label: string, hint?: string) => (
    <Textarea name={name} label={label} hint={hint} error={errorFor(errors, name)} value={values?.[name]} rows={3} />
  )

  const yesNo = [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ]
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <CaseHeader
          person={data.person}
          heading="Eligibility and budget"
          errors={errors}
          completedOnBehalf={data.completedOnBehalf}
        />
        {data.decision ? (
          <div className="govuk-inset-text">
            Decided {formatDate(data.decision.at)}:{' '}
            {data.decision.eligible ? `eligible, budget agreed at ${data.decision.agreed} a week` : 'not eligible'}
            {data.decision.reason ? ` (reason given: ${data.decision.reason})` : ''}. Recording a new decision keeps
            this one in the record.
          </div>
        ) : null}
        <CombinedAssessments combinations={data.combinations} other="carer" />
        <TheirAnswers answers={data.answers} />
        <h2 className="govuk-heading-m">Indicative budget: {data.indicative} a week</h2>
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">How it was worked out</span>
          </summary>
          <div className="govuk-details__text">
            <ol className="govuk-list govuk-list--number">
              {data.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </div>
        </details>
        <h2 className="govuk-heading-m">Eligibility determination</h2>
        <p className="govuk-body">
          Under the Care and Support (Eligibility Criteria) Regulations 2015, regulation 2, a person has eligible needs
          when all three conditions hold.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          {radios(
            'impairment',
            yesNo,
            '1. Do the needs arise from, or relate to, a physical or mental impairment or illness?',
            errorFor(errors, 'impairment'),
          )}
          {textarea('impairmentReason', 'Why')}
          <div className={`govuk-form-group${errorFor(errors, 'outcomes') ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby="outcomes-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                2. Which outcomes is the person unable to achieve because of those needs?
              </legend>
              <div id="outcomes-hint" className="govuk-hint">
                Select all that apply. Two or more are needed. &ldquo;Unable&rdquo; includes only with help, with
                significant pain, distress or anxiety, endangering themselves or others, or taking significantly longer
                than normal.
              </div>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {data.eligibilityOutcomes.map((outcome, index) => (
                  <div className="govuk-checkboxes__item" key={outcome.code}>
                    <input
                      className="govuk-checkboxes__input"
                      id={optionId('outcomes', index, outcome.code)}
                      name="outcomes"
                      type="checkbox"
                      value={outcome.code}
                      defaultChecked={chosenOutcomes.includes(outcome.code)}
                    />
                    <label
                      className="govuk-label govuk-checkboxes__label"
                      htmlFor={optionId('outcomes', index, outcome.code)}
                    >
                      {outcome.title}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          {textarea('outcomesHow', 'How the person is unable to achieve each outcome selected')}
          {radios(
            'wellbeing',
            yesNo,
            '3. As a result, is there, or is there likely to be, a significant impact on their wellbeing?',
            errorFor(errors, 'wellbeing'),
          )}
          {textarea(
            'wellbeingImpact',
            'The impact on their wellbeing',
            'Refer to the wellbeing areas in section 1 of the Care Act 2014. The person is best placed to judge their own wellbeing.',
          )}
          <h3 className="govuk-heading-s">Needs that fluctuate</h3>
          <p className="govuk-body">
            Where the level of the person&apos;s needs fluctuates, the determination must take into account their
            circumstances over a period long enough to establish their level of need accurately, not a single day
            (regulation 2(4)). The person will see what you write here.
          </p>
          {radios(
            'fluctuates',
            yesNo,
            '4. Does the level of the person’s needs fluctuate?',
            errorFor(errors, 'fluctuates'),
          )}
          {textarea(
            'fluctuationWhat',
            'If yes, how their needs fluctuate',
            'For example, how often they have a bad day or a relapse, and what they cannot do then.',
          )}
          <DateInput
            name="fluctuationFrom"
            legend="If yes, the period you considered: from"
            hint="For example, 1 9 2026"
            error={errorFor(errors, 'fluctuationFromDay')}
            values={values}
          />
          <DateInput
            name="fluctuationTo"
            legend="To"
            hint="No later than today. For example, 30 11 2026"
            error={errorFor(errors, 'fluctuationToDay')}
            values={values}
          />
          <Checkboxes
            name="fluctuationOutcomes"
            legend="If yes, which of the outcomes you selected in question 2 did you find only by looking across the period?"
            hint="Those the person can achieve on a good day. Leave all unticked if looking across the period added none."
            choices={outcomeChoices}
            error={errorFor(errors, 'fluctuationOutcomes')}
            values={result?.fluctuationOutcomes ?? []}
          />
          <h2 className="govuk-heading-m">Budget</h2>
          <p className="govuk-body">Only needed when all three conditions hold.</p>
          {radios(
            'budgetDecision',
            [
              { value: 'agree', label: `Agree ${data.indicative} a week` },
              { value: 'change', label: 'Change it' },
            ],
            'Do you agree the indicative budget?',
            errorFor(errors, 'budgetDecision'),
          )}
          <div className={`govuk-form-group${errorFor(errors, 'agreedAmount') ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="agreedAmount">
              New weekly budget, if you change it
            </label>
            <ErrorMessage id="agreedAmount-error" error={errorFor(errors, 'agreedAmount')} />
            <div className="govuk-input__wrapper">
              <div className="govuk-input__prefix" aria-hidden="true">
                £
              </div>
              <input
                className="govuk-input govuk-input--width-5"
                id="agreedAmount"
                name="agreedAmount"
                type="text"
                inputMode="decimal"
                spellCheck={false}
                defaultValue={values?.agreedAmount ?? ''}
              />
            </div>
          </div>
          {textarea('changeReason', 'Reason for the change', 'The person will see this reason.')}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record the decision
          </button>
        </Form>
      </div>
    </div>
  )
}
