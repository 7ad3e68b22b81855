import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { carers as carerRules } from '@open-sds/plugin-sdk'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Checkboxes, Textarea } from '~/components/FormFields'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { ChoiceWithDetail } from './__ChoiceWithDetail'
import { CombinedAssessments } from './__CombinedAssessments'
import { TheirAnswers } from '../_self-assessment+/__TheirAnswers'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { auditedChange } from '~/.server/audited-change'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { answerRows } from '../_self-assessment+/answer-text.server'
import { withClosing } from '../_work+/work-arrival.server'
import { combinationsOf } from './combined-assessments.server'
import {
  carerAnswers,
  carerAssessmentSubject,
  carersPolicyOf,
  determinationView,
  staffCarerAssessment,
} from './carers.server'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'A carer’s self-assessment')

const ROUTE = 'routes/_carers+/work.carer-assessments.$assessmentId' as const
const FIELDS = [
  'necessaryCareMet',
  'necessaryCareReason',
  'healthAtRisk',
  'healthReason',
  'outcomes',
  'outcomesHow',
  'wellbeingMet',
  'wellbeingImpact',
]
// Where each finding's problem is shown: the package names the path, the page names the field.
const FIELD_OF_PATH: Record<string, string> = {
  'necessaryCare.met': 'necessaryCareMet',
  'necessaryCare.reason': 'necessaryCareReason',
  'health.atRisk': 'healthAtRisk',
  'health.reason': 'healthReason',
  'outcomes.unableToAchieve': 'outcomes',
  'outcomes.how': 'outcomesHow',
  'wellbeing.met': 'wellbeingMet',
  'wellbeing.impact': 'wellbeingImpact',
}
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]

const yesNo = (value: string | undefined) => (value === 'yes' ? true : value === 'no' ? false : undefined)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { assessment, carer } = await staffCarerAssessment(context, viewer.id, params.assessmentId ?? '')
  await auditRead(context, viewer, request, {
    action: 'carer-assessment.read',
    personId: carer.id,
    resource: `carer-assessment:${assessment.id}`,
  })
  const definition = carersPolicyOf(context).selfAssessment
  const answers = carerAnswers(assessment)
  const { carers } = context.database.repos
  const determination = await carers.latestDetermination(assessment.id)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    carer: { id: carer.id, name: carer.displayName },
    sentAt: assessment.submittedAt?.toISOString() ?? null,
    caresFor: (await carers.listCaredFor(carer.id)).map((each) => ({
      id: each.id,
      name: each.caredForName,
      relationship: each.relationship,
      known: each.caredForPersonId !== null,
    })),
    answers: answerRows(definition, answers),
    outcomes: carerRules.CARER_OUTCOMES.map((outcome) => ({ value: outcome.code, label: outcome.title })),
    determination: determination ? determinationView(determination) : null,
    combinations: combinationsOf(
      await context.database.repos.combinedAssessments.listForCarerAssessment(assessment.id),
    ),
    combineHref: `/work/carer-assessments/${assessment.id}/combined`,
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const { assessment, carer } = await staffCarerAssessment(context, viewer.id, params.assessmentId ?? '')
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  const outcomes = form.getAll('outcomes').filter((value): value is string => typeof value === 'string')
  const findings = {
    necessaryCare: { met: yesNo(text('necessaryCareMet')), reason: text('necessaryCareReason') },
    health: { atRisk: yesNo(text('healthAtRisk')), reason: text('healthReason') },
    outcomes: { unableToAchieve: outcomes, how: text('outcomesHow') },
    wellbeing: { met: yesNo(text('wellbeingMet')), impact: text('wellbeingImpact') },
  }
  const decided = carerRules.determineCarerEligibility(findings)
  if (!decided.ok) {
    requestContext.requestState.formHasErrors = true
    const byField = new Map<string, string>()
    for (const issue of decided.errors) {
      const field = FIELD_OF_PATH[issue.path] ?? FIELD_OF_PATH[issue.path.split('.').slice(0, 2).join('.')] ?? 'form'
      if (!byField.has(field)) byField.set(field, issue.message)
    }
    const errors = FIELDS.filter((field) => byField.has(field)).map((field) => ({
      field,
      message: byField.get(field) ?? '',
    }))
    const values = Object.fromEntries(
      FIELDS.filter((field) => field !== 'outcomes').map((field) => [field, text(field)]),
    )
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values, outcomes })
  }
  const now = new Date()
  const onCaseload = (await context.database.repos.people.relationshipOf(viewer.id, carer.id)) === 'practitioner'
  // The determination, the carer on this practitioner's caseload and the work closed: one transaction.
  const stored = await auditedChange(
    context,
    async (repos) => {
      const recorded = await withClosing(
        context,
        repos.carers.determine(
          {
            carerAssessmentId: assessment.id,
            carerPersonId: carer.id,
            decidedByUserId: viewer.id,
            eligible: decided.value.eligible,
            determination: decided.value,
            rulesVersion: decided.value.rulesVersion,
          },
          now,
        ),
        { subject: carerAssessmentSubject(assessment.id), personId: carer.id, actorUserId: viewer.id },
        now,
      )
      if (recorded.ok && !onCaseload) {
        const granted = await repos.people.grantAccess(viewer.id, carer.id, 'practitioner', now)
        if (!granted.ok) throw new Error('The carer could not be put on the practitioner’s caseload')
      }
      return recorded
    },
    (determination) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'carer-eligibility.decide',
      personId: carer.id,
      resource: `carer-determination:${determination.id}`,
      detail: { eligible: determination.eligible, rulesVersion: determination.rulesVersion },
    }),
  )
  if (!stored.ok) throw new Error(`The determination could not be stored: ${stored.errors[0]?.message ?? ''}`)
  return redirect(`/work/carer-assessments/${assessment.id}?done=1`)
}

