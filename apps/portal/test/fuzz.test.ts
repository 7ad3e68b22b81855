import { Agent, request } from 'node:http'
import { demoPeople } from '@open-sds/db'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { PortalClient, csrfTokenIn } from '@open-sds/portal-harness'
import { demoAccount } from './support/demo-account'
import { portalEngines, portalFor } from './support/engines'
import type { RunningPortal } from './support/portal-process'

/**
 * Issue 13, "Bad input": whatever arrives (any method, odd headers and cookies, addresses with broken percent-encoding,
 * any form fields on any route), signed out or signed in with any role, the portal answers without a 500 and without
 * showing a stack trace. Every route comes from the built route manifest, so a new page is fuzzed without a change here.
 */

type BuiltRoute = { path?: string; index?: boolean; parentId?: string }
type Visitor = { name: string; cookie: string; csrf: string }

const RUNS_PER_VISITOR = 300
const STACK_TRACE = /\n\s+at [\w$.<>]+ \(|node_modules\/|\.server\/|\/app\/routes\/|ReferenceError|TypeError:/

async function routeTemplates(): Promise<string[]> {
  const buildPath = `../${process.env.OPEN_SDS_BUILD_DIR ?? 'build'}/server/index.js`
  const build = (await import(/* @vite-ignore */ buildPath)) as { routes: Record<string, BuiltRoute> }
  const fullPath = (id: string): string => {
    const route = build.routes[id]!
    if (!route.parentId) return route.path ?? ''
    return [fullPath(route.parentId), route.path ?? ''].filter(Boolean).join('/')
  }
  return Object.keys(build.routes)
    .filter((id) => id !== 'root')
    .map((id) => `/${fullPath(id)}`)
}

async function visitor(portal: RunningPortal, key: string | null): Promise<Visitor> {
  const client = new PortalClient(portal.url)
  if (key) await client.signIn(demoAccount(key).email, demoAccount(key).password)
  const page = await client.get(key ? '/account' : '/sign-in')
  const shown = page.status === 302 ? await client.get(page.headers.get('location') ?? '/') : page
  const html = await shown.text()
  return { name: key ?? 'signed out', cookie: client.cookieHeader(), csrf: csrfTokenIn(html) }
}

const alex = demoPeople[0]?.id ?? ''

/** A path segment as a person, a link or an attacker might send it: real ids, words, and broken percent-encoding. */
const segment = fc.oneof(
  fc.constantFrom(alex, 'income', 'check', 'evidence', 'about-you', '1', '..', '.', 'SG-2026-0001', 'survey'),
  fc.constantFrom('%', '%2', '%zz', '%E0%A4%A', '%C0%AF', '%00', '%2F', '%252F', '%FF%FE', '%u0041'),
  fc.stringMatching(/^[A-Za-z0-9._~%!$&'()*+,;=:@-]{0,24}$/),
)

const pathFor = (template: string) =>
  fc
    .tuple(
      fc.array(segment, { minLength: 4, maxLength: 4 }),
      fc.option(fc.stringMatching(/^[A-Za-z0-9=&%._~+-]{0,40}$/), { nil: undefined }),
    )
    .map(([values, query]) => {
      let index = 0
      const filled = template
        .replace(/:[A-Za-z]+|\*/g, () => values[index++ % values.length] ?? '')
        .replace(/\/\(index\)$/, '')
      return `${filled || '/'}${query === undefined ? '' : `?${query}`}`
    })

const fieldName = fc.oneof(
  fc.constantFrom(
    'answer',
    'intent',
    'email',
    'password',
    'displayName',
    'returnTo',
    'reason',
    'category',
    'count',
    'days',
    'state',
    'version',
    'expectedVersion',
    'planVersion',
    'change',
    'userId',
    'weeklyCostOfCare',
    'bandCount',
    'effectiveFrom',
    'respondAs',
    'link',
    'whatHappened',
    'personId',
    'outcomes',
  ),
  fc.stringMatching(/^[a-zA-Z[\]._-]{1,16}$/),
)
const fieldValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    'continue',
    'save-and-leave',
    'start',
    'confirm',
    'grant',
    'withdraw',
    'yes',
    'no',
    '-1',
    '1e309',
  ),
  fc.constantFrom(
    '0',
    '99999999999999999999',
    'NaN',
    '2026-02-30',
    '//evil.example',
    '/\t/evil',
    '<script>',
    '%zz',
    'a\u0000b',
  ),
)

const requestFor = (templates: string[], visitorIndex: number) =>
  fc.record({
    template: fc.constantFrom(...templates),
    method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'),
    fields: fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 6 }),
    withCsrf: fc.boolean(),
    contentType: fc.constantFrom(
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=utf-8',
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'application/json',
      'text/plain',
      '',
    ),
    origin: fc.constantFrom(undefined, 'null', 'http://evil.example', 'http://127.0.0.1'),
    cookie: fc.constantFrom('own', 'own', 'none', 'garbage', 'forged'),
    forwardedFor: fc.option(fc.constantFrom('203.0.113.9', 'not-an-address', '::1, 10.0.0.1', ''), {
      nil: undefined,
    }),
    visitorIndex: fc.constant(visitorIndex),
  })

type FuzzRequest = {
  method: string
  path: string
  headers: Record<string, string>
  body: string
}

/** One connection kept alive for every request, as a browser keeps one: a refusal must leave it usable. */
const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 })

/**
 * Sends one request as it is, whatever it holds; undefined when Node itself refuses to send it. A body's length is
 * stated, as browsers state it: Node's client sends a DELETE's, OPTIONS' or TRACE's body with no length, so the
 * server reads that body as the start of the next request, answers it 400 and closes the connection, and the request
 * after finds it closed ("socket hang up"). A crash still shows, as the next request finds nothing listening.
 */
