import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { mspCategory, type EnquiryEvent } from '@open-sds/safeguarding'
import { Radios, Select, Textarea } from '~/components/FormFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { changeEnquiry, enquiryOf } from './enquiries.server'
import { locationChoices, sourceChoices } from './__safeguarding-choices'
import { concernAuditEntry, concernNotFound, fieldErrors, formValues, loadConcern } from './safeguarding.server'
import { auditedChange } from '~/.server/audited-change'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data ? `Close the enquiry for ${data.reference}` : 'Close the enquiry')

const ROUTE = 'routes/_safeguarding+/safeguarding_.concerns.$reference.close' as const
const FIELDS = [
  'riskOutcome',
  'actionTaken',
  'action',
  'reason',
  'result',
  'outcomesAchieved',
  'locationOfRisk',
  'sourceOfRisk',
  'summary',
]

const fieldForPath = (path: string): string => {
  if (path === 'riskOutcome' || path === 'riskOutcome.risk') return 'riskOutcome'
  if (path === 'riskOutcome.result') return 'result'
  if (path === 'riskOutcome.actionTaken') return 'actionTaken'
  if (path === 'riskOutcome.action') return 'action'
  if (path === 'riskOutcome.reason' || path === 'riskOutcome.note') return 'reason'
  if (path.startsWith('risk.location')) return 'locationOfRisk'
  if (path.startsWith('risk.source')) return 'sourceOfRisk'
  if (path.startsWith('risk.typesOfAbuse')) return 'riskOutcome'
  if (path.startsWith('outcomesAchieved')) return 'outcomesAchieved'
  if (path.startsWith('desiredOutcomes') || path.startsWith('advocacy')) return 'riskOutcome'
  if (path === 'summary') return 'summary'
  return 'riskOutcome'
}

/**
 * The closing event exactly as the form gave it: the finding, whether action was taken, and (where a risk was found)
 * what became of it, each as the Safeguarding Adults Collection counts them. Anything missing is left missing, for
 * the package to refuse; an enquiry ceased at the person's request has no action by definition.
 */
function closingEvent(values: Record<string, string>): EnquiryEvent {
  const finding = values.riskOutcome
  const actionTaken =
    values.actionTaken === 'yes'
      ? true
      : values.actionTaken === 'no' || finding === 'ceased-at-request'
        ? false
        : undefined
  const words = values.reason
    ? finding === 'identified' && actionTaken === false
      ? { reason: values.reason }
      : { note: values.reason }
    : {}
  const riskOutcome = finding
    ? {
        risk: finding,
        ...(actionTaken === undefined ? {} : { actionTaken }),
        ...(actionTaken && values.action ? { action: values.action } : {}),
        ...words,
        ...(values.result ? { result: values.result } : {}),
      }
    : undefined
  const risk = {
    ...(values.locationOfRisk ? { locationOfRisk: values.locationOfRisk } : {}),
    ...(values.sourceOfRisk ? { sourceOfRisk: values.sourceOfRisk } : {}),
  }
  return {
    type: 'close',
    ...(riskOutcome ? { riskOutcome: riskOutcome as never } : {}),
    ...(values.outcomesAchieved ? { outcomesAchieved: values.outcomesAchieved as never } : {}),
    ...(Object.keys(risk).length > 0 ? { risk: risk as never } : {}),
    ...(values.summary ? { summary: values.summary } : {}),
  }
}

