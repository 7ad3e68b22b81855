import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ChargeExplanation } from './__ChargeExplanation'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { chargeView } from './charging.server'
import { ChargeByHandNotice } from './__ChargeByHand'
import { chargeBeingWorkedOut, STATUS_TEXT } from './financial-assessment.server'
import { requireActingFor } from '~/routes/_self-assessment+/self-assessment.server'
import { chargeLetterSubject } from '~/.server/letters/letters.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your weekly charge')

const ROUTE = 'routes/_charging+/people_.$personId.financial-assessment.result' as const

const KIND_TEXT = {
  assessment: 'Sent',
  correction: 'Corrected by a finance officer',
  confirmation: 'Confirmed by a finance officer',
  uprating: 'Uprated for the new year',
} as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, ROUTE)
  const actingFor = await requireActingFor(context, viewer, params.personId ?? '')
  const repo = context.database.repos.financialAssessments
  const history = await repo.history(actingFor.personId)
  const current = await repo.current(actingFor.personId)
  const byHand = await chargeBeingWorkedOut(context, actingFor.personId)
  if (!current && !byHand) throw redirect(`/people/${actingFor.personId}/financial-assessment`)
  await context.database.repos.audit.append({
    at: new Date(),
    actorUserId: viewer.id,
    action: 'financial-assessment.read',
    personId: actingFor.personId,
    resource: current ? `financial-assessment:${current.id}` : `person:${actingFor.personId}`,
  })
  // Each confirmed or corrected charge has its letter, kept as it was sent (issue 15, decision 052); earlier ones stay.
  const letters = new Map(
    (await context.database.repos.decisionLetters.listForPerson(actingFor.personId))
      .filter((letter) => letter.kind === 'charge')
      .map((letter) => [
        letter.subject,
        {
          href: `/people/${actingFor.personId}/letters/${letter.id}`,
          size: `${Math.max(1, Math.round(letter.sizeBytes / 1024))} KB`,
        },
      ]),
  )
  const letterOf = (versionId: string) => letters.get(chargeLetterSubject(versionId)) ?? null
  // Shown exactly as stored when it was worked out, whatever the rules say today.
  return json({
    personId: actingFor.personId,
    displayName: actingFor.displayName,
    onBehalf: actingFor.onBehalf,
    byHand: byHand ?? null,
    current: current
      ? { status: STATUS_TEXT[current.status], charge: chargeView(current.result), letter: letterOf(current.id) }
      : null,
    history: history.map((version) => ({
      id: version.id,
      kind: KIND_TEXT[version.kind],
      at: version.recordedAt.toISOString(),
      reason: version.reason,
      weekly: chargeView(version.result).weekly,
      letter: letterOf(version.id),
    })),
  })
}

export default function FinancialResult() {
  const data = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {data.byHand ? (
          <ChargeByHandNotice byHand={data.byHand} onBehalfOf={data.onBehalf ? data.displayName : null} />
        ) : null}
        {data.current ? (
          <>
            {data.byHand ? (
              <h2 className="govuk-heading-m">Your charge until then</h2>
            ) : (
              <div className="govuk-panel govuk-panel--confirmation">
                <h1 className="govuk-panel__title">
                  {data.onBehalf ? `${data.displayName}'s weekly charge` : 'Your weekly charge'}
                </h1>
                <div className="govuk-panel__body" id="weekly-charge">
                  {data.current.charge.weekly} a week
                </div>
              </div>
            )}
            {data.byHand ? (
              <p className="govuk-body">
                <strong>{data.current.charge.weekly} a week</strong>
              </p>
            ) : null}
            <p className="govuk-body" id="charge-status">
              <strong>{data.current.status}.</strong>
            </p>
            {data.current.letter ? (
              <p className="govuk-body">
                <a className="govuk-link" href={data.current.letter.href} download>
                  Download the charge letter (PDF, {data.current.letter.size})
                </a>
              </p>
            ) : null}
            <ChargeExplanation charge={data.current.charge} />
          </>
        ) : null}
        <h2 className="govuk-heading-m">History</h2>
        <ol className="govuk-list" reversed>
          {data.history.map((version) => (
            <li key={version.id}>
              {formatDate(version.at)}: {version.kind}, {version.weekly} a week
              {version.reason ? `. Reason: ${version.reason}` : ''}
              {version.letter ? (
                <>
                  {' '}
                  <a className="govuk-link" href={version.letter.href} download>
                    Letter of {formatDate(version.at)} (PDF, {version.letter.size})
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
        <h2 className="govuk-heading-m">If you think it is wrong</h2>
        <p className="govuk-body">
          Tell us if something has changed or you think a figure is wrong: we will look again. You can also ask for your
          extra costs because of your disability to be listed one by one.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/people/${data.personId}/financial-assessment`}>
            Back to your financial assessment
          </a>
        </p>
      </div>
    </div>
  )
}
