import { describe, expect, it } from 'vitest'
import { readEvidenceUpload } from '~/routes/_charging+/evidence.server'

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a])
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])

async function upload(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const form = new FormData()
  form.set('category', 'income')
  form.set('file', new File([bytes], name))
  const read = await readEvidenceUpload(form, 10_000)
  if (!read.ok) throw new Error(JSON.stringify(read.errors))
  return read.file
}

// Issue 13: the stored name's extension matches the type the bytes show, whatever the name said.
describe('evidence file names', () => {
  it('stores refund.html holding a PDF as refund.pdf', async () => {
    expect((await upload('refund.html', PDF)).fileName).toBe('refund.pdf')
  })

  it('gives a name with no extension the detected one, and keeps a right one as it is', async () => {
    expect((await upload('payslip', PNG)).fileName).toBe('payslip.png')
    expect((await upload('statement.PDF', PDF)).fileName).toBe('statement.PDF')
    expect((await upload('scan.jpeg.exe', PNG)).fileName).toBe('scan.jpeg.png')
  })
})
