import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { NewPasswordInput } from '~/components/AccountFields'
import { pageTitle } from '~/components/page-title'
import { ResetPasswordSchema } from '~/.server/auth/accounts'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { auditRefusedLink, resetPassword } from '~/.server/auth/password-reset'
import { hashToken } from '~/.server/auth/tokens'
import { validateValues, type FieldError } from '~/.server/forms'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Choose a new password')

const FIELDS = ['password']

const tokenOf = (request: Request): string => new URL(request.url).searchParams.get('token') ?? ''

export async function loader({ request, context: requestContext }: LoaderFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/reset-password')
  const now = new Date()
  const checked = await context.database.repos.accountTokens.check(hashToken(tokenOf(request)), 'password-reset', now)
  if (checked.ok) return json({ problem: null })
  // Opening a used or late link is an attempt too: it goes in the audit log.
  await auditRefusedLink(context, { errors: checked.errors, address: requestContext.clientAddress }, now)
  return json({ problem: checked.errors[0]?.message ?? null }, { status: 410 })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/reset-password')
  const form = await readProtectedForm(request, context)
  const password = form.get('password')
  const typed = { password: typeof password === 'string' ? password : '' }
  const outcome = validateValues(ResetPasswordSchema, { token: tokenOf(request), ...typed }, typed, FIELDS)
  if (!outcome.ok) {
    requestContext.requestState.formHasErrors = true
    return json({ errors: outcome.errors, problem: null }, { status: 400 })
  }
  const reset = await resetPassword(
    context,
    { token: outcome.data.token, password: outcome.data.password, address: requestContext.clientAddress },
    new Date(),
  )
  if (!reset.ok) return json({ errors: [] as FieldError[], problem: reset.errors[0]?.message ?? null }, { status: 410 })
  return redirect('/sign-in?passwordReset=1')
}

export default function ResetPassword() {
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const problem = result?.problem ?? loaded.problem
  const errors = result?.errors
  const [searchParams] = useSearchParams()
  const token = searchParams.get('token') ?? ''
  if (problem) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">You cannot use this link</h1>
          <p className="govuk-body">{problem}</p>
          <p className="govuk-body">
            <a className="govuk-link" href="/forgotten-password">
              Ask for a new link
            </a>
          </p>
        </div>
      </div>
    )
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Choose a new password</h1>
        <p className="govuk-body">
          When you have chosen it, you will be signed out everywhere you were signed in, and can sign in with the new
          password.
        </p>
        <Form method="post" noValidate action={`/reset-password?token=${encodeURIComponent(token)}`}>
          <CsrfInput />
          <NewPasswordInput label="New password" error={errorFor(errors, 'password')} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save the new password
          </button>
        </Form>
      </div>
    </div>
  )
}
