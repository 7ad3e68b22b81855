// The portal's HTTP server: security headers, a body size limit, static files, then Remix.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import compression from 'compression'
import express from 'express'

const here = path.dirname(fileURLToPath(import.meta.url))
const buildDirectory = path.resolve(here, process.env.OPEN_SDS_BUILD_DIR ?? 'build')
const buildPath = path.join(buildDirectory, 'server/index.js')

/** @type {import('@remix-run/node').ServerBuild} */
let build
try {
  build = await import(buildPath)
} catch (error) {
  console.error(
    `The portal has not been built (${buildPath} could not be loaded). Run "pnpm build" first.\n${error instanceof Error ? error.message : error}`,
  )
  process.exit(1)
}

/**
 * @typedef {{ method: string, path: string, status: number, cookie: string | undefined }} Refusal
 * @type {{ startup: () => Promise<typeof settings>, auditRefusal: (refusal: Refusal) => Promise<void> }}
 */
const entry = /** @type {any} */ (build.entry.module)

/** @type {{ host: string, port: number, maxBodyBytes: number, site: string, trustProxy: false | number | string[] }} */
let settings
try {
  settings = await entry.startup()
} catch (error) {
  // Configuration and plugin errors are written for the person starting the portal: show just the message.
  const known = error instanceof Error && (error.name === 'ConfigurationError' || error.name === 'DatabaseOpenError')
  console.error(known ? error.message : error)
  process.exit(1)
}

const app = express()
app.disable('x-powered-by')
// Without TRUST_PROXY, X-Forwarded-For is ignored: anyone could write one. With it, request.ip is the client's
// address as the trusted proxies report it, for rate limits and the audit log.
app.set('trust proxy', settings.trustProxy)

/**
 * The open ORUK feed (decision 036): read by other systems and by scripts on other sites, so every answer there, a
 * refusal too, is JSON any origin may read; the styled pages are for people.
 * @param {import('express').Request} request
 */
const isFeed = (request) => request.path === '/oruk' || request.path.startsWith('/oruk/')

/**
 * @param {import('express').Response} response
 * @param {number} status
 * @param {Record<string, string>} body
 */
