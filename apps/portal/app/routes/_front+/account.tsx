import type { LoaderFunctionArgs } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { ROLE_HOME } from '~/.server/auth/roles'

export async function loader({ request }: LoaderFunctionArgs) {
  const { viewer } = await authoriseSignedIn(request, 'routes/_front+/account')
  return redirect(ROLE_HOME[viewer.role])
}
