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
  console.error(`The portal has not been built (${buildPath} could not be loaded). Run "pnpm build" first.\n${error instanceof Error ? error.message : error}`)
  process.exit(1)
}

/** @type {{ host: string, port: number, maxBodyBytes: number, site: string }} */
let settings
try {
  const entry = /** @type {{ startup: () => Promise<typeof settings> }} */ (/** @type {unknown} */ (build.entry.module))
  settings = await entry.startup()
} catch (error) {
  // Configuration and plugin errors are written for the person starting the portal: show just the message.
  const known = error instanceof Error && (error.name === 'ConfigurationError' || error.name === 'DatabaseOpenError')
  console.error(known ? error.message : error)
  process.exit(1)
}

const app = express()
app.disable('x-powered-by')
app.set('trust proxy', false)

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

// Refuse a body larger than the limit before anyone reads it; a body of unstated length is refused too,
// because browsers always state it for the forms this portal serves.
app.use((request, response, next) => {
  const declared = request.headers['content-length']
  const chunked = request.headers['transfer-encoding'] !== undefined
  if (chunked && declared === undefined) {
    response.status(411).type('text/plain').send('Send the request with a Content-Length header.')
    return
  }
  if (declared !== undefined && Number(declared) > settings.maxBodyBytes) {
    response.status(413).type('text/plain').send(`What you sent is too large: the limit is ${Math.round(settings.maxBodyBytes / 1024)} KB. Nothing has been saved. Go back and try again with less.`)
    request.resume()
    return
  }
  next()
})

// A browser says where a form was posted from; a post from another site is refused here, with a clear message,
// before Remix's own (less helpful) check would turn it into an error page.
app.use((request, response, next) => {
  const origin = request.headers.origin
  const safeMethod = request.method === 'GET' || request.method === 'HEAD'
  if (safeMethod || origin === undefined || origin === 'null') return next()
  let originHost
  try {
    originHost = new URL(origin).host
  } catch {
    originHost = undefined
  }
  if (originHost !== request.headers.host) {
    response.status(403).type('text/plain').send('This form could not be accepted because it was sent from another website. Go back to this site, reload the page and try again.')
    request.resume()
    return
  }
  next()
})

app.use(compression())
app.use('/assets', express.static(path.join(buildDirectory, 'client/assets'), { immutable: true, maxAge: '1y' }))
app.use(express.static(path.join(buildDirectory, 'client'), { maxAge: '1h' }))

app.all(
  '*',
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    getLoadContext: (request) => ({ clientAddress: request.socket.remoteAddress ?? 'unknown', requestState: { formHasErrors: false } }),
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
