import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { formatPence } from '@open-sds/kernel'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Checkboxes, Radios, Select, choicesFrom } from '~/components/FormFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'
import { typedFields, type FieldError } from '~/.server/forms'
import { AgreementTerms } from './__AgreementTerms'
import { ACCOUNT_LABELS, RECIPIENT_LABELS } from './__labels'
import { fieldErrors, planToAgree, setUpAgreement } from './direct-payments.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Set up a direct payment')

const ROUTE = 'routes/_direct-payments+/finance_.direct-payments.new.$personId' as const

const AUTHORITY_LABELS = {
  'lasting-power-of-attorney': 'Lasting power of attorney',
  'court-appointed-deputy': 'Deputy appointed by the Court of Protection',
  'approved-by-the-council': 'Someone the council approved',
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { person, inForce } = await planToAgree(context, params.personId ?? '')
  await auditRead(context, viewer, request, {
    action: 'person.read',
    personId: person.id,
    resource: `direct-payment-set-up:${person.id}`,
  })
  const budget = inForce?.plan.funding.personalBudget
  return json({
    refusal: await takeRefusal<ActionData>(request, context),
    person: person.displayName,
    inForce: inForce
      ? {
          version: inForce.planVersion,
          directPayment: formatPence(budget?.directPaymentWeeklyPence ?? 0),
          serviceFund: formatPence(budget?.individualServiceFundWeeklyPence ?? 0),
          charge: formatPence(budget?.assessedContributionWeeklyPence ?? 0),
          managedBy: inForce.plan.people.moneyManagedBy.name,
        }
      : null,
  })
}

type ActionData = { errors: (FieldError & { href?: string })[]; values: Record<string, string> }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const values = typedFields(form)
  const made = await setUpAgreement(context, viewer, params.personId ?? '', values, new Date())
  if (made.ok) return redirect(`/finance/direct-payments/${made.value.id}`)
  const errors = fieldErrors(made.errors).map((error) =>
    error.field === 'startDate' ? { ...error, href: '#startDateDay' } : error,
  )
  return refuseForm<ActionData>({ request, context, requestState: requestContext.requestState }, { errors, values })
}

export default function SetUp() {
  const { person, inForce, refusal } = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>() ?? refusal
  const values = failed?.values ?? {}
  const errors = failed?.errors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{person}</span>
        <h1 className="govuk-heading-l">Set up a direct payment</h1>
        {inForce === null ? (
          <p className="govuk-body">
            {person}’s plan is not in force yet: a direct payment is agreed from a plan once it has been approved.
          </p>
        ) : (
          <>
            <p className="govuk-body">
              From version {inForce.version} of the plan in force: {inForce.directPayment} a week as a direct payment
              and {inForce.serviceFund} a week in an individual service fund; the assessed charge is {inForce.charge} a
              week. The money is managed by {inForce.managedBy}.
            </p>
            <Form method="post" noValidate>
              <CsrfInput />
              <Radios
                name="recipientRole"
                legend="Who receives the payments"
                choices={choicesFrom(RECIPIENT_LABELS)}
                value={values.recipientRole ?? 'the-person'}
                error={errorFor(errors, 'recipientRole')}
              />
              <TextInput
                name="recipientName"
                label="Their name"
                defaultValue={values.recipientName ?? person}
                error={errorFor(errors, 'recipientName')}
              />
              <Checkboxes
                name="nomineeAgreed"
                legend="A nominated person"
                choices={[{ value: 'yes', label: 'The nominated person has agreed to receive the payments' }]}
                values={values.nomineeAgreed ? [values.nomineeAgreed] : []}
                error={errorFor(errors, 'nomineeAgreed')}
              />
              <Select
                name="authority"
                label="An authorised person acts because of"
                choices={choicesFrom(AUTHORITY_LABELS)}
                placeholder="Not an authorised person"
                value={values.authority}
                error={errorFor(errors, 'authority')}
              />
              <Radios
                name="accountType"
                legend="How the money is held"
                choices={choicesFrom(ACCOUNT_LABELS)}
                value={values.accountType}
                error={errorFor(errors, 'accountType')}
              />
              <TextInput
                name="provider"
                label="The provider, for a managed account or an individual service fund"
                defaultValue={values.provider}
                error={errorFor(errors, 'provider')}
              />
              <AgreementTerms chargeLegend="The assessed charge" payer="the person" values={values} errors={errors} />
            </Form>
          </>
        )}
      </div>
    </div>
  )
}
