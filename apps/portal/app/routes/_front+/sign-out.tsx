import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { readProtectedForm, rotateCsrfCookie } from '~/.server/auth/csrf'
import { endSession } from '~/.server/auth/session'

// Signing out changes state, so it is a POST from the header's form; a GET just goes back to the account page.
export async function loader({ request }: LoaderFunctionArgs) {
  await authoriseSignedIn(request, 'routes/_front+/sign-out')
  return redirect('/account')
}

export async function action({ request }: ActionFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_front+/sign-out')
  await readProtectedForm(request, context)
  const ended = await context.database.withAudit(
    (repos) => endSession(request, context, repos.sessions),
    () => ({ at: new Date(), actorUserId: viewer.id, action: 'user.sign-out', resource: `user:${viewer.id}` }),
  )
  const headers = new Headers()
  headers.append('Set-Cookie', ended)
  headers.append('Set-Cookie', rotateCsrfCookie(context))
  return redirect('/', { headers })
}
