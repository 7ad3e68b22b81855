import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useActionData, useSearchParams } from '@remix-run/react'
import { EmailLinkPage } from '~/components/EmailLinkPage'
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
  const [searchParams] = useSearchParams()
  return (
    <EmailLinkPage
      path="/verify-email"
      token={searchParams.get('token') ?? ''}
      heading="Confirm your email address"
      intro="Confirm this is your email address to finish making your account."
      button="Confirm my email address"
      problem={useActionData<typeof action>()?.problem}
      afterProblem={
        <p className="govuk-body">
          To get a new link,{' '}
          <a href="/sign-in" className="govuk-link">
            sign in
          </a>{' '}
          with your email address and password: we will send one if your address is not yet confirmed.
        </p>
      }
    />
  )
}
