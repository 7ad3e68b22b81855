import { formatDate } from '~/components/dates'

/** What a person reads when their answers were sent but the council works the charge out by hand (issue 19). */
export type ChargeByHandView = { within: string; reason: string; sentAt: string }

export function ChargeByHandNotice({ byHand, onBehalfOf }: { byHand: ChargeByHandView; onBehalfOf?: string | null }) {
  const whose = onBehalfOf ? `${onBehalfOf}'s` : 'your'
  return (
    <div id="charge-by-hand">
      <div className="govuk-panel govuk-panel--confirmation">
        <h1 className="govuk-panel__title">Financial assessment sent</h1>
        <div className="govuk-panel__body">on {formatDate(byHand.sentAt)}</div>
      </div>
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        We could not work out {whose} weekly charge straight away, so the council will work it out by hand{' '}
        <strong>{byHand.within}</strong>. You do not need to do anything or send the answers again.
      </p>
      <p className="govuk-body">Why: {byHand.reason}</p>
      <p className="govuk-body">
        A finance officer will tell you the charge and how it was worked out. You will not be asked to pay anything
        until then.
      </p>
    </div>
  )
}
