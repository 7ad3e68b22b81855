import { csrfTokenIn, type PortalClient } from '@open-sds/portal-harness'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { activePlanForPriya, dateBoxes, todayInEngland, uploadStatement } from './support/direct-payments'
import { portalEngines } from './support/engines'
import { wordsOf } from './support/page-html'
import type { RunningPortal } from './support/portal-process'
import { countIn } from './support/portal-sql'
import { page, signedIn, text } from './support/support-plan'

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0x25, 0x45, 0x4f, 0x46])

/** Posts the return page's document form as a browser does: multipart, the file (if any) under `file`. */
async function sendDocument(
  client: PortalClient,
  on: RunningPortal,
  path: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array<ArrayBuffer> },
) {
  const form = new FormData()
  form.set('csrf', csrfTokenIn(await page(client, path)))
  form.set('intent', 'attach')
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  form.set('file', file ? new Blob([file.bytes]) : new Blob([]), file?.name ?? '')
  return fetch(new URL(path, on.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: client.cookieHeader(), Origin: new URL(on.url).origin },
    body: form,
  })
}

// Issue 14: Ravi, who manages Priya's direct payment from her own bank account, sends the council her bank statement
// with a return; the finance officer opens it. Bad files are named and store nothing; a checked return, or a
// suspended agreement, takes no more.
describe.each(portalEngines())('documents sent with a direct-payment return on $name (issue 14)', (engine) => {
  let portal: RunningPortal
  let finance: PortalClient
  let ravi: PortalClient
  let personId = ''
  let agreement = ''
  const returnPages: string[] = []
  const today = todayInEngland()
  const count = (table: string) => countIn(portal, `select count(*) as n from ${table}`)

  beforeAll(async () => {
    portal = await engine.start()
    const plan = await activePlanForPriya(portal)
    ravi = plan.rep
    personId = plan.personId
    finance = await signedIn(portal, 'finance')
    const made = await finance.submit(`/finance/direct-payments/new/${personId}`, {
      recipientRole: 'nominated-person',
      recipientName: 'Ravi Shah',
      nomineeAgreed: 'yes',
      accountType: 'own-bank-account',
      basis: 'net',
      ...dateBoxes('startDate', today),
      costCentre: 'ASC-DP-07',
    })
    if (made.status !== 302) throw new Error(`test setup: agreement gave ${made.status}`)
    agreement = (made.headers.get('Location') ?? '').split('/').at(-1) ?? ''
    // Two returns on the agreement's first day: card statements taken one after the other that day (a second typed
    // return for the same day would be refused as overlapping the first), each row told apart from the other's.
    const day = today.split('-').reverse().join('/')
    for (const [spent, closing] of [
      ['30.00', '120.00'],
      ['40.00', '80.00'],
    ] as const) {
      const sent = await uploadStatement(
        ravi,
        portal,
        `/people/${personId}/money/return`,
        ['Transaction Date,Merchant,Credit,Debit,Balance', `${day},Shop,,${spent},${closing}`].join('\n'),
      )
      // Sent, the form redirects to the return's page.
      const returnPage = /^(\/people\/[^"]+\/money\/returns\/[^?]+)/.exec(sent.headers.get('Location') ?? '')?.[1]
      if (sent.status !== 303 || !returnPage) throw new Error(`test setup: return gave ${sent.status}`)
      returnPages.push(returnPage)
    }
  }, 240_000)

  afterAll(async () => {
    await portal?.stop()
  })

  it('names a missing, empty, too big or wrong kind of file, keeping what the document is', async () => {
    const returnPage = returnPages[0] ?? ''
    const bankStatementChecked = /checked="" value="bank-statement"/
    const none = await sendDocument(ravi, portal, returnPage, { kind: 'bank-statement' })
    expect(none.status).toBe(400)
    const noneHtml = await text(none)
    expect(wordsOf(noneHtml)).toContain('Select a file')
    expect(noneHtml).toMatch(bankStatementChecked)
    const empty = await sendDocument(
      ravi,
      portal,
      returnPage,
      { kind: 'bank-statement' },
      {
        name: 'april.pdf',
        bytes: new Uint8Array(0),
      },
    )
    expect(wordsOf(await text(empty))).toContain('The selected file is empty')
    // A web page named as a PDF: the bytes decide, not the name.
    const wrong = await sendDocument(
      ravi,
      portal,
      returnPage,
      { kind: 'bank-statement' },
      {
        name: 'april.pdf',
        bytes: new TextEncoder().encode('<html><script>alert(1)</script></html>'),
      },
    )
    expect(wrong.status).toBe(400)
    const wrongHtml = await text(wrong)
    expect(wordsOf(wrongHtml)).toContain('The selected file must be a PDF, JPEG or PNG')
    expect(wrongHtml).toMatch(bankStatementChecked)
    const big = await sendDocument(
      ravi,
      portal,
      returnPage,
      { kind: 'bank-statement' },
      {
        name: 'scan.pdf',
        bytes: new Uint8Array([...PDF, ...new Uint8Array(96_000)]),
      },
    )
    expect(big.status).toBe(400)
    expect(wordsOf(await text(big))).toMatch(/The selected file must be smaller than \d+ KB/)
    const unsaid = await sendDocument(ravi, portal, returnPage, {}, { name: 'april.pdf', bytes: PDF })
    expect(unsaid.status).toBe(400)
    expect(wordsOf(await text(unsaid))).toContain('Select what this document is')
    expect(await count('direct_payment_return_documents')).toBe(0)
    expect(await count("audit_log where action = 'direct-payment.document-sent'")).toBe(0)
  })

  it('keeps a bank statement with the return once, for Ravi and the finance officer to open, each opening audited', async () => {
    const returnPage = returnPages[0] ?? ''
    const sent = await sendDocument(
      ravi,
      portal,
      returnPage,
      { kind: 'bank-statement' },
      {
        name: 'april statement.pdf',
        bytes: PDF,
      },
    )
    expect(sent.status).toBe(302)
    const shown = await page(ravi, returnPage)
    expect(wordsOf(shown)).toContain('april statement.pdf (1 KB) A bank statement')
    const twice = await sendDocument(
      ravi,
      portal,
      returnPage,
      { kind: 'invoice-or-receipt' },
      {
        name: 'again.pdf',
        bytes: PDF,
      },
    )
    expect(twice.status).toBe(400)
    expect(wordsOf(await text(twice))).toMatch(/This file was already sent with this return on .*: nothing was added\./)
    expect(await count('direct_payment_return_documents')).toBe(1)
    expect(await count("audit_log where action = 'direct-payment.document-sent'")).toBe(1)

    const own = /href="(\/people\/[^"]+\/money\/documents\/[^"]+)"/.exec(shown)?.[1] ?? ''
    const downloaded = await ravi.get(own)
    expect(downloaded.status).toBe(200)
    expect(downloaded.headers.get('Content-Disposition')).toBe('attachment; filename="april statement.pdf"')
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(PDF)

    const view = await page(finance, `/finance/direct-payments/${agreement}`)
    expect(wordsOf(view)).toContain('april statement.pdf (1 KB) A bank statement')
    const officers = /href="(\/finance\/direct-payments\/documents\/[^"]+)"/.exec(view)?.[1] ?? ''
    const opened = await finance.get(officers)
    expect(opened.status).toBe(200)
    expect(opened.headers.get('Content-Type')).toBe('application/pdf')
    expect(new Uint8Array(await opened.arrayBuffer())).toEqual(PDF)
    expect(await count("audit_log where action = 'direct-payment.document-download'")).toBe(2)
    // Ravi's link names Priya: under anyone else's address it is not found.
    expect((await ravi.get(own.replace(personId, 'someone-else'))).status).toBe(404)
  })

  it('audits each opening of Priya’s money and return pages with the page opened', async () => {
    const opened = (path: string) =>
      countIn(
        portal,
        "select count(*) as n from audit_log where action = 'direct-payment.read' and cast(detail as text) like ?",
        `%"page":"${path}"%`,
      )
    const money = `/people/${personId}/money`
    const returnPage = returnPages[0] ?? ''
    const before = [await opened(money), await opened(returnPage)]
    await page(ravi, money)
    await page(ravi, returnPage)
    expect([await opened(money), await opened(returnPage)]).toEqual([(before[0] ?? 0) + 1, (before[1] ?? 0) + 1])
  })

  it('takes no more documents once the council has checked the return, or while payments are suspended', async () => {
    const view = `/finance/direct-payments/${agreement}`
    const checked = await finance.submit(view, {
      intent: 'check-return',
      seen: '0',
      returnId: /name="returnId" value="([^"]+)"/.exec(await page(finance, view))?.[1] ?? '',
      checkReason: 'Bank statement matches the return',
    })
    expect(checked.status).toBe(302)
    const [first = '', second = ''] = returnPages
    expect(wordsOf(await page(ravi, first))).toContain(
      'The council has checked this return, so no more documents can be sent with it.',
    )
    const late = await sendDocument(
      ravi,
      portal,
      first,
      { kind: 'invoice-or-receipt' },
      {
        name: 'invoice.pdf',
        bytes: new Uint8Array([...PDF, 0x0a]),
      },
    )
    expect(late.status).toBe(400)
    expect(wordsOf(await text(late))).toContain('The council has checked this return already')

    const suspended = await finance.submit(view, {
      intent: 'suspend',
      seen: '1',
      ...dateBoxes('suspendFrom', today),
      suspendReason: 'Looking into a payment',
    })
    expect(suspended.status).toBe(302)
    expect(wordsOf(await page(ravi, second))).toContain('Payments are suspended, so no documents can be sent')
    const held = await sendDocument(
      ravi,
      portal,
      second,
      { kind: 'invoice-or-receipt' },
      {
        name: 'invoice.pdf',
        bytes: new Uint8Array([...PDF, 0x0a]),
      },
    )
    expect(held.status).toBe(400)
    const heldHtml = await text(held)
    expect(wordsOf(heldHtml)).toContain('Payments are suspended, so no documents can be sent')
    // With no form left to correct, the summary points at the return's documents.
    expect(heldHtml).toContain('<a href="#documents">Payments are suspended')
    expect(await count('direct_payment_return_documents')).toBe(1)
  })
})
