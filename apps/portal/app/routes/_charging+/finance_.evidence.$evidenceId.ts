import type { LoaderFunctionArgs } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { fileDownload } from '~/.server/file-upload'

/** A file of evidence, downloaded. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_charging+/finance_.evidence.$evidenceId')
  const found = await context.database.repos.financialAssessments.evidenceContent(params.evidenceId ?? '')
  if (!found) throw new Response('There is no evidence at this address.', { status: 404, statusText: 'Not Found' })
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'financial-evidence.read',
    personId: found.summary.personId,
    resource: `financial-evidence:${found.summary.id}`,
  })
  return fileDownload(found.summary, found.content)
}
