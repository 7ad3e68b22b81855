import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData, useSearchParams } from '@remix-run/react'
import { CsrfInput } from '~/components/CsrfInput'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'
import { verifyEmail } from '~/.server/auth/email-verification'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Confirm your email address')

const tokenOf = (request: Request): string => new URL(request.url).searchParams.get('token') ?? ''

// Opening the link changes nothing: a mail program that fetches links to preview them must not spend it. The button does.
export async function loader({ request }: LoaderFunctionArgs) {
  await authorise(request, 'routes/_front+/verify-email')
  return null
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/verify-email')
  await readProtectedForm(request, context)
  const verified = await verifyEmail(
    context,
    { token: tokenOf(request).slice(0, 200), address: requestContext.clientAddress },
    new Date(),
  )
  if (!verified.ok) return json({ problem: verified.errors[0]?.message ?? '' }, { status: 410 })
  return redirect('/sign-in?verified=1')
}

export default function VerifyEmail() {
  const problem = useActionData<typeof action>()?.problem
  const [searchParams] = useSearchParams()
  const token = searchParams.get('token') ?? ''
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem ? (
          <>
            <h1 className="govuk-heading-l">You cannot use this link</h1>
            <p className="govuk-body">{problem}</p>
            <p className="govuk-body">
              To get a new link,{' '}
              <a href="/sign-in" className="govuk-link">
                sign in
              </a>{' '}
              with your email address and password: we will send one if your address is not yet confirmed.
            </p>
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">Confirm your email address</h1>
            <p className="govuk-body">Confirm this is your email address to finish making your account.</p>
            <Form method="post" noValidate action={`/verify-email?token=${encodeURIComponent(token)}`}>
              <CsrfInput />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Confirm my email address
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  )
}
