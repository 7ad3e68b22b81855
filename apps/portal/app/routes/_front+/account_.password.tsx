import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { refuse, takeRefusal } from '~/.server/refusals'
import { BackToAccountDetails, CurrentPasswordInput, NewPasswordInput } from '~/components/AccountFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { changePassword } from '~/.server/auth/account-changes'
import { ChangePasswordSchema } from '~/.server/auth/accounts'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm, rotateCsrfCookie } from '~/.server/auth/csrf'
import { validateForm } from '~/.server/forms'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Change your password')

const FIELDS = ['currentPassword', 'password']

export async function loader({ request }: LoaderFunctionArgs) {
  const { context } = await authoriseSignedIn(request, 'routes/_front+/account_.password')
  return json({ refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context) })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_front+/account_.password')
  const form = await readProtectedForm(request, context)
  const refusal = { request, context, requestState: requestContext.requestState }
  const outcome = validateForm(ChangePasswordSchema, form, FIELDS)
  if (!outcome.ok) {
    return refuse(refusal, { errors: outcome.errors })
  }
  const changed = await changePassword(
    context,
    viewer,
    { ...outcome.data, address: requestContext.clientAddress },
    new Date(),
  )
  if (!changed.ok) {
    return refuse(refusal, { errors: changed.errors.map(({ path, message }) => ({ field: path, message })) })
  }
  // A new session for this browser, and with it a new form token (bound to the session).
  const headers = new Headers()
  headers.append('Set-Cookie', changed.value.cookie)
  headers.append('Set-Cookie', rotateCsrfCookie(context))
  return redirect('/account/details?done=password', { headers })
}

export default function ChangePassword() {
  const { refusal } = useLoaderData<typeof loader>()
  const errors = (useActionData<typeof action>() ?? refusal)?.errors
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Change your password</h1>
        <p className="govuk-body">You will stay signed in here, and be signed out everywhere else.</p>
        <Form method="post" noValidate>
          <CsrfInput />
          <CurrentPasswordInput
            name="currentPassword"
            label="Current password"
            error={errorFor(errors, 'currentPassword')}
          />
          <NewPasswordInput label="New password" error={errorFor(errors, 'password')} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Change password
          </button>
        </Form>
        <BackToAccountDetails />
      </div>
    </div>
  )
}
