import { PassThrough } from 'node:stream'
import type { EntryContext } from '@remix-run/node'
import { createReadableStreamFromReadable } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToPipeableStream } from 'react-dom/server'
import { demoAccounts, hashPasswordScrypt, seedDemoData } from '@open-sds/db'
import { currentViewer, rolesHeldBy } from './.server/auth/session'
import { getAppContext } from './.server/context'
import { loadPluginDirectory } from './.server/plugin-directory'
import { directoryServicesOf } from '@open-sds/plugin-sdk'
import { startCountingFigures } from './.server/counted-figures'
import { startSendingMessages } from './.server/notify/outbox-sender'
import { startTellingOfReviews } from './.server/notify/review-notices'
import { startDirectoryIndex } from './routes/_directory+/directory-index.server'
import { chargingPolicyOf } from './routes/_charging+/charging.server'
import { seedDemoCharges } from './routes/_charging+/demo-charges.server'
import { latestFile } from './routes/_admin+/client-level-data.server'
import { todaysDashboard } from './routes/_admin+/progress.server'
import { currentReportingYear, yearsCounts } from './routes/_safeguarding+/safeguarding-counts.server'
import { seedDemoSurveyResponses } from './routes/_coproduction+/demo-survey-responses.server'
import { seedDemoHistory } from './.server/demo-history'
import { seedDemoDirectPayments } from './routes/_direct-payments+/demo-direct-payments.server'
import { seedDemoWaitingWork } from './.server/demo-waiting-work'
import { seedDemoSafeguarding } from './routes/_safeguarding+/demo-safeguarding.server'
import { planUprating, runUprating } from './routes/_charging+/uprating.server'

const RENDER_TIMEOUT_MS = 5000

/**
 * Called once by server.js before it listens: loads configuration, plugins and the database, so that any
 * problem with them stops the start with a plain message instead of failing the first person's request.
 */
export async function startup() {
  const context = await getAppContext()
  // Long counts (progress, safeguarding counts, Client Level Data) run in a worker thread, off the request path. What
  // each page shows first is queued now, unless counted recently, so that it is there when someone first looks.
  const now = new Date()
  await startCountingFigures(
    context,
    [todaysDashboard(now), yearsCounts(currentReportingYear(now)), ...latestFile(context, now)],
    now,
  ).catch((error: unknown) => {
    // The pages ask for their own figures as before; a start is not refused for this.
    console.error('Could not queue the figures to count at start-up:', error)
  })
  // Messages go out through GOV.UK Notify when a key is set; without one they wait in the outbox (decision 041).
  startSendingMessages(context)
  // Plan reviews four weeks off or overdue: told now and hourly, each once (issue 15).
  startTellingOfReviews(context)
  // The public search's index of the directory, built now so that no search builds it (issue 17).
  startDirectoryIndex(context)
  const { host, port, maxBodyBytes, trustProxy } = context.config
  return { host, port, maxBodyBytes, trustProxy, site: context.site.branding.organisationName }
}

/**
 * Called by server.js when a request was refused (403, or 404 to someone signed in): records who asked for what.
 * Reads the session without recording activity, and never throws: an audit of a refusal must not become an error.
 */
export async function auditRefusal(refusal: {
  method: string
  path: string
  status: number
  cookie: string | undefined
}) {
  const context = await getAppContext()
  const request = new Request('http://portal.invalid/', { headers: refusal.cookie ? { Cookie: refusal.cookie } : {} })
  const viewer = await currentViewer(request, context, new Date(), { touch: false })
  if (refusal.status === 404 && !viewer) return
  const person = /^\/people\/([^/?#]+)/.exec(refusal.path)?.[1]
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer?.id ?? null,
    action: 'request.refused',
    personId: person ? safelyDecoded(person) : null,
    resource: `path:${refusal.path.slice(0, 300)}`,
    detail: { status: refusal.status, method: refusal.method.slice(0, 20) },
  })
}

function safelyDecoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Migrates the configured database and, when asked, fills it with the demo accounts and people; with `sampleHistory`
 * (the demo, not the tests, whose figures must come from what each test writes) also with fictional survey answers
 * and histories, so the published figures show numbers.
 */
