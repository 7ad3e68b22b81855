import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useRouteLoaderData, useSearchParams } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { CurrentPasswordInput, EmailAddressInput } from '~/components/AccountFields'
import { pageTitle } from '~/components/page-title'
import { SignInSchema, checkCredentials } from '~/.server/auth/accounts'
import { VERIFY_LINK_HOURS, sendVerificationLink } from '~/.server/auth/email-verification'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { rotateCsrfCookie } from '~/.server/auth/csrf'
import { recordLogin, signInWait } from '~/.server/auth/rate-limit'
import { safeReturnTo } from '~/.server/auth/return-to'
import { ROLE_HOME } from '~/.server/auth/roles'
import { startSession } from '~/.server/auth/session'
import { awaitingAfterPassword } from '~/.server/auth/second-factor-sign-in'
import { AWAITING_PAGE } from '~/.server/auth/authorise'
import { validateForm } from '~/.server/forms'
import type { RootData } from '~/root'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Sign in')

const FIELDS = ['email', 'password']

export async function loader({ request }: LoaderFunctionArgs) {
  const { viewer } = await authorise(request, 'routes/_front+/sign-in')
  if (viewer) throw redirect('/account')
  return { verifyLinkHours: VERIFY_LINK_HOURS }
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/sign-in')
  const form = await readProtectedForm(request, context)
  const outcome = validateForm(SignInSchema, form, FIELDS)
  const fail = (status: number, errors: { field: string; message: string }[], values: Record<string, string>) => {
    requestContext.requestState.formHasErrors = true
    return json({ errors, values }, { status })
  }
  if (!outcome.ok) return fail(400, outcome.errors, outcome.values)

  const now = new Date()
  const login = { email: outcome.data.email, address: requestContext.clientAddress }
  const values = { email: outcome.data.email }
  const wait = await signInWait(context, login, now)
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000)
    return fail(
      429,
      [
        {
          field: 'email',
          message: `There have been too many attempts to sign in. Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again`,
        },
      ],
      values,
    )
  }
  const checked = await checkCredentials(context, outcome.data)
  await context.database.withAudit(
    (repos) => recordLogin(repos.loginAttempts, login, now, checked.ok),
    () =>
      checked.ok
        ? undefined
        : {
            at: now,
            actorUserId: null,
            action: 'user.sign-in-failed',
            resource: 'session',
            detail: { address: login.address },
          },
  )
  if (!checked.ok) {
    return fail(
      401,
      [{ field: 'email', message: 'Enter the email address and password for your account. One of them is not right' }],
      values,
    )
  }
  // Only someone who knows the password learns the account waits for its address to be confirmed (issue 15).
  if (!checked.emailVerified) {
    const sent = await context.database.withAudit(
      (repos) =>
        sendVerificationLink(
          context,
          repos,
          { id: checked.userId, email: checked.email, displayName: checked.displayName },
          now,
        ),
      (linkSent) =>
        linkSent
          ? {
              at: now,
              actorUserId: checked.userId,
              action: 'user.email-verify-sent',
              resource: `user:${checked.userId}`,
            }
          : undefined,
    )
    return fail(
      403,
      [
        {
          field: 'email',
          message: sent
            ? `Confirm your email address before you sign in. We have sent a new link to ${checked.email}: open it, then sign in. It works for ${VERIFY_LINK_HOURS} hours`
            : `Confirm your email address before you sign in. We have sent links to ${checked.email} in the last hour: open the newest one, then sign in`,
        },
      ],
      values,
    )
  }
  // Worked out before the session starts, so no address, however odd, can fail the request after signing in.
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get('returnTo'))
  const awaiting = await awaitingAfterPassword(context, checked)
  const destination = awaiting
    ? AWAITING_PAGE[awaiting].path +
      (returnTo && awaiting === 'code' ? `?returnTo=${encodeURIComponent(returnTo)}` : '')
    : (returnTo ?? ROLE_HOME[checked.role])
  const headers = new Headers()
  // A member of staff with a second factor (or who must set one up) is only half signed in until then (decision 033).
  const sessionCookie = await context.database.withAudit(
    (repos) => startSession(context, repos.sessions, checked.userId, now, awaiting),
    () => ({
      at: now,
      actorUserId: checked.userId,
      action: awaiting ? 'user.password-accepted' : 'user.sign-in',
      resource: `user:${checked.userId}`,
      ...(awaiting ? { detail: { awaiting } } : {}),
    }),
  )
  headers.append('Set-Cookie', sessionCookie)
  headers.append('Set-Cookie', rotateCsrfCookie(context))
  return redirect(destination, { headers })
}

export default function SignIn() {
  const result = useActionData<typeof action>()
  const { verifyLinkHours } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const errors = result?.errors
  const returnTo = searchParams.get('returnTo')
  const signedUp = searchParams.get('signedUp') === '1'
  const verified = searchParams.get('verified') === '1'
  const passwordReset = searchParams.get('passwordReset') === '1'
  const accountsOffered = useRouteLoaderData<RootData>('root')?.site.accountsOffered !== false
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in</h1>
        {signedUp ? (
          <div className="govuk-inset-text">
            <h2 className="govuk-heading-m">Check your email</h2>
            <p className="govuk-body">
              We have sent a message to the email address you gave. Open the link in it to confirm your address, then
              sign in here. The link works for {verifyLinkHours} hours.
            </p>
            <p className="govuk-body">
              If you already had an account with this email address, nothing has changed: the message says so, and you
              sign in with the password you chose before.
            </p>
          </div>
        ) : null}
        {verified ? (
          <div className="govuk-inset-text">Your email address is confirmed. Sign in to use your account.</div>
        ) : null}
        {passwordReset ? (
          <div className="govuk-inset-text">
            Your password has been changed and you have been signed out everywhere. Sign in with your new password.
          </div>
        ) : null}
        <Form
          method="post"
          noValidate
          action={returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in'}
        >
          <CsrfInput />
          <EmailAddressInput defaultValue={result?.values?.email} error={errorFor(errors, 'email')} />
          <CurrentPasswordInput name="password" label="Password" error={errorFor(errors, 'password')} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign in
          </button>
        </Form>
        <p className="govuk-body">
          <a className="govuk-link" href="/forgotten-password">
            Forgotten your password?
          </a>
        </p>
        {accountsOffered ? (
          <p className="govuk-body">
            No account yet?{' '}
            <a className="govuk-link" href="/sign-up">
              Create an account
            </a>
          </p>
        ) : null}
      </div>
    </div>
  )
}