function feedRefusal(response, status, body) {
  response.status(status).set({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' }).json(body)
}

/** A refused body up to this size is read through and dropped, so its connection can carry the next request. */
const DRAINED_AT_MOST_BYTES = 1024 * 1024

/**
 * A request refused before its body is read: the body still arrives on the connection, and the client (a browser, or
 * Node's client with keep-alive) sends its next request after it. A body of stated length up to
 * DRAINED_AT_MOST_BYTES is read and thrown away and the connection kept; a bigger one, or one of unstated length
 * (chunked), is not worth reading, so the answer says `Connection: close` and Node ends the connection once it is
 * sent: the client opens a new one instead of reusing one the server is about to close ("socket hang up").
 * @param {import('express').Request} request
 * @param {import('express').Response} response
 */
function throwAwayBody(request, response) {
  const chunked = request.headers['transfer-encoding'] !== undefined
  if (chunked || !(Number(request.headers['content-length'] ?? 0) <= DRAINED_AT_MOST_BYTES))
    response.set('Connection', 'close')
  request.resume()
}

/**
 * Answers with one of the service's own styled pages (the request-refused route renders it with the site's header
 * and footer) instead of plain text. The request's body is thrown away unread (see `throwAwayBody`).
 * @param {import('express').Request} request
 * @param {import('express').Response} response
 * @param {number} status
 * @param {string} message
 * @param {import('express').NextFunction} next
 */
function refuseWithPage(request, response, status, message, next) {
  throwAwayBody(request, response)
  if (isFeed(request)) {
    feedRefusal(response, status, { error: message })
    return
  }
  response.locals.refusal = { status, message }
  response.locals.requestedPath = request.originalUrl
  response.locals.requestedMethod = request.method
  request.method = 'GET'
  request.url = request.originalUrl = '/request-refused'
  next()
}

app.use((_request, response, next) => {
  response.set({
    'Content-Security-Policy':
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  })
  next()
})

// A script on another site asks before reading the feed (a CORS preflight): it may GET from anywhere.
app.use((request, response, next) => {
  if (request.method !== 'OPTIONS' || !isFeed(request)) return next()
  response
    .status(204)
    .set({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'Accept',
      'Access-Control-Max-Age': '86400',
      Allow: 'GET, HEAD, OPTIONS',
    })
    .end()
})

// Forms are posted and pages fetched; TRACE, PUT, DELETE and the rest are not part of this service.
const METHODS = new Set(['GET', 'HEAD', 'POST'])
// The feed is only read.
const FEED_METHODS = new Set(['GET', 'HEAD'])
app.use((request, response, next) => {
  const feed = isFeed(request)
  if ((feed ? FEED_METHODS : METHODS).has(request.method)) return next()
  response.set('Allow', feed ? 'GET, HEAD, OPTIONS' : 'GET, HEAD, POST')
  refuseWithPage(request, response, 405, 'This address does not accept that kind of request.', next)
})

/**
 * Pages whose loader explains a body over the limit (`?too-large`) beside their form, in their own words; every
 * other page is sent back with `?sent-too-large`, which the root shows above the page (decision 068).
 */
const SAYS_TOO_LARGE_ITSELF = new Set(['/admin/directory/import'])

/**
 * The page a too-large form came from, flagged for the message. `?index` is only Remix's way of naming an index
 * route's action, not part of the page's address.
 * @param {import('express').Request} request
 */
function tooLargeAddress(request) {
  const url = new URL(request.originalUrl, 'http://portal.invalid')
  url.searchParams.delete('index')
  url.searchParams.set(SAYS_TOO_LARGE_ITSELF.has(request.path) ? 'too-large' : 'sent-too-large', '')
  // Never `//elsewhere`, which a browser would read as another site.
  return `${url.pathname.replace(/^\/+/, '/')}?${url.searchParams.toString().replace(/=(&|$)/g, '$1')}`
}

/**
 * A form post whose answer the browser shows as the page, as `refuse()` decides in the app (decision 055).
 * @param {import('express').Request} request
 */
function isPageNavigation(request) {
  const destination = request.headers['sec-fetch-dest']
  if (destination !== undefined) return destination === 'document'
  return String(request.headers.accept ?? '').includes('text/html')
}

// Refuse a body larger than the limit before anyone reads it; a body of unstated length is refused too,
// because browsers always state it for the forms this portal serves.
app.use((request, response, next) => {
  const declared = request.headers['content-length']
  const chunked = request.headers['transfer-encoding'] !== undefined
  if (chunked && declared === undefined) {
    refuseWithPage(request, response, 411, 'Send the request with a Content-Length header.', next)
    return
  }
  if (declared !== undefined && !(Number(declared) <= settings.maxBodyBytes)) {
    // A browser's form goes back to its page, which says so with the form still there; a script gets 413.
    if (request.method === 'POST' && isPageNavigation(request)) {
      throwAwayBody(request, response)
      response.redirect(303, tooLargeAddress(request))
      return
    }
    refuseWithPage(
      request,
      response,
      413,
      `What you sent is too large: the limit is ${Math.round(settings.maxBodyBytes / 1024)} KB. Nothing has been saved. Go back and try again with less.`,
      next,
    )
    return
  }
  next()
})

// A browser says where a form was posted from; a post from another site is refused here, with a clear message,
// before Remix's own (less helpful) check would turn it into an error page.
app.use((request, response, next) => {
  const origin = request.headers.origin
  const safeMethod = request.method === 'GET' || request.method === 'HEAD'
  if (safeMethod || origin === undefined) return next()
  // `Origin: null` comes from a sandboxed frame or a privacy-stripped context, never from our own pages.
  let originHost
  try {
    originHost = new URL(origin).host
  } catch {
    originHost = undefined
  }
  if (originHost !== request.headers.host) {
    refuseWithPage(
      request,
      response,
      403,
      'This form could not be accepted because it was sent from another website. Go back to this site, reload the page and try again.',
      next,
    )
    return
  }
  next()
})

app.use(compression())
app.use('/assets', express.static(path.join(buildDirectory, 'client/assets'), { immutable: true, maxAge: '1y' }))
app.use(express.static(path.join(buildDirectory, 'client'), { maxAge: '1h' }))

// Pages carry personal data: no browser or proxy keeps a copy (static files above set their own caching).
// A refused request is audited with who asked and what for: 403 always, 404 when someone signed in asked.
app.use((request, response, next) => {
  response.set('Cache-Control', 'no-store')
  const requestedPath = response.locals.requestedPath ?? request.originalUrl
  response.on('finish', () => {
    const status = response.statusCode
    if (status !== 403 && status !== 404) return
    entry
      .auditRefusal({
        method: response.locals.requestedMethod ?? request.method,
        path: requestedPath,
        status,
        cookie: request.headers.cookie,
      })
      .catch((error) => console.error(error))
  })
  next()
})

// An address Node cannot read (a Host header with spaces, say) is refused here rather than failing inside Remix; so is
// one holding the NUL character (%00), which no page or record has in its address and which PostgreSQL refuses in any
// text it is given (SQLite does not), so a lookup of it would fail as an error on one engine and not the other.
app.use((request, response, next) => {
  try {
    new URL(`${request.protocol}://${request.get('host') ?? 'localhost'}${request.originalUrl}`)
    // A path whose escapes are not UTF-8 (%C0%AF) would fail later, where the router reads it, with Express's own
    // error page.
    decodeURIComponent(request.path)
    if (/%00/.test(request.originalUrl)) throw new Error('NUL in the address')
  } catch {
    if (isFeed(request)) {
      const [parameter] = Object.entries(request.query).find(([, value]) => String(value).includes('\0')) ?? []
      feedRefusal(
        response,
        400,
        parameter !== undefined
          ? { error: `${parameter} must be text without the NUL character (%00)`, parameter }
          : /%00/.test(request.originalUrl)
            ? { error: 'The address holds the NUL character (%00), which no record of the feed has: remove it' }
            : { error: 'The address could not be read: one of its %-escapes is not UTF-8 text' },
      )
      return
    }
    response.status(400).type('text/plain').send('The address of this request could not be read.')
    return
  }
  next()
})

app.all(
  '*',
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    getLoadContext: (request, response) => ({
      clientAddress: request.ip ?? request.socket.remoteAddress ?? 'unknown',
      requestState: { formHasErrors: false },
      refusal: response.locals.refusal,
    }),
  }),
)

const server = app.listen(settings.port, settings.host, () => {
  console.log(`${settings.site}: the portal is running at http://${settings.host}:${settings.port}`)
})

function shutDown() {
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGTERM', shutDown)
process.on('SIGINT', shutDown)