export async function prepareDatabase({ seed, sampleHistory = false }: { seed: boolean; sampleHistory?: boolean }) {
  const context = await getAppContext({ migrate: true })
  await loadPluginDirectory(context.database, context.site, new Date())
  if (seed) {
    const now = new Date()
    // A plugin that brings its own directory (a user-led organisation's) does not want the county's demo one.
    const demoDirectory = directoryServicesOf(context.site).length === 0
    // The demo data goes in like any other change: in one transaction with its audit entry.
    await context.database.withAudit(
      async (repos) => ({
        ...(await seedDemoData({ repos }, { hashPassword: hashPasswordScrypt, now, demoDirectory })),
        chargesAdded: await seedDemoCharges({ repos }, context.site, now),
        ...(sampleHistory
          ? {
              surveyResponsesAdded: await seedDemoSurveyResponses({ repos }, context.site, now),
              safeguardingConcernsAdded: await seedDemoSafeguarding(repos, now),
              waitingWork: await seedDemoWaitingWork({ repos }, context.site, now),
            }
          : {}),
      }),
      (seeded) => ({ at: now, action: 'demo-data.seed', resource: 'demo-data', detail: seeded }),
    )
    if (sampleHistory) {
      await seedDemoHistory(context.database, now)
      // Alex's and Priya's direct payments, so "Your money" shows payments, a return and a balance (issue 14).
      await seedDemoDirectPayments(context, now)
    }
  }
  await context.database.close()
  const { host, port, demo, publicUrl } = context.config
  return {
    databasePath: context.database.path,
    address: `http://${host}:${port}`,
    // Where a demo shows the messages it would send (decision 027); none when it is not a demo.
    outbox: demo ? `${publicUrl}/outbox` : undefined,
    // Who can sign in to the demo, printed by the demo script so nobody has to look them up.
    accounts: seed ? demoAccounts.map(({ email, password, description }) => ({ email, password, description })) : [],
  }
}

/**
 * The yearly uprating from the command line (scripts/uprate.js): the report of changes under the rates in force on
 * `date`, and with `confirm` every new charge written as a new version in one transaction, recorded as done by the
 * council administrator whose email is given.
 */
export async function uprateCharges({
  date,
  confirm,
  adminEmail,
}: {
  date: string
  confirm: boolean
  adminEmail: string
}) {
  const context = await getAppContext()
  try {
    const policy = chargingPolicyOf(context.site)
    const repo = context.database.repos.financialAssessments
    if (!confirm)
      return {
        confirmed: false as const,
        planned: planUprating(await repo.listCurrentConfirmed(), policy, date, await repo.listAwaitingReview()),
      }
    const admin = await context.database.repos.users.findByEmail(adminEmail)
    const administers = admin !== undefined && (await rolesHeldBy(context, admin)).includes('council-admin')
    if (!admin || !administers || admin.disabledAt !== null) {
      return {
        confirmed: true as const,
        run: {
          ok: false as const,
          message: `No active council administrator account has the email "${adminEmail}": give one with --as`,
        },
      }
    }
    const now = new Date()
    const run = await context.database.withAudit(
      (repos) => runUprating(repos.financialAssessments, policy, date, admin.id, now),
      (done) =>
        done.ok
          ? {
              at: now,
              actorUserId: admin.id,
              action: 'financial-assessment.uprate',
              resource: `uprating:${done.runId}`,
              detail: { date, written: done.written, from: 'command line' },
            }
          : undefined,
    )
    return { confirmed: true as const, run }
  } finally {
    await context.database.close()
  }
}

// Pages are rendered whole before they are sent: the portal works without JavaScript, so there is nothing to stream to.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  return new Promise<Response>((resolve, reject) => {
    let failed = false
    const { pipe, abort } = renderToPipeableStream(
      <RemixServer context={remixContext} url={request.url} abortDelay={RENDER_TIMEOUT_MS} />,
      {
        onAllReady() {
          const body = new PassThrough()
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: failed ? 500 : responseStatusCode,
            }),
          )
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          failed = true
          console.error(error)
        },
      },
    )
    setTimeout(abort, RENDER_TIMEOUT_MS + 1000)
  })
}
