import { Agent, request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { portalEngines, portalFor } from './support/engines'
import type { RunningPortal } from './support/portal-process'

type Answer = { status: number; connection: string | undefined; location: string | undefined; body: string }

/** Sends one request on `agent`; `body` is written in two pieces when `chunked`, with no stated length. */
function send(
  portal: RunningPortal,
  agent: Agent,
  sent: { method: string; path: string; headers?: Record<string, string>; body?: string; chunked?: boolean },
): Promise<Answer> {
  const url = new URL(portal.url)
  const body = sent.body ?? ''
  const headers = { ...sent.headers }
  if (body && !sent.chunked) headers['Content-Length'] = String(Buffer.byteLength(body))
  if (sent.chunked) headers['Transfer-Encoding'] = 'chunked'
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, method: sent.method, path: sent.path, headers, agent },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            connection: response.headers.connection,
            location: response.headers.location,
            body: text,
          }),
        )
        response.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    if (sent.chunked) {
      outgoing.write(body.slice(0, 10))
      outgoing.end(body.slice(10))
    } else outgoing.end(body)
  })
}

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }
// The default limit is 100 KB; the portal reads and drops a refused body of up to 1 MB to keep its connection.
const over = (bytes: number) => `displayName=${'x'.repeat(bytes)}`

// A refusal answered before the body is read must leave the connection either usable or plainly closed: a client
// keeping connections alive (as Node's does, and browsers do) sends its next request on it.
describe.each(portalEngines())('$name', (engine) => {
  const portal = portalFor(engine)

  it.each([
    ['too large', { method: 'POST', path: '/sign-up', headers: FORM, body: over(200 * 1024) }, 413, 'keep-alive'],
    ['far too large', { method: 'POST', path: '/sign-up', headers: FORM, body: over(3 * 1024 * 1024) }, 413, 'close'],
    [
      'from another site',
      {
        method: 'POST',
        path: '/my-care/act-for-me/new',
        headers: { ...FORM, Origin: 'https://evil.example' },
        body: 'a=b',
      },
      403,
      'keep-alive',
    ],
    ['a method not taken', { method: 'PUT', path: '/sign-in', headers: FORM, body: 'a=b' }, 405, 'keep-alive'],
    // Found by the fuzz test: sent with its length stated, a DELETE's body is read through like any other.
    ['a DELETE', { method: 'DELETE', path: '/oruk/taxonomy_terms/check', body: 'a=b' }, 405, 'keep-alive'],
    ['a method the feed does not take', { method: 'POST', path: '/oruk/services', body: 'a=b' }, 405, 'keep-alive'],
    [
      'chunked, without a length',
      { method: 'POST', path: '/sign-in', headers: FORM, body: over(50), chunked: true },
      411,
      'close',
    ],
  ] as const)(
    'refuses a post %s, and the next request on the same agent is answered',
    async (_name, sent, status, connection) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 })
      try {
        const refused = await send(portal, agent, sent)
        expect(refused.status).toBe(status)
        // Kept when the body was read through; closed, and said so, when it was not worth reading.
        expect(refused.connection).toBe(connection)
        const next = await send(portal, agent, { method: 'GET', path: '/sign-in' })
        expect(next.status).toBe(200)
        expect(next.body).toContain('Sign in')
      } finally {
        agent.destroy()
      }
    },
  )

  // Decision 068: a browser's form is sent back to its page, which says so; the import page says it in its own words.
  it.each([
    ['/list-your-service/sign-up', '/list-your-service/sign-up?sent-too-large'],
    ['/people/someone/plan/supports?index&from=plan', '/people/someone/plan/supports?from=plan&sent-too-large'],
    ['/.//evil.example/', '/evil.example/?sent-too-large'],
    ['/admin/directory/import', '/admin/directory/import?too-large'],
  ])('sends a browser form too large for %s back to its page', async (path, location) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const browser = { ...FORM, 'Sec-Fetch-Dest': 'document', Accept: 'text/html' }
    try {
      const answer = await send(portal, agent, { method: 'POST', path, headers: browser, body: over(200 * 1024) })
      expect([answer.status, answer.location]).toEqual([303, location])
    } finally {
      agent.destroy()
    }
  })
})
