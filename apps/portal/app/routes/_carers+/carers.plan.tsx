import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { BackLink } from '~/components/BackLink'
import { RolePage } from '~/components/RolePage'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { emergencyView, planView } from './carer-plans.server'
import { carerReadingOwn } from './carers.server'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your plan and budget')

const ROUTE = 'routes/_carers+/carers.plan' as const

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, carer } = await carerReadingOwn(request, ROUTE, 'carer-plan')
  const { carerPlans, directPayments } = context.database.repos
  const plan = await carerPlans.latest(carer.personId)
  const paid = plan
    ? (await directPayments.listForPerson(carer.personId)).find((each) => each.carerPlanId === plan.id)
    : undefined
  return json({
    name: carer.displayName,
    personId: carer.personId,
    plan: plan ? planView(plan) : null,
    directPayment: paid
      ? (paid.agreement as { explanation: { text: string }[] }).explanation.map((line) => line.text)
      : null,
    emergency: emergencyView(await carerPlans.latestEmergencyPlan(carer.personId)),
  })
}

export default function YourPlanAndBudget() {
  const { name, personId, plan, directPayment, emergency } = useLoaderData<typeof loader>()
  return (
    <RolePage caption={name} heading="Your plan and budget">
      {plan ? (
        <>
          <p className="govuk-body">You agreed this plan with your practitioner on {formatDate(plan.agreedAt)}.</p>
          <h2 className="govuk-heading-m">What you want to achieve</h2>
          <ul className="govuk-list govuk-list--bullet">
            {plan.outcomes.map((words) => (
              <li key={words}>{words}</li>
            ))}
          </ul>
          <h2 className="govuk-heading-m">Your support</h2>
          <dl className="govuk-summary-list">
            {plan.supports.map((support) => (
              <div className="govuk-summary-list__row" key={support.description}>
                <dt className="govuk-summary-list__key">{support.description}</dt>
                <dd className="govuk-summary-list__value">{support.cost}</dd>
              </div>
            ))}
          </dl>
          <h2 className="govuk-heading-m">Your personal budget: {plan.budget}</h2>
          <p className="govuk-body">How you receive it: {plan.delivery.toLowerCase()}.</p>
          <p className="govuk-body">{plan.charge}</p>
          <h3 className="govuk-heading-s">How it was worked out</h3>
          <ul className="govuk-list govuk-list--bullet">
            {plan.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="govuk-body-s">
            Council’s carers’ allocation {plan.allocationVersion}; rules {plan.rulesVersion}.
          </p>
          {directPayment ? (
            <>
              <h3 className="govuk-heading-s">Your direct payment</h3>
              <ul className="govuk-list govuk-list--bullet">
                {directPayment.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="govuk-body">
                <a className="govuk-link" href={`/people/${personId}/money`}>
                  Your money: payments made and due
                </a>
              </p>
            </>
          ) : null}
        </>
      ) : (
        <p className="govuk-body">
          You do not have an agreed plan yet. If we decided you have eligible needs as a carer, a practitioner will
          agree one with you.
        </p>
      )}
      <h2 className="govuk-heading-m">Your emergency plan</h2>
      {emergency ? (
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Who steps in</dt>
            <dd className="govuk-summary-list__value">{emergency.whoStepsIn}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">What they need to know</dt>
            <dd className="govuk-summary-list__value">{emergency.whatTheyNeedToKnow}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">How to reach them</dt>
            <dd className="govuk-summary-list__value">{emergency.howToReachThem}</dd>
          </div>
        </dl>
      ) : (
        <p className="govuk-body">You have not written an emergency plan yet.</p>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href="/carers/emergency-plan">
          {emergency ? 'Change your emergency plan' : 'Write your emergency plan'}
        </a>
      </p>
      <BackLink href="/carers">Back to support for you as a carer</BackLink>
    </RolePage>
  )
}