export default function CarerAssessmentForPractitioner() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? data.refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <RolePage caption="Carer’s self-assessment" heading={data.carer.name}>
      <ErrorSummary errors={errors} />
      {data.sentAt ? <p className="govuk-body">Sent on {formatDate(data.sentAt)}.</p> : null}
      <h2 className="govuk-heading-m">Whom they care for</h2>
      <ul className="govuk-list govuk-list--bullet">
        {data.caresFor.map((each) => (
          <li key={each.id}>
            {each.name} ({each.relationship}){each.known ? '' : ', not known to the council'}
          </li>
        ))}
      </ul>
      <CombinedAssessments combinations={data.combinations} other="person" />
      <p className="govuk-body">
        <a className="govuk-link" href={data.combineHref}>
          Record an agreement to combine this assessment with the cared-for person’s, or its withdrawal
        </a>
      </p>
      <TheirAnswers answers={data.answers} />
      {data.determination ? (
        <>
          <h2 className="govuk-heading-m">Determination</h2>
          <p className="govuk-body">
            Recorded on {formatDate(data.determination.at)}: {data.determination.eligible ? 'eligible' : 'not eligible'}
            .
          </p>
          <ol className="govuk-list govuk-list--number">
            {data.determination.reasons.map((reason) => (
              <li key={reason}>{reason.replace(/^\d+\. /, '')}</li>
            ))}
          </ol>
          {data.determination.eligible ? (
            <p className="govuk-body">
              <a className="govuk-link" href={`/work/carers/${data.carer.id}/plan`}>
                Agree the carer’s support plan and budget
              </a>
            </p>
          ) : null}
        </>
      ) : null}
      <h2 className="govuk-heading-m">
        {data.determination ? 'Record a new determination' : 'Record the determination'}
      </h2>
      <p className="govuk-body">
        Regulation 3 of the Care and Support (Eligibility Criteria) Regulations 2015. Give a reason for each finding:
        the carer reads them.
      </p>
      <Form method="post" noValidate>
        <CsrfInput />
        <ChoiceWithDetail
          choice={{
            name: 'necessaryCareMet',
            legend: 'Do the needs arise from providing necessary care to an adult?',
            choices: YES_NO,
          }}
          detail={{ name: 'necessaryCareReason', label: 'Why' }}
          errors={errors}
          values={values}
        />
        <ChoiceWithDetail
          choice={{
            name: 'healthAtRisk',
            legend: 'Is the carer’s physical or mental health deteriorating, or at risk of doing so?',
            choices: YES_NO,
          }}
          detail={{ name: 'healthReason', label: 'Why' }}
          errors={errors}
          values={values}
        />
        <Checkboxes
          name="outcomes"
          legend="Which outcomes is the carer unable to achieve?"
          hint="Any one is enough. Unable includes only with significant pain, distress or anxiety, or by endangering anyone’s health or safety."
          choices={data.outcomes}
          error={errorFor(errors, 'outcomes')}
          values={result?.outcomes ?? []}
        />
        <Textarea
          name="outcomesHow"
          label="How they are unable to achieve each outcome you selected"
          error={errorFor(errors, 'outcomesHow')}
          value={values.outcomesHow}
        />
        <ChoiceWithDetail
          choice={{
            name: 'wellbeingMet',
            legend: 'Is there, or is there likely to be, a significant impact on the carer’s wellbeing?',
            choices: YES_NO,
          }}
          detail={{ name: 'wellbeingImpact', label: 'The impact on their wellbeing' }}
          errors={errors}
          values={values}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Record the determination
        </button>
      </Form>
    </RolePage>
  )
}
