import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { RolePage } from '~/components/RolePage'
import { pageTitle } from '~/components/page-title'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { peopleFor } from '~/.server/people'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, 'Your care and support')

export async function loader({ request }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_front+/my-care')
  const { questionnaires, ras } = context.site.slots
  const offersSelfAssessment = Boolean(questionnaires?.selfAssessment) && (ras?.configs.length ?? 0) > 0
  return json({ name: viewer.displayName, people: await peopleFor(context, viewer, new Date()), offersSelfAssessment })
}

export default function MyCare() {
  const { name, people, offersSelfAssessment } = useLoaderData<typeof loader>()
  const own = people.filter((person) => person.relationship === 'self')
  const represented = people.filter((person) => person.relationship === 'representative')
  return (
    <RolePage caption={name} heading="Your care and support">
      <p className="govuk-body">
        From here you will be able to tell us about your needs, see your personal budget and plan your support.
      </p>
      {own.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Your record</h2>
          <ul className="govuk-list">
            {own.map((person) => (
              <li key={person.id}>
                <a className="govuk-link" href={`/people/${person.id}`}>
                  Your details
                </a>
              </li>
            ))}
            {(offersSelfAssessment ? own : []).map((person) => (
              <li key={`${person.id}-sa`}>
                <a className="govuk-link" href={`/people/${person.id}/self-assessment`}>
                  Your self-assessment and personal budget
                </a>
              </li>
            ))}
            {own.map((person) => (
              <li key={`${person.id}-charge`}>
                <a className="govuk-link" href={`/people/${person.id}/financial-assessment`}>
                  Your financial assessment: what you will pay
                </a>
              </li>
            ))}
            {own.map((person) => (
              <li key={`${person.id}-plan`}>
                <a className="govuk-link" href={`/people/${person.id}/plan`}>
                  Your support plan
                </a>
              </li>
            ))}
            {own.map((person) => (
              <li key={`${person.id}-money`}>
                <a className="govuk-link" href={`/people/${person.id}/money`}>
                  Your money: payments, balance and returns
                </a>
              </li>
            ))}
            {own.map((person) => (
              <li key={`${person.id}-messages`}>
                <a className="govuk-link" href={`/people/${person.id}/messages`}>
                  Messages with the council
                </a>
              </li>
            ))}
            <li>
              <a className="govuk-link" href="/my-care/act-for-me">
                Who can act for you
              </a>
            </li>
          </ul>
        </>
      ) : null}
      {represented.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">People you act for</h2>
          <ul className="govuk-list">
            {represented.map((person) => (
              <li key={person.id}>
                <a className="govuk-link" href={`/people/${person.id}`}>
                  {person.displayName}
                </a>
                {offersSelfAssessment ? (
                  <>
                    {' '}
                    (
                    <a className="govuk-link" href={`/people/${person.id}/self-assessment`}>
                      self-assessment<span className="govuk-visually-hidden"> for {person.displayName}</span>
                    </a>
                    )
                  </>
                ) : null}{' '}
                (
                <a className="govuk-link" href={`/people/${person.id}/plan`}>
                  support plan<span className="govuk-visually-hidden"> for {person.displayName}</span>
                </a>
                ) (
                <a className="govuk-link" href={`/people/${person.id}/financial-assessment`}>
                  financial assessment<span className="govuk-visually-hidden"> for {person.displayName}</span>
                </a>
                ) (
                <a className="govuk-link" href={`/people/${person.id}/money`}>
                  money<span className="govuk-visually-hidden"> of {person.displayName}</span>
                </a>
                ) (
                <a className="govuk-link" href={`/people/${person.id}/messages`}>
                  messages<span className="govuk-visually-hidden"> about {person.displayName}</span>
                </a>
                )
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            <a className="govuk-link" href="/acting-for">
              Stop acting for someone
            </a>
          </p>
        </>
      ) : null}
      <h2 className="govuk-heading-m">If you look after someone</h2>
      <p className="govuk-body">
        <a className="govuk-link" href="/carers">
          Support for you as a carer
        </a>
      </p>
    </RolePage>
  )
}
