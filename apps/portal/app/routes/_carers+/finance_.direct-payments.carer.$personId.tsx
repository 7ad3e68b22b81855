import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { formatPence } from '@open-sds/kernel'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { Radios } from '~/components/FormFields'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'
import { typedFields, type FieldError } from '~/.server/forms'
import { AgreementTerms } from '../_direct-payments+/__AgreementTerms'
import { budgetWords, carerBudgetToAgree, setUpCarerAgreement } from './carer-direct-payments.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Set up a carer’s direct payment')

const ROUTE = 'routes/_carers+/finance_.direct-payments.carer.$personId' as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const { carer, plan, agreed } = await carerBudgetToAgree(context, params.personId ?? '')
  await auditRead(context, viewer, request, {
    action: 'person.read',
    personId: carer.id,
    resource: `carer-direct-payment-set-up:${carer.id}`,
  })
  return json({
    refusal: await takeRefusal<ActionData>(request, context),
    carer: carer.displayName,
    budget: budgetWords(plan),
    charge: plan.weeklyChargePence === 0 ? null : formatPence(plan.weeklyChargePence),
    oneOff: plan.budgetKind === 'one-off',
    agreed,
  })
}

type ActionData = { errors: (FieldError & { href?: string })[]; values: Record<string, string> }

export async function action({ request, params, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const values = typedFields(form)
  const made = await setUpCarerAgreement(context, viewer, params.personId ?? '', values, new Date())
  if (made.ok) return redirect(`/finance/direct-payments/${made.value.id}`)
  const errors = made.errors.map((found) => ({
    field: found.path,
    message: found.message,
    ...(found.path === 'startDate' ? { href: '#startDateDay' } : {}),
  }))
  return refuseForm<ActionData>({ request, context, requestState: requestContext.requestState }, { errors, values })
}

export default function SetUpCarersDirectPayment() {
  const { carer, budget, charge, oneOff, agreed, refusal } = useLoaderData<typeof loader>()
  const failed = useActionData<typeof action>() ?? refusal
  const values = failed?.values ?? {}
  const errors = failed?.errors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{carer}</span>
        <h1 className="govuk-heading-l">Set up a carer’s direct payment</h1>
        {agreed ? (
          <p className="govuk-body">{carer}’s budget already has a direct-payment agreement.</p>
        ) : (
          <>
            <p className="govuk-body">
              {carer}’s carer’s personal budget is {budget}, paid to them as a direct payment.{' '}
              {oneOff
                ? 'It is paid once, on the start date, and covers the year from then.'
                : 'It is paid on the council’s payment cycle.'}{' '}
              {charge === null
                ? 'The carer pays nothing towards it.'
                : `The carer’s charge is ${charge}${oneOff ? '' : ' a week'}.`}
            </p>
            <Form method="post" noValidate>
              <CsrfInput />
              <Radios
                name="accountType"
                legend="How the carer holds the money"
                choices={[
                  { value: 'own-bank-account', label: 'A bank account kept only for the direct payment' },
                  { value: 'prepaid-card', label: 'A prepaid card' },
                ]}
                value={values.accountType}
                error={errorFor(errors, 'accountType')}
              />
              <AgreementTerms chargeLegend="The carer’s charge" payer="the carer" values={values} errors={errors} />
            </Form>
          </>
        )}
      </div>
    </div>
  )
}