function send(portal: RunningPortal, fuzz: FuzzRequest): Promise<{ status: number; body: string } | undefined> {
  const url = new URL(portal.url)
  return new Promise((resolve, reject) => {
    let outgoing
    try {
      outgoing = request(
        {
          host: url.hostname,
          port: url.port,
          method: fuzz.method,
          path: fuzz.path,
          headers: fuzz.body
            ? { ...fuzz.headers, 'Content-Length': String(Buffer.byteLength(fuzz.body)) }
            : fuzz.headers,
          agent: keepAlive,
        },
        (response) => {
          let body = ''
          response.setEncoding('utf8')
          response.on('data', (chunk: string) => (body += chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
          response.on('error', reject)
        },
      )
    } catch {
      // Node itself refuses to send some paths (a space, a control character): nothing reached the portal.
      resolve(undefined)
      return
    }
    outgoing.on('error', reject)
    outgoing.end(fuzz.body)
  })
}

// One portal per engine for all the requests: starting one per case would make the file several times slower.
describe.each(portalEngines())('on $name, bad input never gets a 500 or a stack trace', (engine) => {
  const portal = portalFor(engine)
  let visitors: Visitor[] = []
  let templates: string[] = []
  let sent = 0
  const statuses = new Set<number>()

  beforeAll(async () => {
    templates = await routeTemplates()
    visitors = await Promise.all(
      [null, 'citizen', 'representative', 'practitioner', 'finance', 'council-admin', 'ulo-admin'].map((key) =>
        visitor(portal, key),
      ),
    )
  }, 120_000)

  // Found by this file on PostgreSQL, which refuses the NUL character in any text: /people/%00/… was an error there.
  it('refuses an address holding the NUL character as unreadable, signed out or in, on either engine', async () => {
    const practitioner = visitors.find((who) => who.name === 'practitioner')!
    for (const path of ['/people/%00/plan/contingency', '/people/%00', '/admin/audit?person=%00', '/%00']) {
      for (const cookie of ['', practitioner.cookie]) {
        const answer = await send(portal, { method: 'GET', path, headers: cookie ? { Cookie: cookie } : {}, body: '' })
        expect([path, answer?.status]).toEqual([path, 400])
        expect(answer?.body).toBe('The address of this request could not be read.')
      }
    }
  })

  // PostgreSQL refuses NUL in any text, so a form value holding one would fail as an error there and not on SQLite.
  it('refuses a form holding the NUL character as unreadable, on either engine', async () => {
    const visitor = visitors.find((who) => who.name === 'signed out')!
    const fields = new URLSearchParams({ csrf: visitor.csrf, email: 'a\u0000b@example.org', password: 'x' })
    const answer = await send(portal, {
      method: 'POST',
      path: '/sign-in',
      headers: { Cookie: visitor.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    })
    expect(answer?.status).toBe(400)
    expect(answer?.body).toContain('The form could not be read')
  })

  // Found by this file: the supports step peeked at its form before reading it, and a body that was not the
  // multipart form its header claimed was an error there.
  it('refuses a body that is not the form its header says it is, before the form is read', async () => {
    const admin = visitors.find((who) => who.name === 'council-admin')!
    const answer = await send(portal, {
      method: 'POST',
      path: '/people/someone/plan/supports',
      headers: { Cookie: admin.cookie, 'Content-Type': 'multipart/form-data' },
      body: 'days=&category=x',
    })
    expect(answer?.status).toBe(400)
    expect(answer?.body).toContain('The form could not be read')
  })

  it(`survives ${RUNS_PER_VISITOR} random requests from each visitor, signed out and in every role`, async () => {
    const problems: string[] = []
    for (let index = 0; index < visitors.length; index += 1) {
      const who = visitors[index]!
      await fc.assert(
        fc.asyncProperty(
          requestFor(templates, index).chain((shape) => pathFor(shape.template).map((path) => ({ ...shape, path }))),
          async (shape) => {
            const fields = new URLSearchParams(shape.fields)
            if (shape.withCsrf) fields.set('csrf', who.csrf)
            const cookie = {
              own: who.cookie,
              none: '',
              garbage: 'open-sds-session=%zz; ;;=; open-sds-csrf',
              forged: 'open-sds-session=AAAA; open-sds-csrf=AAAA',
            }[shape.cookie]
            const headers: Record<string, string> = { Host: new URL(portal.url).host }
            if (cookie) headers.Cookie = cookie
            if (shape.contentType) headers['Content-Type'] = shape.contentType
            if (shape.origin) headers.Origin = shape.origin
            if (shape.forwardedFor !== undefined) headers['X-Forwarded-For'] = shape.forwardedFor
            const body = shape.method === 'GET' || shape.method === 'HEAD' ? '' : fields.toString()
            const answer = await send(portal, { method: shape.method, path: shape.path, headers, body })
            if (!answer) return true
            sent += 1
            statuses.add(answer.status)
            const broken = answer.status >= 500 || STACK_TRACE.test(answer.body)
            if (broken) problems.push(`${who.name}: ${shape.method} ${shape.path} -> ${answer.status}`)
            return !broken
          },
        ),
        { numRuns: RUNS_PER_VISITOR, seed: 20261202 + index, endOnFailure: true },
      )
    }
    expect(problems).toEqual([])
    console.info(`fuzz: ${sent} requests sent to the portal; answers ${[...statuses].sort().join(', ')}`)
    expect(sent).toBeGreaterThan(visitors.length * RUNS_PER_VISITOR * 0.9)
    // The requests reached pages, forms, refusals and missing pages alike, not one kind of answer only.
    for (const status of [200, 302, 403, 404, 405]) expect(statuses).toContain(status)
  }, 300_000)
})
