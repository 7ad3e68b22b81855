import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { RULES_VERSION } from '@open-sds/direct-payments'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { DateInput } from '~/components/DateInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios, choicesFrom } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { auditRead } from '~/.server/audit-read'
import { typedFields, type FieldError } from '~/.server/forms'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { agreementOf, fieldErrors, notFound } from './direct-payments.server'
import { EVIDENCE_KINDS, evidenceView, recordEvidence } from './employment-evidence.server'
import { EvidenceFindings } from './__EvidenceFindings'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Employment evidence')

const ROUTE = 'routes/_direct-payments+/finance_.direct-payments.$agreementId_.evidence' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { directPayments, people } = context.database.repos
  const record = await directPayments.findAgreement(params.agreementId ?? '')
  if (!record) throw notFound()
  const person = await people.findById(record.personId)
  const evidence = await directPayments.employmentEvidenceFor(record.id)
  await auditRead(context, viewer, request, {
    action: 'direct-payment.read',
    personId: record.personId,
    resource: `direct-payment:${record.id}`,
  })
  return json({
    refusal: await takeRefusal<ActionData>(request, context),
    id: record.id,
    person: person?.displayName ?? 'Unknown person',
    view: evidenceView(evidence, agreementOf(record), todayInEngland(new Date())),
    kinds: EVIDENCE_KINDS,
  })
}

type ActionData = { errors: FieldError[]; values: Record<string, string> }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const values = typedFields(form)
  const done = await recordEvidence(context, viewer, params.agreementId ?? '', values, RULES_VERSION, new Date())
  if (!done.ok) {
    return refuseForm<ActionData>(
      { request, context, requestState: requestContext.requestState },
      { errors: fieldErrors(done.errors), values },
    )
  }
  return redirect(`/finance/direct-payments/${params.agreementId ?? ''}/evidence`)
}

export default function EmploymentEvidence() {
  const data = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>() ?? data.refusal
  const values = failed?.values ?? {}
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={failed?.errors.map((error) => ({
            ...error,
            href: error.field === 'expiresOn' ? '#expiresOnDay' : `#${error.field}`,
          }))}
        />
        <span className="govuk-caption-l">{data.person}</span>
        <h1 className="govuk-heading-l">Employment evidence</h1>
        <p className="govuk-body">
          Someone who employs personal assistants with a direct payment must hold employer’s liability insurance of at
          least £5 million, use a payroll provider, enrol their assistants in a workplace pension and, where the council
          asks, have each assistant DBS checked.
        </p>
        <EvidenceFindings view={data.view} />
        <h2 className="govuk-heading-m">Recorded</h2>
        {data.view.recorded.length === 0 ? (
          <p className="govuk-body">No evidence has been recorded.</p>
        ) : (
          <ul className="govuk-list">
            {data.view.recorded.map((item) => (
              <li key={item.id}>
                {item.kind}: {item.subject}
                {item.cover === null ? '' : `, cover ${item.cover}`}, expires {item.expires} (recorded {item.recordedOn}
                )
              </li>
            ))}
          </ul>
        )}
        <Form method="post" noValidate>
          <CsrfInput />
          <h2 className="govuk-heading-m">Record evidence</h2>
          <Radios
            name="kind"
            legend="Which evidence is it?"
            choices={choicesFrom(data.kinds)}
            value={values.kind}
            error={errorFor(failed?.errors, 'kind')}
          />
          <TextInput
            name="subject"
            label="The insurer, payroll provider, pension scheme or personal assistant it names"
            defaultValue={values.subject}
            error={errorFor(failed?.errors, 'subject')}
          />
          <TextInput
            name="cover"
            label="For insurance: the amount it covers, in pounds"
            hint="For example, 5000000 for £5 million"
            defaultValue={values.cover}
            error={errorFor(failed?.errors, 'cover')}
            widthClass="govuk-input--width-10"
          />
          <DateInput
            name="expiresOn"
            legend="The date it expires"
            hint="For a DBS check, the date the council asks for a new one"
            values={values}
            error={errorFor(failed?.errors, 'expiresOn')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record the evidence
          </button>
        </Form>
        <p className="govuk-body">
          <a className="govuk-link" href={`/finance/direct-payments/${data.id}`}>
            Back to the direct payment
          </a>
        </p>
      </div>
    </div>
  )
}
