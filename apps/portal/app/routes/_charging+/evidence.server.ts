import type { EvidenceCategory, EvidenceContentType } from '@open-sds/db'
import { readFileUpload } from '../../.server/file-upload.js'
import type { FieldError } from '../../.server/forms.js'

export const EVIDENCE_CATEGORY_LABELS: Record<EvidenceCategory, string> = {
  income: 'Income (pension or benefit letters, payslips)',
  'disability-related-expenditure': 'Extra costs because of a disability (receipts, bills)',
  capital: 'Savings or property (bank statements, valuations)',
  housing: 'Housing costs (rent, mortgage or Council Tax bills)',
}

export type EvidenceUpload =
  | {
      ok: true
      file: {
        category: EvidenceCategory
        fileName: string
        contentType: EvidenceContentType
        content: Uint8Array<ArrayBuffer>
      }
    }
  | { ok: false; errors: FieldError[] }

/** Reads the category and file from an upload form, with GOV.UK's error messages for file uploads. */
export async function readEvidenceUpload(form: FormData, limitBytes: number): Promise<EvidenceUpload> {
  const category = form.get('category')
  const isCategory = typeof category === 'string' && category in EVIDENCE_CATEGORY_LABELS
  const errors: FieldError[] = isCategory ? [] : [{ field: 'category', message: 'Select what this evidence is of' }]
  const read = await readFileUpload(form, 'file', limitBytes)
  if (!read.ok) return { ok: false, errors: [...errors, ...read.errors] }
  if (!isCategory) return { ok: false, errors }
  return { ok: true, file: { category: category as EvidenceCategory, ...read.file } }
}
