import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for GOV.UK Notify's API on 127.0.0.1, answering as Notify does (decision 041): the same paths, the same
 * JSON on success, the same error bodies (`{ status_code, errors: [{ error, message }] }`) for a bad token (403), an
 * unknown template or address (400), too many requests (429) and its own failure (500). It checks the client's token
 * as Notify does: HS256 signed with the key's secret, `iss` the service id, `iat` within 30 seconds.
 */
export type FakeNotify = {
  url: string
  /** A key this server accepts. */
  apiKey: string
  templates: { email: string; sms: string; otherEmail: string }
  /** Every notification it accepted, in order. */
  accepted: AcceptedNotification[]
  /** How many requests of each kind reached it. */
  requests: { send: number; lookUp: number; status: number }
  /**
   * The next `times` sends are answered with `status` and Notify's body for it; with 'drop', the message is
   * accepted first and the connection then dropped ('drop'): a sender cannot know whether it went.
   */
  failNext(status: 429 | 500 | 'drop', times?: number): void
  /** What GET /v2/notifications/:id says a notification's status is (default 'delivered'). */
  statusOf: Map<string, string>
  close(): Promise<void>
}

export type AcceptedNotification = {
  id: string
  type: 'email' | 'sms'
  to: string
  templateId: string
  personalisation: Record<string, string>
  reference: string | undefined
  replyToId: string | undefined
  createdAt: string
}

const SERVICE_ID = '6f1e7d4c-2b3a-4c5d-8e9f-0a1b2c3d4e5f'
const SECRET = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'

const errorBody = (status: number, error: string, message: string) => ({
  status_code: status,
  errors: [{ error, message }],
})

export async function startFakeNotify(): Promise<FakeNotify> {
  const templates = { email: randomUUID(), sms: randomUUID(), otherEmail: randomUUID() }
  const templateTypes = new Map<string, 'email' | 'sms'>([
    [templates.email, 'email'],
    [templates.sms, 'sms'],
    [templates.otherEmail, 'email'],
  ])
  const accepted: AcceptedNotification[] = []
  const requests = { send: 0, lookUp: 0, status: 0 }
  const failures: (429 | 500 | 'drop')[] = []
  const statusOf = new Map<string, string>()

  const server = createServer((request, response) => {
    void handle(request, response).catch(() =>
      answer(response, 500, errorBody(500, 'Exception', 'Internal server error')),
    )
  })

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://notify.invalid')
    const text = await readBody(request)
    const refused = checkToken(request.headers.authorization)
    if (refused) return answer(response, 403, errorBody(403, 'AuthError', refused))
    const sending = /^\/v2\/notifications\/(email|sms)$/.exec(url.pathname)
    if (request.method === 'POST' && sending) {
      requests.send += 1
      const failure = failures.shift()
      if (failure === 429) {
        return answer(
          response,
          429,
          errorBody(429, 'RateLimitError', 'Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds'),
        )
      }
      if (failure === 500) return answer(response, 500, errorBody(500, 'Exception', 'Internal server error'))
      const result = accept(sending[1] as 'email' | 'sms', JSON.parse(text || '{}') as Record<string, unknown>)
      if (failure === 'drop' && result.status === 201) return request.socket.destroy()
      return answer(response, result.status, result.body)
    }
    if (request.method === 'GET' && url.pathname === '/v2/notifications') {
      requests.lookUp += 1
      const reference = url.searchParams.get('reference')
      const found = accepted.filter((item) => reference === null || item.reference === reference).reverse()
      return answer(response, 200, { notifications: found.map(describe), links: { current: url.href } })
    }
    const one = /^\/v2\/notifications\/([0-9a-f-]{36})$/.exec(url.pathname)
    if (request.method === 'GET' && one) {
      requests.status += 1
      const item = accepted.find((notification) => notification.id === one[1])
      if (!item) return answer(response, 404, errorBody(404, 'NoResultFound', 'No result found'))
      return answer(response, 200, describe(item))
    }
    return answer(response, 404, errorBody(404, 'NotFound', 'Not found'))
  }

  function accept(type: 'email' | 'sms', body: Record<string, unknown>): { status: number; body: unknown } {
    const templateId = String(body.template_id ?? '')
    const templateType = templateTypes.get(templateId)
    if (!templateType) return { status: 400, body: errorBody(400, 'BadRequestError', 'Template not found') }
    if (templateType !== type) {
      return {
        status: 400,
        body: errorBody(400, 'BadRequestError', `${templateType} template is not suitable for ${type} notification`),
      }
    }
    const to = String(type === 'email' ? (body.email_address ?? '') : (body.phone_number ?? ''))
    if (type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) {
      return { status: 400, body: errorBody(400, 'ValidationError', 'email_address Not a valid email address') }
    }
    if (type === 'sms' && !/^(\+44\s?7|07)\d{3}\s?\d{6}$/.test(to)) {
      return { status: 400, body: errorBody(400, 'ValidationError', 'phone_number Not a UK mobile number') }
    }
    const personalisation = (body.personalisation ?? {}) as Record<string, string>
    for (const needed of ['subject', 'body']) {
      if (!(needed in personalisation)) {
        return { status: 400, body: errorBody(400, 'BadRequestError', `Missing personalisation: ${needed}`) }
      }
    }
    const item: AcceptedNotification = {
      id: randomUUID(),
      type,
      to,
      templateId,
      personalisation,
      reference: typeof body.reference === 'string' ? body.reference : undefined,
      replyToId: (body.email_reply_to_id ?? body.sms_sender_id) as string | undefined,
      createdAt: new Date().toISOString(),
    }
    accepted.push(item)
    return {
      status: 201,
      body: {
        id: item.id,
        reference: item.reference ?? null,
        content: {
          body: personalisation.body,
          subject: personalisation.subject,
          from_email: 'council@notifications.service.gov.uk',
        },
        uri: `${address()}/v2/notifications/${item.id}`,
        template: { id: templateId, version: 1, uri: `${address()}/services/${SERVICE_ID}/templates/${templateId}` },
      },
    }
  }

  const describe = (item: AcceptedNotification) => ({
    id: item.id,
    reference: item.reference ?? null,
    type: item.type,
    status: statusOf.get(item.id) ?? 'delivered',
    template: { id: item.templateId, version: 1, uri: '' },
    body: item.personalisation.body,
    subject: item.personalisation.subject,
    ...(item.type === 'email' ? { email_address: item.to } : { phone_number: item.to }),
    created_at: item.createdAt,
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = () => `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`
  return {
    url: address(),
    apiKey: `open_sds_test-${SERVICE_ID}-${SECRET}`,
    templates,
    accepted,
    requests,
    statusOf,
    failNext(status, times = 1) {
      for (let index = 0; index < times; index += 1) failures.push(status)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Notify's checks of the bearer token, with its messages; undefined when the token is good. */
function checkToken(authorization: string | undefined): string | undefined {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
  if (!token) return 'Unauthorized: authentication token must be provided'
  const [header = '', payload = '', signature = ''] = token.split('.')
  const expected = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest('base64url')
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8') || '{}') as {
    iss?: string
    iat?: number
  }
  if (claims.iss !== SERVICE_ID) return 'Invalid token: service not found'
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return 'Invalid token: API key not found'
  }
  if (typeof claims.iat !== 'number' || Math.abs(Date.now() / 1000 - claims.iat) > 30) {
    return 'Error: Your system clock must be accurate to within 30 seconds'
  }
  return undefined
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function answer(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify(body))
}
