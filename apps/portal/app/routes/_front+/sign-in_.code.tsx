import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { OneTimeCodeInput } from '~/components/AccountFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm, rotateCsrfCookie } from '~/.server/auth/csrf'
import { signInWithCode } from '~/.server/auth/second-factor-sign-in'
import { halfSignedIn, sessionTokenOf } from '~/.server/auth/session'
import { validateForm } from '~/.server/forms'

// The second step of signing in for staff with a second factor (issue 18, decision 033).
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Enter the code from your app')

const ROUTE = 'routes/_front+/sign-in_.code'
const CodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Enter the 6-digit code from your app, or one of your recovery codes')
    .max(40, 'A code is 6 digits, and a recovery code 10 letters and numbers'),
})

/** Only a session that has given the right password and waits for a code may be here; anyone else signs in. */
async function waitingForCode(request: Request) {
  const { context } = await authorise(request, ROUTE)
  const half = await halfSignedIn(request, context)
  if (half?.awaiting !== 'code') throw redirect('/sign-in')
  return { context, viewer: half.viewer }
}

export async function loader({ request }: LoaderFunctionArgs) {
  await waitingForCode(request)
  return null
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await waitingForCode(request)
  const form = await readProtectedForm(request, context)
  const outcome = validateForm(CodeSchema, form, ['code'])
  if (!outcome.ok) {
    requestContext.requestState.formHasErrors = true
    return json({ errors: outcome.errors }, { status: 400 })
  }
  const result = await signInWithCode(
    context,
    {
      viewer,
      halfToken: sessionTokenOf(request, context),
      typed: outcome.data.code,
      returnTo: new URL(request.url).searchParams.get('returnTo'),
    },
    new Date(),
  )
  if (!result.ok) {
    requestContext.requestState.formHasErrors = true
    return json({ errors: [{ field: 'code', message: result.message }] }, { status: result.status })
  }
  const headers = new Headers()
  headers.append('Set-Cookie', result.cookie)
  headers.append('Set-Cookie', rotateCsrfCookie(context))
  return redirect(result.destination, { headers })
}

export default function SignInCode() {
  const errors = useActionData<typeof action>()?.errors
  const [searchParams] = useSearchParams()
  const returnTo = searchParams.get('returnTo')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Enter the code from your app</h1>
        <p className="govuk-body">
          Your account is protected with a one-time code. Open the authenticator app you set up for this service and
          enter the code it shows now.
        </p>
        <Form
          method="post"
          noValidate
          action={returnTo ? `/sign-in/code?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in/code'}
        >
          <CsrfInput />
          <OneTimeCodeInput
            hint="6 digits, like 123456. If you do not have your phone, enter one of your recovery codes instead."
            error={errorFor(errors, 'code')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Continue
          </button>
        </Form>
        <p className="govuk-body">
          Lost your phone and your recovery codes? Ask your council administrator to turn off the code for your account.{' '}
          <a className="govuk-link" href="/sign-in">
            Sign in as someone else
          </a>
        </p>
      </div>
    </div>
  )
}
