import { ScrollableTable } from '~/components/ScrollableTable'
import { TableHead } from '~/components/TableHead'
import { formatDate } from '~/components/dates'

export type PaymentRow = { reference: string; paidOn: string; covers: string; amount: string; how: string[] }

/** Payments made, each with how its amount was worked out. */
export function PaymentsTable({ payments, caption = 'Payments made' }: { payments: PaymentRow[]; caption?: string }) {
  if (payments.length === 0) return <p className="govuk-body">No payments have been made yet.</p>
  return (
    <ScrollableTable label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <TableHead headings={['Paid on', 'Covers', 'Amount', 'How it was worked out']} />
        <tbody className="govuk-table__body">
          {payments.map((payment) => (
            <tr className="govuk-table__row" key={payment.reference}>
              <td className="govuk-table__cell">{formatDate(payment.paidOn)}</td>
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
  )
}
