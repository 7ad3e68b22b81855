import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { CurrentPasswordInput, OneTimeCodeInput } from '~/components/AccountFields'
import { CsrfInput } from '~/components/CsrfInput'
import { ErrorSummary, errorFor } from '~/components/ErrorSummary'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { ROLE_HOME } from '~/.server/auth/roles'
import { beginSetUp, changeSecondFactor, confirmSetUp, setUpState } from '~/.server/auth/second-factor-set-up'
import { sessionTokenOf } from '~/.server/auth/session'
import { validateForm } from '~/.server/forms'
import { refuse as refuseForm, takeRefusal } from '~/.server/refusals'

// Staff set up, renew and turn off signing in with a one-time code (issue 18, decision 033).
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Sign in with a code from an app')

const ROUTE = 'routes/_front+/account_.two-factor'
const CodeSchema = z.object({
  code: z.string().trim().min(1, 'Enter the 6-digit code your app shows').max(20, 'A code is 6 digits, like 123456'),
})
const PasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your password').max(128, 'Password must be 128 characters or fewer'),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer, awaiting } = await authoriseSignedIn(request, ROUTE)
  return json({
    refusal: await takeRefusal<SerializeFrom<typeof action>>(request, context),
    state: await setUpState(context, viewer),
    mustSetUp: awaiting === 'set-up',
  })
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context, viewer, awaiting } = await authoriseSignedIn(request, ROUTE)
  const form = await readProtectedForm(request, context)
  const now = new Date()
  const refuse = (errors: { field: string; message: string }[]) => {
    return refuseForm(
      { request, context, requestState: requestContext.requestState },
      { errors, recoveryCodes: null, continueTo: null },
    )
  }
  const intent = form.get('intent')
  if (intent === 'start') {
    await beginSetUp(context, viewer, now)
    return redirect('/account/two-factor')
  }
  if (intent === 'confirm') {
    const outcome = validateForm(CodeSchema, form, ['code'])
    if (!outcome.ok) return refuse(outcome.errors)
    const halfToken = awaiting === 'set-up' ? sessionTokenOf(request, context) : undefined
    const confirmed = await confirmSetUp(context, { viewer, typed: outcome.data.code, halfToken }, now)
    if (!confirmed.ok) return refuse(confirmed.errors.map(({ path, message }) => ({ field: path, message })))
    const continueTo = confirmed.value.signedIn ? ROLE_HOME[viewer.role] : '/account/two-factor'
    return json({ errors: null, recoveryCodes: confirmed.value.recoveryCodes, continueTo })
  }
  if (intent === 'renew' || intent === 'turn-off') {
    const outcome = validateForm(PasswordSchema, form, ['currentPassword'])
    if (!outcome.ok) return refuse(outcome.errors)
    const changed = await changeSecondFactor(
      context,
      { viewer, change: intent, password: outcome.data.currentPassword, address: requestContext.clientAddress },
      now,
    )
    if (!changed.ok) return refuse(changed.errors.map(({ path, message }) => ({ field: path, message })))
    if (intent === 'turn-off') return redirect('/account/two-factor?done=off')
    return json({ errors: null, recoveryCodes: changed.value.recoveryCodes, continueTo: '/account/two-factor' })
  }
  return refuse([{ field: 'intent', message: 'Choose what to do, using one of the buttons on the page' }])
}

function RecoveryCodes({ codes, continueTo }: { codes: string[]; continueTo: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">Your recovery codes</h1>
      <div className="govuk-panel govuk-panel--confirmation">
        <p className="govuk-panel__body">Signing in with a code from your app is on</p>
      </div>
      <p className="govuk-body">
        If you lose your phone, you can sign in with one of these codes instead. Each works once. Write them down or
        print this page, and keep them somewhere safe: they will not be shown again.
      </p>
      <ul className="govuk-list govuk-list--number" data-recovery-codes>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <a className="govuk-button" href={continueTo}>
        I have kept my recovery codes
      </a>
    </>
  )
}

function PasswordForm({ intent, button, error }: { intent: string; button: string; error: string | undefined }) {
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      <CurrentPasswordInput name="currentPassword" label="Your password" error={error} />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        {button}
      </button>
    </Form>
  )
}

export default function TwoFactor() {
  const { state, mustSetUp, refusal } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? refusal
  if (result?.recoveryCodes && result.continueTo)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <RecoveryCodes codes={result.recoveryCodes} continueTo={result.continueTo} />
        </div>
      </div>
    )
  const errors = result?.errors ?? undefined
  const passwordError = errorFor(errors, 'currentPassword')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in with a code from an app</h1>
        {mustSetUp ? (
          <div className="govuk-inset-text">
            Your council requires staff to sign in with a code from an app as well as a password. Set it up to continue.
          </div>
        ) : null}
        {state.kind === 'not-offered' ? (
          <p className="govuk-body">
            This service has not been set up to offer sign-in codes yet. Ask your council administrator.
          </p>
        ) : null}
        {state.kind === 'off' ? (
          <>
            <p className="govuk-body">
              As well as your password, you can sign in with a 6-digit code from an authenticator app on your phone or
              computer. Someone who learns your password then still cannot sign in as you.
            </p>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="start" />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Set up a code from an app
              </button>
            </Form>
          </>
        ) : null}
        {state.kind === 'confirming' ? (
          <>
            <h2 className="govuk-heading-m">1. Add this service to your app</h2>
            <p className="govuk-body">Scan this QR code with your authenticator app:</p>
            <div className="app-qr-code" dangerouslySetInnerHTML={{ __html: state.qrSvg }} />
            <p className="govuk-body">Or, if you cannot scan it, type this key into the app:</p>
            <p className="govuk-body govuk-!-font-weight-bold" data-setup-key>
              <code>{state.key}</code>
            </p>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">The key as a link, for apps on this device</span>
              </summary>
              <div className="govuk-details__text">
                <a className="govuk-link" href={state.uri}>
                  <code>{state.uri}</code>
                </a>
              </div>
            </details>
            <h2 className="govuk-heading-m">2. Enter the code your app shows</h2>
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="confirm" />
              <OneTimeCodeInput hint="6 digits, like 123456" error={errorFor(errors, 'code')} />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Turn on
              </button>
            </Form>
          </>
        ) : null}
        {state.kind === 'on' ? (
          <>
            <p className="govuk-body">
              Signing in with a code from your app is on. You have {state.unusedRecoveryCodes} unused recovery{' '}
              {state.unusedRecoveryCodes === 1 ? 'code' : 'codes'}.
            </p>
            <h2 className="govuk-heading-m">Make new recovery codes</h2>
            <p className="govuk-body">Your old recovery codes will stop working.</p>
            <PasswordForm intent="renew" button="Make new recovery codes" error={passwordError} />
            {state.required ? (
              <p className="govuk-body">
                Your council requires staff to sign in with a code, so it cannot be turned off.
              </p>
            ) : (
              <>
                <h2 className="govuk-heading-m">Turn off</h2>
                <PasswordForm intent="turn-off" button="Turn off the code" error={passwordError} />
              </>
            )}
          </>
        ) : null}
      </div>
    </div>
  )
}
