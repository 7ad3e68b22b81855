import type { LoaderFunctionArgs } from '@remix-run/node'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { fileDownload } from '~/.server/file-upload'
import { requirePlanReader } from '~/routes/_plans+/support-plans.server'
import { notFound } from './direct-payments.server'

/** A document the person (or their representative) sent with a return, downloaded again. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(
    request,
    'routes/_direct-payments+/people_.$personId.money.documents.$documentId',
  )
  const reader = await requirePlanReader(context, viewer, params.personId ?? '', ['self', 'representative'])
  const found = await context.database.repos.directPayments.returnDocumentContent(params.documentId ?? '')
  if (!found || found.personId !== reader.personId) throw notFound('document')
  await auditRead(context, viewer, request, {
    action: 'direct-payment.document-download',
    personId: found.personId,
    resource: `direct-payment-document:${found.summary.id}`,
  })
  return fileDownload(found.summary, found.content)
}
