import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { EmailAddressInput, NewPasswordInput } from '~/components/AccountFields'
import { TextInput } from '~/components/TextInput'
import { pageTitle } from '~/components/page-title'
import { SignUpSchema, registerCitizen } from '~/.server/auth/accounts'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { recordSignUp, signUpLimitReached } from '~/.server/auth/rate-limit'
import { validateForm } from '~/.server/forms'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Create an account')

const FIELDS = ['displayName', 'email', 'password']

export async function loader({ request }: LoaderFunctionArgs) {
  const { viewer } = await authorise(request, 'routes/_front+/sign-up')
  if (viewer) throw redirect('/account')
  return null
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/sign-up')
  const form = await readProtectedForm(request, context)
  const outcome = validateForm(SignUpSchema, form, FIELDS)
  if (!outcome.ok) {
    requestContext.requestState.formHasErrors = true
    return json({ errors: outcome.errors, values: outcome.values }, { status: 400 })
  }
  const now = new Date()
  if (await signUpLimitReached(context, requestContext.clientAddress, now)) {
    throw new Response(
      'Too many accounts have been created from your network in the last hour. Nothing has been saved. Try again in an hour.',
      { status: 429, statusText: 'Too Many Requests' },
    )
  }
  await recordSignUp(context, requestContext.clientAddress, now)
  // The same answer, after the same work, whether or not the email already had an account: a new account signs in
  // like any other, so nobody can use this page to find out who has an account here.
  await registerCitizen(context, outcome.data, now)
  return redirect('/sign-in?signedUp=1')
}

export default function SignUp() {
  const result = useActionData<typeof action>()
  const errors = result?.errors
  const values = result?.values
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Create an account</h1>
        <p className="govuk-body">
          An account lets you save your answers and come back to them. If someone is helping you, you can create the
          account together.
        </p>
        <Form method="post" noValidate>
          <CsrfInput />
          <TextInput
            name="displayName"
            label="Full name"
            autoComplete="name"
            spellCheck={false}
            defaultValue={values?.displayName}
            error={errorFor(errors, 'displayName')}
          />
          <EmailAddressInput
            hint="We will only use this to let you sign in and to contact you about your care and support."
            defaultValue={values?.email}
            error={errorFor(errors, 'email')}
          />
          <NewPasswordInput label="Create a password" error={errorFor(errors, 'password')} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Create account
          </button>
        </Form>
        <p className="govuk-body">
          Already have an account?{' '}
          <a className="govuk-link" href="/sign-in">
            Sign in
          </a>
        </p>
      </div>
    </div>
  )
}
