import { statusOn } from '@open-sds/direct-payments'
import {
  returnDocumentKinds,
  type DirectPaymentAgreementRecord,
  type ReturnDocumentKind,
  type ReturnDocumentSummary,
} from '@open-sds/db'
import { fail } from '@open-sds/kernel'
import type { Viewer } from '../../.server/auth/session.js'
import type { AppContext } from '../../.server/context.js'
import { auditedChange } from '../../.server/audited-change.js'
import { readFileUpload, uploadLimitBytes } from '../../.server/file-upload.js'
import type { FieldError } from '../../.server/forms.js'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { agreementOf, notFound } from './direct-payments.server.js'

// Issue 14: someone paying from their own bank account sends the council what it asks to see with a return.
export const RETURN_DOCUMENT_LABELS: Record<ReturnDocumentKind, string> = {
  'bank-statement': 'A bank statement',
  'invoice-or-receipt': 'An invoice or receipt',
  'timesheet-or-payslip': 'A timesheet or payslip',
  other: 'Something else the council asked for',
}

export const suspendedMessage =
  'Payments are suspended, so no documents can be sent with a return until they start again. Ask the council what it needs.'
export const endedMessage =
  'This direct payment has ended, so no more documents can be sent with its returns. Ask the council if it needs something.'

/** Why the agreement takes no documents today, if it does not. */
export function closedToDocuments(record: DirectPaymentAgreementRecord, today: string): string | undefined {
  const status = statusOn(agreementOf(record), today)
  if (status === 'suspended') return suspendedMessage
  if (status === 'ended') return endedMessage
  return undefined
}

/**
 * Reads what the document is and its file, then keeps it with its audit entry in one transaction, the agreement held
 * meanwhile so a suspension or a check at the same moment is either before (and the document is refused) or after.
 */
export async function attachReturnDocument(
  context: AppContext,
  viewer: Viewer,
  record: DirectPaymentAgreementRecord,
  returnId: string,
  form: FormData,
  now: Date,
): Promise<{ ok: true } | { ok: false; errors: FieldError[] }> {
  const kind = form.get('kind')
  const isKind = typeof kind === 'string' && (returnDocumentKinds as readonly string[]).includes(kind)
  const errors: FieldError[] = isKind ? [] : [{ field: 'kind', message: 'Select what this document is' }]
  const upload = await readFileUpload(form, 'file', uploadLimitBytes(context.config.maxBodyBytes))
  if (!upload.ok || !isKind) return { ok: false, errors: [...errors, ...(upload.ok ? [] : upload.errors)] }
  const attached = await auditedChange(
    context,
    async (repos) => {
      await repos.directPayments.lockAgreement(record.id)
      const current = await repos.directPayments.findAgreement(record.id)
      if (!current) throw notFound()
      const closed = closedToDocuments(current, todayInEngland(now))
      if (closed) return fail({ path: 'return', message: closed })
      return repos.directPayments.attachReturnDocument(
        { returnId, kind: kind as ReturnDocumentKind, ...upload.file, uploadedByUserId: viewer.id },
        now,
      )
    },
    (stored) => ({
      at: now,
      actorUserId: viewer.id,
      action: 'direct-payment.document-sent',
      personId: record.personId,
      resource: `direct-payment-document:${stored.id}`,
      detail: { returnId, kind: stored.kind, sizeBytes: stored.sizeBytes },
    }),
  )
  // A return closed to documents has no form left to correct: the summary points at the list of documents instead.
  return attached.ok
    ? { ok: true }
    : {
        ok: false,
        errors: attached.errors.map((issue) => ({
          field: issue.path === 'return' ? 'documents' : 'file',
          message: issue.message,
        })),
      }
}

/** What a page lists of each document: never its bytes. */
export const documentRow = (document: ReturnDocumentSummary, href: string) => ({
  id: document.id,
  returnId: document.returnId,
  name: document.fileName,
  kind: RETURN_DOCUMENT_LABELS[document.kind],
  sizeKb: Math.max(1, Math.round(document.sizeBytes / 1024)),
  at: document.uploadedAt.toISOString(),
  href,
})
