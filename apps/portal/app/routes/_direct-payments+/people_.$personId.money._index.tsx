import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { BarChart } from '~/components/BarChart'
import { ScrollableTable } from '~/components/ScrollableTable'
import { TableHead } from '~/components/TableHead'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { auditRead } from '~/.server/audit-read'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { todayInEngland } from '~/routes/_self-assessment+/self-assessment.server'
import { EvidenceFindings } from './__EvidenceFindings'
import { PaymentsTable } from './__PaymentsTable'
import { moneyView, ownAgreement } from './money.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your money')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(
    request,
    'routes/_direct-payments+/people_.$personId.money._index',
  )
  const { reader, record, agreement } = await ownAgreement(context, viewer, params.personId ?? '')
  await auditRead(context, viewer, request, {
    action: 'direct-payment.read',
    personId: reader.personId,
    resource: `direct-payment:${record?.id ?? 'none'}`,
  })
  const own = reader.relationship === 'self'
  // The person reads "you pay"; a representative reads the person's name.
  const to = own ? { you: true as const } : { name: reader.displayName }
  const view = record && agreement ? await moneyView(context, record, agreement, todayInEngland(new Date()), to) : null
  return json({ personId: reader.personId, name: reader.displayName, own, view })
}

export default function YourMoney() {
  const { personId, name, own, view } = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{name}</span>
        <h1 className="govuk-heading-l">{own ? 'Your money' : `${name}’s money`}</h1>
        {view === null ? (
          <p className="govuk-body">
            There is no direct payment yet. Once the support plan is agreed, the council’s finance team sets one up and
            it shows here.
          </p>
        ) : (
          <>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">How the money is held</dt>
                <dd className="govuk-summary-list__value">{view.account}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">The council pays</dt>
                <dd className="govuk-summary-list__value">{view.weekly} a week</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Now</dt>
                <dd className="govuk-summary-list__value">{view.status}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Next review</dt>
                <dd className="govuk-summary-list__value">
                  {view.review
                    ? `By ${view.review.dueBy}${view.review.overdue ? ' (overdue)' : ''}`
                    : 'After the first payment'}
                </dd>
              </div>
            </dl>
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  How the weekly amount and the review date were worked out
                </span>
              </summary>
              <div className="govuk-details__text">
                <ul className="govuk-list">
                  {view.explanation.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                  {(view.review?.how ?? []).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p className="govuk-body-s">Rules version {view.rulesVersion}</p>
              </div>
            </details>

            <h2 className="govuk-heading-m">What the council has asked about</h2>
            {view.asked.length === 0 ? (
              <p className="govuk-body">Nothing at the moment.</p>
            ) : (
              <ul className="govuk-list govuk-list--bullet">
                {view.asked.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}

            <h2 className="govuk-heading-m">Payments made</h2>
            <PaymentsTable payments={view.paid} />

            <h2 className="govuk-heading-m">Payments due</h2>
            {view.due.length === 0 ? (
              <p className="govuk-body">No payments are due in the next two months.</p>
            ) : (
              <ScrollableTable label="Payments due">
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-visually-hidden">Payments due</caption>
                  <TableHead headings={['Due on', 'Covers', 'Amount', 'How it was worked out']} />
                  <tbody className="govuk-table__body">
                    {view.due.map((payment) => (
                      <tr className="govuk-table__row" key={payment.reference}>
                        <td className="govuk-table__cell">{formatDate(payment.dueDate)}</td>
                        <td className="govuk-table__cell">{payment.covers}</td>
                        <td className="govuk-table__cell">{payment.amount}</td>
                        <td className="govuk-table__cell">
                          {payment.how.map((line) => (
                            <p className="govuk-body-s govuk-!-margin-bottom-1" key={line}>
                              {line}
                            </p>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollableTable>
            )}

            <h2 className="govuk-heading-m">Your balance over time</h2>
            {view.balances.length === 0 ? (
              <p className="govuk-body">Your balance shows here once you have sent a return.</p>
            ) : (
              <>
                <BarChart
                  id="balance"
                  title="Closing balance on each return"
                  bars={view.balances.map((point) => ({
                    label: point.label,
                    value: Math.max(0, point.pence),
                    text: point.text,
                  }))}
                  headings={['Return ending', 'Balance']}
                />
                <p className="govuk-body-s">Each balance is the closing balance you gave on that return.</p>
              </>
            )}

            <h2 className="govuk-heading-m">Returns</h2>
            {view.returnsDue.length > 0 ? (
              <ul className="govuk-list govuk-list--bullet">
                {view.returnsDue.map((entry) => (
                  <li key={entry.period}>
                    {entry.period}: due by {entry.dueBy}
                    {entry.overdue ? ' (overdue)' : ''}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">No return is due now.</p>
            )}
            {view.sent.length > 0 ? (
              <ul className="govuk-list">
                {view.sent.map((sent) => (
                  <li key={sent.id}>
                    <a className="govuk-link" href={`/people/${personId}/money/returns/${sent.id}`}>
                      Return for {sent.period}
                    </a>
                    {sent.checked
                      ? ': checked by the council'
                      : sent.toPlace
                        ? ': say which support each payment was for'
                        : ': sent'}
                  </li>
                ))}
              </ul>
            ) : null}
            <ul className="govuk-list govuk-body-s">
              {view.returnsWhy.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="govuk-body">
              <a className="govuk-button" href={`/people/${personId}/money/return`}>
                Send a return
              </a>
            </p>
            {view.employment === null ? null : (
              <>
                <h2 className="govuk-heading-m">Employing personal assistants</h2>
                <p className="govuk-body">
                  The evidence the council holds that you can employ personal assistants. Send newer evidence to the
                  council before the old expires.
                </p>
                <EvidenceFindings view={view.employment} />
              </>
            )}
          </>
        )}
      </div>
    </div>
  )
}
