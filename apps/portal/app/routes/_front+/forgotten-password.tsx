import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { EmailAddressInput } from '~/components/AccountFields'
import { pageTitle } from '~/components/page-title'
import { ForgottenPasswordSchema } from '~/.server/auth/accounts'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { RESET_LINK_MINUTES, requestPasswordReset, resetLimitReached } from '~/.server/auth/password-reset'
import { validateForm } from '~/.server/forms'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Reset your password')

const FIELDS = ['email']

export async function loader({ request }: LoaderFunctionArgs) {
  await authorise(request, 'routes/_front+/forgotten-password')
  return json({ linkMinutes: RESET_LINK_MINUTES })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/forgotten-password')
  const form = await readProtectedForm(request, context)
  const outcome = validateForm(ForgottenPasswordSchema, form, FIELDS)
  if (!outcome.ok) {
    requestContext.requestState.formHasErrors = true
    return json({ errors: outcome.errors, values: outcome.values }, { status: 400 })
  }
  const now = new Date()
  const address = requestContext.clientAddress
  if (await resetLimitReached(context, address, now)) {
    requestContext.requestState.formHasErrors = true
    return json(
      {
        errors: [
          {
            field: 'email',
            message: 'Too many links have been asked for from your network in the last hour. Try again in an hour',
          },
        ],
        values: { email: outcome.data.email },
      },
      { status: 429 },
    )
  }
  await requestPasswordReset(context, { email: outcome.data.email, address }, now)
  // The same answer whether or not the address has an account, so this page cannot be used to find out who does.
  return redirect(`/forgotten-password?sent=${encodeURIComponent(outcome.data.email)}`)
}

export default function ForgottenPassword() {
  const { linkMinutes } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const sentTo = searchParams.get('sent')
  const errors = result?.errors
  if (sentTo !== null && !errors) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Check your email</h1>
          <p className="govuk-body">
            If there is an account with the email address <strong>{sentTo}</strong>, we have sent it a link to reset the
            password. The link works once, for {linkMinutes} minutes.
          </p>
          <p className="govuk-body">
            If nothing arrives, check the address you typed and your junk mail folder, or{' '}
            <a className="govuk-link" href="/forgotten-password">
              ask for another link
            </a>
            .
          </p>
        </div>
      </div>
    )
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Reset your password</h1>
        <p className="govuk-body">
          Enter the email address of your account. We will send it a link to choose a new password.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <EmailAddressInput defaultValue={result?.values?.email} error={errorFor(errors, 'email')} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Send the link
          </button>
        </Form>
        <p className="govuk-body">
          <a className="govuk-link" href="/sign-in">
            Back to sign in
          </a>
        </p>
      </div>
    </div>
  )
}
