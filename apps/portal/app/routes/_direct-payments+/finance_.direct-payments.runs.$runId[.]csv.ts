import type { LoaderFunctionArgs } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { runCsv } from './direct-payments.server'

/**
 * A file, not a page, so no error page wraps its answer: it says "Page not found" itself, in the same words to someone
 * who may not see runs as for a run that does not exist, so neither learns whether the run is there.
 */
const pageNotFound = () =>
  new Response('Page not found. There is no page at this address. If you typed it, check it is correct.', {
    status: 404,
    statusText: 'Not Found',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

/** A payment run for the council's finance system: reference, amount, cost centre and date, one row a payment. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(
    request,
    'routes/_direct-payments+/finance_.direct-payments.runs.$runId[.]csv',
  ).catch((thrown: unknown) => {
    throw thrown instanceof Response && thrown.status === 404 ? pageNotFound() : thrown
  })
  const { directPayments, audit } = context.database.repos
  const run = await directPayments.findRun(params.runId ?? '')
  if (!run) throw pageNotFound()
  const rows = [
    ...(await directPayments.paymentsOfRun(run.id)),
    ...(await directPayments.adjustmentsOfRun(run.id)).map((adjustment) => ({
      ...adjustment,
      pence: adjustment.kind === 'recovery' ? -adjustment.pence : adjustment.pence,
    })),
  ]
  await audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'direct-payment.run-download',
    resource: `direct-payment-run:${run.id}`,
    detail: { count: rows.length },
  })
  return new Response(runCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="direct-payments-${run.periodStart}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
