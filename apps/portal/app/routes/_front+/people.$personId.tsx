import { hasRole } from '~/.server/auth/roles'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { formatDate, formatDateTime } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { describeAuditAction } from '@open-sds/db'
import { authoriseSignedIn } from '~/.server/auth/authorise'
import { proxyView } from '../_proxies+/proxies.server'
import { handlesWork } from '../_work+/work.server'
import { CombinedAssessments } from '../_carers+/__CombinedAssessments'
import { combinationsOf } from '../_carers+/combined-assessments.server'

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, data?.person.displayName ?? 'Person')

const RELATIONSHIP_TEXT: Record<string, string> = {
  self: 'This is your own record.',
  representative: 'You can see this record because you act for this person.',
  practitioner: 'You can see this record because this person is on your caseload.',
}

/** Where a proxy stands, in a member of staff's words (the package's are the person's own: "can act for you"). */
const STAFF_STANDING: Partial<Record<string, string>> = {
  asked: 'Asked to act for them: waiting for the council to check',
  granted: 'Checked by the council: waiting for them to accept',
  active: 'Acts for them',
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context, viewer } = await authoriseSignedIn(request, 'routes/_front+/people.$personId')
  const { people, audit } = context.database.repos
  const personId = params.personId ?? ''
  const relationship = await people.relationshipOf(viewer.id, personId)
  // Someone with no relationship to the person gets the same answer as for a record that does not exist,
  // so the page cannot be used to find out who has a record.
  const person = relationship ? await people.findById(personId) : undefined
  if (!relationship || !person)
    throw new Response('There is no record at this address that you can see.', { status: 404, statusText: 'Not Found' })
  const now = new Date()
  await audit.append({
    at: now,
    actorUserId: viewer.id,
    action: 'person.read',
    personId: person.id,
    resource: `person:${person.id}`,
  })
  // Issue 18, proxy access: the practitioner sees who may act for the person, or has asked to, and how far; a member of
  // the team that checks proxies goes on to the request to end it. The person sees theirs under "act for me".
  const proxyTeam = relationship === 'practitioner' && (await handlesWork(context, viewer.id, 'proxy-request'))
  const proxies =
    relationship === 'practitioner'
      ? (await context.database.repos.proxies.listForPerson(person.id))
          .map(proxyView)
          .filter((proxy) => proxy.open)
          .map((proxy) => ({
            name: proxy.proxyName,
            relationship: proxy.relationship,
            standing: STAFF_STANDING[proxy.standing] ?? proxy.standingLabel,
            allows: proxy.scopeAllows,
            href: proxyTeam ? `/work/proxy-requests/${proxy.id}` : null,
          }))
      : null
  return json({
    proxies,
    person: { id: person.id, displayName: person.displayName, dateOfBirth: person.dateOfBirth ?? null },
    explanation: RELATIONSHIP_TEXT[relationship] ?? '',
    history: (await audit.listForPerson(person.id, { limit: 10 })).map((entry) => ({
      at: entry.at.toISOString(),
      // The same plain words as the audit log page: a person never sees a code.
      what: describeAuditAction(entry.action),
    })),
    // Issue 16: whom this person cares for and who cares for them, to those who can see the record.
    caresFor: (await context.database.repos.carers.listCaredFor(person.id)).map((each) => ({
      id: each.id,
      text: `${each.caredForName} (${each.relationship})`,
    })),
    carers: (await context.database.repos.carers.listCarersOf(person.id)).map((each) => ({
      id: each.id,
      text: `${each.carerName}, who describes them as ${each.relationship.toLowerCase()}`,
    })),
    // A combined assessment (Care Act s12(5)) shows on the carer's record and the cared-for person's alike.
    combinations: combinationsOf(await context.database.repos.combinedAssessments.listForPerson(person.id)),
    staff: hasRole(viewer, 'practitioner'),
    links: {
      risks: `/people/${person.id}/risks`,
      safeguarding: viewer.role === 'citizen' ? `/people/${person.id}/safeguarding` : null,
      returns: hasRole(viewer, 'practitioner') ? `/people/${person.id}/return-details` : null,
      messages: `/people/${person.id}/messages`,
    },
  })
}

export default function PersonRecord() {
  const { person, explanation, history, links, proxies, caresFor, carers, combinations, staff } =
    useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">Record</span>
        <h1 className="govuk-heading-l">{person.displayName}</h1>
        <p className="govuk-body">{explanation}</p>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Name</dt>
            <dd className="govuk-summary-list__value">{person.displayName}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Date of birth</dt>
            <dd className="govuk-summary-list__value">
              {person.dateOfBirth ? formatDate(person.dateOfBirth) : 'Not given'}
            </dd>
          </div>
        </dl>
        <ul className="govuk-list">
          <li>
            <a className="govuk-link" href={links.messages}>
              Secure messages
            </a>
          </li>
          <li>
            <a className="govuk-link" href={links.risks}>
              Risks {person.displayName} chooses to take
            </a>
          </li>
          {links.returns ? (
            <li>
              <a className="govuk-link" href={links.returns}>
                Details for the national returns, and short-term support
              </a>
            </li>
          ) : null}
          {links.safeguarding ? (
            <li>
              <a className="govuk-link" href={links.safeguarding}>
                Safeguarding concerns
              </a>
            </li>
          ) : null}
        </ul>
        {proxies ? (
          <>
            <h2 className="govuk-heading-m">Who may act for them</h2>
            {proxies.length === 0 ? (
              <p className="govuk-body">No one acts for {person.displayName}, and no one has asked to.</p>
            ) : (
              <dl className="govuk-summary-list">
                {proxies.map((proxy, index) => (
                  <div className="govuk-summary-list__row" key={`${proxy.name}-${index}`}>
                    <dt className="govuk-summary-list__key">
                      {proxy.href ? (
                        <a className="govuk-link" href={proxy.href}>
                          {proxy.name}
                        </a>
                      ) : (
                        proxy.name
                      )}
                    </dt>
                    <dd className="govuk-summary-list__value">
                      <strong>{proxy.standing}</strong> ({proxy.relationship}). {proxy.allows}.
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </>
        ) : null}
        {carers.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Carers</h2>
            <ul className="govuk-list govuk-list--bullet">
              {carers.map((each) => (
                <li key={each.id}>{each.text}</li>
              ))}
            </ul>
          </>
        ) : null}
        {caresFor.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Cares for</h2>
            <ul className="govuk-list govuk-list--bullet">
              {caresFor.map((each) => (
                <li key={each.id}>{each.text}</li>
              ))}
            </ul>
          </>
        ) : null}
        <CombinedAssessments combinations={combinations} other={{ recordOf: person.id }} links={staff} />
        <h2 className="govuk-heading-m">Activity on this record</h2>
        <p className="govuk-body">
          Every time someone opens this record it is written down, and the list cannot be changed.
        </p>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Recent activity on this record</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {history.map((entry, index) => (
              <tr className="govuk-table__row" key={`${entry.at}-${index}`}>
                <td className="govuk-table__cell">{formatDateTime(entry.at)}</td>
                <td className="govuk-table__cell">{entry.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
