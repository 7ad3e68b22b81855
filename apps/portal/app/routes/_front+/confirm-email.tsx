import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useActionData, useSearchParams } from '@remix-run/react'
import { EmailLinkPage } from '~/components/EmailLinkPage'
import { pageTitle } from '~/components/page-title'
import { confirmEmailChange } from '~/.server/auth/account-changes'
import { authorise } from '~/.server/auth/authorise'
import { readProtectedForm } from '~/.server/auth/csrf'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Confirm your new email address')

const tokenOf = (request: Request): string => new URL(request.url).searchParams.get('token') ?? ''

// Opening the link changes nothing: a mail program that fetches links to preview them must not spend it. The button does.
export async function loader({ request }: LoaderFunctionArgs) {
  await authorise(request, 'routes/_front+/confirm-email')
  return null
}

export async function action({ request, context: requestContext }: ActionFunctionArgs) {
  const { context } = await authorise(request, 'routes/_front+/confirm-email')
  await readProtectedForm(request, context)
  const confirmed = await confirmEmailChange(
    context,
    { token: tokenOf(request).slice(0, 200), address: requestContext.clientAddress },
    new Date(),
  )
  if (!confirmed.ok) return json({ problem: confirmed.errors[0]?.message ?? '' }, { status: 410 })
  return redirect('/confirm-email?confirmed=1')
}

export default function ConfirmEmail() {
  const problem = useActionData<typeof action>()?.problem
  const [searchParams] = useSearchParams()
  if (searchParams.get('confirmed') === '1') {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Your email address has changed</h1>
          <p className="govuk-body">Sign in with your new email address from now on.</p>
        </div>
      </div>
    )
  }
  return (
    <EmailLinkPage
      path="/confirm-email"
      token={searchParams.get('token') ?? ''}
      heading="Confirm your new email address"
      button="Use this email address"
      problem={problem}
    />
  )
}
