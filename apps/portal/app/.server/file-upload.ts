import type { EvidenceContentType } from '@open-sds/db'
import type { FieldError } from './forms.js'

// The form's other fields and the multipart framing take a few kilobytes of the request's body.
const FORM_OVERHEAD_BYTES = 8 * 1024

/**
 * The largest file the portal accepts: what fits in the server's body limit (MAX_BODY_BYTES) beside the form. The
 * limit is not raised for uploads, so one setting bounds every request; a council expecting large scans raises
 * MAX_BODY_BYTES.
 */
export function uploadLimitBytes(maxBodyBytes: number): number {
  return Math.max(1024, maxBodyBytes - FORM_OVERHEAD_BYTES)
}

// What each accepted type starts with: the declared type is the browser's guess from the name, so the bytes decide.
const SIGNATURES: { type: EvidenceContentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
]

export function sniffContentType(content: Uint8Array): EvidenceContentType | undefined {
  return SIGNATURES.find((signature) => signature.bytes.every((byte, index) => content[index] === byte))?.type
}

const EXTENSIONS: Record<EvidenceContentType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
}

/**
 * The name a file is stored under ends with the extension of the type its bytes show, so `refund.html` holding a
 * PDF is kept as `refund.pdf` and nothing downstream opens it as a web page.
 */
export function withExtensionOf(contentType: EvidenceContentType, name: string): string {
  const allowed = EXTENSIONS[contentType]
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  if (allowed.includes(extension)) return name
  const stem = (dot > 0 ? name.slice(0, dot) : name) || 'evidence'
  return `${stem}.${allowed[0]}`
}

export type UploadedFile = { fileName: string; contentType: EvidenceContentType; content: Uint8Array<ArrayBuffer> }

/**
 * Reads a PDF, JPEG or PNG from a form's file field, with GOV.UK's error messages for file uploads: none chosen,
 * empty, too big (`limitBytes`, from `uploadLimitBytes`), or not one of the three by its bytes.
 */
export async function readFileUpload(
  form: FormData,
  field: string,
  limitBytes: number,
): Promise<{ ok: true; file: UploadedFile } | { ok: false; errors: FieldError[] }> {
  const file = form.get(field)
  const named = file instanceof Blob && 'name' in file && String(file.name) !== ''
  if (!(file instanceof Blob) || file.size === 0 || !named)
    return { ok: false, errors: [{ field, message: named ? 'The selected file is empty' : 'Select a file' }] }
  if (file.size > limitBytes)
    return {
      ok: false,
      errors: [{ field, message: `The selected file must be smaller than ${Math.floor(limitBytes / 1024)} KB` }],
    }
  const content = new Uint8Array(await file.arrayBuffer())
  const contentType = sniffContentType(content)
  if (!contentType) return { ok: false, errors: [{ field, message: 'The selected file must be a PDF, JPEG or PNG' }] }
  const fileName = withExtensionOf(
    contentType,
    String(file.name)
      .replace(/[^\w .()-]/g, '_')
      .slice(0, 200),
  )
  return { ok: true, file: { fileName, contentType, content } }
}

/** A stored file as a download (never shown inline, so a file can never run in the portal's origin). */
export function fileDownload(
  file: { contentType: EvidenceContentType; sizeBytes: number; fileName: string },
  content: Buffer,
): Response {
  return new Response(new Uint8Array(content), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/"/g, '')}"`,
      'Cache-Control': 'no-store',
    },
  })
}
