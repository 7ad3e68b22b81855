import type { LoaderFunctionArgs } from '@remix-run/node'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { notFound, runCsv } from './direct-payments.server'

/** A payment run for the council's finance system: reference, amount, cost centre and date, one row a payment. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(
    request,
    'routes/_direct-payments+/finance_.direct-payments.runs.$runId[.]csv',
  )
  const { directPayments, audit } = context.database.repos
  const run = await directPayments.findRun(params.runId ?? '')
  if (!run) throw notFound('payment run')
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
