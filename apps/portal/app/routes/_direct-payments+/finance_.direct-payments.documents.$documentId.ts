import type { LoaderFunctionArgs } from '@remix-run/node'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { fileDownload } from '~/.server/file-upload'
import { notFound } from './direct-payments.server'

/** A document sent with a return, opened by the finance officer checking it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(
    request,
    'routes/_direct-payments+/finance_.direct-payments.documents.$documentId',
  )
  const found = await context.database.repos.directPayments.returnDocumentContent(params.documentId ?? '')
  if (!found) throw notFound('document')
  await auditRead(context, viewer, request, {
    action: 'direct-payment.document-download',
    personId: found.personId,
    resource: `direct-payment-document:${found.summary.id}`,
  })
  return fileDownload(found.summary, found.content)
}