async function load(request: Request, reference: string) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const concern = await loadConcern(context, viewer, request, reference)
  const record = await context.database.repos.safeguarding.findEnquiryForConcern(concern.id)
  if (!record || record.status !== 'open') throw concernNotFound()
  return { context, viewer, concern, record }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, concern, record } = await load(request, params.reference ?? '')
  const enquiry = enquiryOf(record)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    reference: concern.reference,
    outcomesExpressed:
      mspCategory(enquiry.desiredOutcomes) === 'outcomes-expressed'
        ? enquiry.desiredOutcomes?.asked === true
          ? (enquiry.desiredOutcomes.expressed ?? '')
          : ''
        : null,
    location: enquiry.risk.locationOfRisk ?? '',
    source: enquiry.risk.sourceOfRisk ?? '',
  })
}

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer, concern, record } = await load(request, params.reference ?? '')
  const form = await readProtectedForm(request, context)
  const values = formValues(form)
  const changed = await auditedChange(
    context,
    (repos) => changeEnquiry(repos, viewer, record, closingEvent(values), new Date()),
    (closed) =>
      concernAuditEntry(viewer, concern, 'safeguarding-enquiry.close', { riskOutcome: closed.riskOutcomeRow }),
  )
  if (!changed.ok) {
    requestContext.requestState.formHasErrors = true
    const errors = fieldErrors(changed.errors, fieldForPath).sort(
      (a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field),
    )
    return refuseForm({ request, context, requestState: requestContext.requestState }, { errors, values })
  }
  return redirect(`/safeguarding/concerns/${concern.reference}/enquiry`)
}

export default function CloseEnquiry() {
  const { reference, outcomesExpressed, location, source, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  const values: Record<string, string | undefined> = result?.values ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={`/safeguarding/concerns/${reference}/enquiry`} className="govuk-back-link">
          Back to the enquiry
        </a>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{reference}</span>
        <h1 className="govuk-heading-l">Close the enquiry</h1>
        <p className="govuk-body">
          An enquiry cannot close without a recorded risk outcome. Once closed it cannot be changed.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <Radios
            name="riskOutcome"
            legend="What did the enquiry find about the risk?"
            value={values.riskOutcome}
            error={errorFor(errors, 'riskOutcome')}
            choices={[
              { value: 'identified', label: 'A risk was identified' },
              { value: 'inconclusive', label: 'The risk assessment was inconclusive' },
              { value: 'none', label: 'No risk was identified' },
              { value: 'ceased-at-request', label: "The enquiry ceased at the person's request (no action taken)" },
            ]}
          />
          <Radios
            name="actionTaken"
            legend="Was action taken?"
            hint="Whatever the finding: for example a safety plan after an inconclusive assessment."
            inline
            value={values.actionTaken}
            error={errorFor(errors, 'actionTaken')}
            choices={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
          />
          <Textarea
            name="action"
            label="If action was taken: what was done to protect the person"
            rows={3}
            value={values.action}
            error={errorFor(errors, 'action')}
          />
          <Textarea
            name="reason"
            label="If a risk was identified and no action taken: why (or a note on any other finding)"
            rows={2}
            value={values.reason}
            error={errorFor(errors, 'reason')}
          />
          <Radios
            name="result"
            legend="If a risk was identified: what happened to it?"
            inline
            value={values.result}
            error={errorFor(errors, 'result')}
            choices={[
              { value: 'remained', label: 'It remained' },
              { value: 'reduced', label: 'It was reduced' },
              { value: 'removed', label: 'It was removed' },
            ]}
          />
          {outcomesExpressed !== null ? (
            <Radios
              name="outcomesAchieved"
              legend="Were the outcomes the person wanted achieved?"
              hint={outcomesExpressed ? `They said: ${outcomesExpressed}` : undefined}
              value={values.outcomesAchieved}
              error={errorFor(errors, 'outcomesAchieved')}
              choices={[
                { value: 'fully', label: 'Fully' },
                { value: 'partly', label: 'Partly' },
                { value: 'not', label: 'Not achieved' },
              ]}
            />
          ) : null}
          <Select
            name="locationOfRisk"
            label="Location of risk"
            choices={locationChoices}
            value={values.locationOfRisk ?? location}
            error={errorFor(errors, 'locationOfRisk')}
          />
          <Radios
            name="sourceOfRisk"
            legend="Source of risk"
            choices={sourceChoices}
            value={values.sourceOfRisk ?? source ?? ''}
            error={errorFor(errors, 'sourceOfRisk')}
          />
          <Textarea
            name="summary"
            label="Summary (optional)"
            rows={3}
            value={values.summary}
            error={errorFor(errors, 'summary')}
          />
          <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
            Close the enquiry
          </button>
        </Form>
      </div>
    </div>
  )
}
