import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { nextDirectPaymentReview } from '@open-sds/direct-payments'
import { formatPence } from '@open-sds/kernel'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { PeopleQueue } from '~/components/PeopleQueue'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { carerBudgetsToSetUp } from '../_carers+/carer-direct-payments.server'
import { ACCOUNT_LABELS, agreementOf, statusWordsOn } from './direct-payments.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Direct payments')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(
    request,
    'routes/_direct-payments+/finance_.direct-payments._index',
  )
  const { directPayments, people, supportPlans, audit } = context.database.repos
  const today = todayInEngland(new Date())
  const name = async (personId: string) => (await people.findById(personId))?.displayName ?? 'Unknown person'
  const records = await directPayments.listAgreements()
  const caseload = await Promise.all(
    records.map(async (record) => {
      const agreement = agreementOf(record)
      const firstPaid = (await directPayments.paymentsFor(record.id))[0]?.paidOn
      const review = firstPaid ? nextDirectPaymentReview({ firstPaymentOn: firstPaid, on: today }) : undefined
      return {
        id: record.id,
        person: await name(record.personId),
        account: ACCOUNT_LABELS[agreement.account.type],
        weekly: formatPence(record.weeklyPaymentPence),
        status: statusWordsOn(agreement, today),
        review: review?.ok
          ? `${formatDate(review.value.dueBy)}${review.value.overdue ? ' (overdue)' : ''}`
          : 'After the first payment',
      }
    }),
  )
  const agreedPlans = new Set(records.map((record) => `${record.planId}/${String(record.planVersion)}`))
  const toSetUp = []
  for (const plan of await supportPlans.listByStatus(['active', 'under-review'])) {
    if (plan.inForceVersion === null || agreedPlans.has(`${plan.id}/${String(plan.inForceVersion)}`)) continue
    const stored = await supportPlans.findById(plan.id)
    const version = stored?.versions.find((entry) => entry.version === plan.inForceVersion)
    const held = (version?.directPaymentWeeklyPence ?? 0) + (version?.individualServiceFundWeeklyPence ?? 0)
    if (held > 0)
      toSetUp.push({ personId: plan.personId, person: await name(plan.personId), weekly: formatPence(held) })
  }
  const carersToSetUp = await carerBudgetsToSetUp(context, records)
  const returns = await Promise.all(
    (await directPayments.listReturnsToCheck()).map(async (sent) => {
      const record = records.find((entry) => entry.id === sent.agreementId)
      return {
        id: sent.id,
        agreementId: sent.agreementId,
        person: record ? await name(record.personId) : 'Unknown person',
        period: `${formatDate(sent.periodStart)} to ${formatDate(sent.periodEnd)}`,
        surplus: sent.surplusPence > 0 ? formatPence(sent.surplusPence) : 'None',
      }
    }),
  )
  const runs = (await directPayments.listRuns()).map((run) => ({
    id: run.id,
    period: `${formatDate(run.periodStart)} to ${formatDate(run.periodEnd)}`,
    count: run.paymentCount,
    total: formatPence(run.totalPence),
  }))
  // The caseload names people: the list is a read of their records.
  await audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'direct-payment.list',
    resource: 'direct-payments:caseload',
    detail: { count: caseload.length + toSetUp.length + carersToSetUp.length + returns.length },
  })
  return json({ name: viewer.displayName, caseload, toSetUp, carersToSetUp, returns, runs })
}

export default function DirectPayments() {
  const { name, caseload, toSetUp, carersToSetUp, returns, runs } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Direct payments">
      <p className="govuk-body">
        People’s direct payments and managed accounts after their plan is agreed: set them up, pay them, check returns.
      </p>
      <p className="govuk-body">
        <a className="govuk-button govuk-!-margin-bottom-0" href="/finance/direct-payments/run">
          Make a payment run
        </a>
      </p>
      {toSetUp.length > 0 ? (
        <PeopleQueue
          caption="Plans in force to set up"
          captionSize="m"
          columns={['Held by the person or a provider, a week']}
          rows={toSetUp.map((row) => ({
            key: row.personId,
            person: row.person,
            href: `/finance/direct-payments/new/${row.personId}`,
            cells: [row.weekly],
          }))}
        />
      ) : null}
      {carersToSetUp.length > 0 ? (
        <PeopleQueue
          caption="Carers’ budgets to set up"
          captionSize="m"
          columns={['Carer’s budget']}
          rows={carersToSetUp.map((row) => ({
            key: row.personId,
            person: row.person,
            href: `/finance/direct-payments/carer/${row.personId}`,
            cells: [row.budget],
          }))}
        />
      ) : null}
      {returns.length > 0 ? (
        <PeopleQueue
          caption="Returns to check, oldest first"
          captionSize="m"
          columns={['Period', 'Surplus']}
          rows={returns.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/finance/direct-payments/${row.agreementId}#return-${row.id}`,
            cells: [row.period, row.surplus],
          }))}
        />
      ) : (
        <p className="govuk-body">There are no returns to check.</p>
      )}
      {caseload.length === 0 ? (
        <p className="govuk-body">Nobody has a direct-payment agreement yet.</p>
      ) : (
        <PeopleQueue
          caption="Direct-payment caseload"
          captionSize="m"
          columns={['How it is held', 'A week', 'Now', 'Review due']}
          rows={caseload.map((row) => ({
            key: row.id,
            person: row.person,
            href: `/finance/direct-payments/${row.id}`,
            cells: [row.account, row.weekly, row.status, row.review],
          }))}
        />
      )}
      {runs.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Payment runs</h2>
          <ul className="govuk-list">
            {runs.map((run) => (
              <li key={run.id}>
                {run.period}: {run.count} payments, {run.total} (
                <a className="govuk-link" href={`/finance/direct-payments/runs/${run.id}.csv`} download>
                  CSV for the finance system<span className="govuk-visually-hidden">, {run.period}</span>
                </a>
                )
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </RolePage>
  )
}
