import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { refuse, takeRefusal } from '~/.server/refusals'
import { BackToAccountDetails, CurrentPasswordInput, EmailAddressInput } from '~/components/AccountFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { requestEmailChange } from '~/.server/auth/account-changes'
import { ChangeEmailSchema } from '~/.server/auth/accounts'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { validateForm } from '~/.server/forms'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Change your email address')

const FIELDS = ['email', 'currentPassword']

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, 'routes/_front+/account_.email')
  return json({ refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context) })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_front+/account_.email')
  const form = await readProtectedForm(request, context)
  const refusal = { request, context, requestState: requestContext.requestState }
  const outcome = validateForm(ChangeEmailSchema, form, FIELDS)
  if (!outcome.ok) {
    return refuse(refusal, { errors: outcome.errors, values: outcome.values })
  }
  const asked = await requestEmailChange(
    context,
    viewer,
    { ...outcome.data, address: requestContext.clientAddress },
    new Date(),
  )
  if (!asked.ok) {
    return refuse(refusal, {
      errors: asked.errors.map(({ path, message }) => ({ field: path, message })),
      values: { email: outcome.data.email },
    })
  }
  return redirect('/account/details?done=email-sent')
}

export default function ChangeEmail() {
  const { refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  const errors = result?.errors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Change your email address</h1>
        <p className="govuk-body">
          We will send a link to the new address. Your email address changes when you follow it, and we will tell your
          old address.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <EmailAddressInput
            label="New email address"
            defaultValue={result?.values?.email}
            error={errorFor(errors, 'email')}
          />
          <CurrentPasswordInput
            name="currentPassword"
            label="Current password"
            error={errorFor(errors, 'currentPassword')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send the link
          </button>
        </Form>
        <BackToAccountDetails />
      </div>
    </div>
  )
}
