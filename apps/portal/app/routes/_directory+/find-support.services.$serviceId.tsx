import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { json } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { BackLink } from '~/components/BackLink'
import { formatDate } from '~/components/dates'
import { pageTitle } from '~/components/page-title'
import { authorise } from '~/.server/auth/authorise'
import { serviceForPage } from './find-support.server'

const ROUTE = 'routes/_directory+/find-support.services.$serviceId' as const

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageTitle(matches, data?.name ?? 'Service')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { context } = await authorise(request, ROUTE)
  const service = await serviceForPage(context, params.serviceId ?? '')
  if (!service)
    throw new Response('There is no service at this address. It may have closed: search the directory again.', {
      status: 404,
      statusText: 'Not Found',
    })
  return json(service)
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  )
}

export default function ServicePage() {
  const service = useLoaderData<typeof loader>()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {service.organisation ? <span className="govuk-caption-l">{service.organisation}</span> : null}
        <h1 className="govuk-heading-l">{service.name}</h1>
        {service.temporarilyClosed || service.alert ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {service.temporarilyClosed ? 'This service is closed for now. ' : ''}
              {service.alert ?? ''}
            </strong>
          </div>
        ) : null}
        {service.description ? <p className="govuk-body">{service.description}</p> : null}
        <h2 className="govuk-heading-m">How to get in touch</h2>
        <dl className="govuk-summary-list">
          {service.phones.map((phone) => (
            <Row key={phone.number} label={phone.who ? `Phone (${phone.who})` : 'Phone'}>
              <a className="govuk-link" href={`tel:${phone.number.replace(/[^0-9+]/g, '')}`}>
                {phone.number}
              </a>
            </Row>
          ))}
          {service.email ? (
            <Row label="Email">
              <a className="govuk-link" href={`mailto:${service.email}`}>
                {service.email}
              </a>
            </Row>
          ) : null}
          {service.website ? (
            <Row label="Website">
              <a className="govuk-link" href={service.website} rel="noreferrer">
                {service.website}
              </a>
            </Row>
          ) : null}
          {service.places.map((place, index) => (
            <Row key={`${place.name ?? ''}${String(index)}`} label={place.name ? `Where: ${place.name}` : 'Where'}>
              {place.address.length > 0
                ? place.address.map((lines) => (
                    <p className="govuk-body govuk-!-margin-bottom-1" key={lines.join()}>
                      {lines.map((line, at) => (
                        <span key={`${String(at)}${line}`}>
                          {at > 0 ? <br /> : null}
                          {line}
                        </span>
                      ))}
                    </p>
                  ))
                : 'Ask the service where it meets'}
            </Row>
          ))}
          {service.ways.length > 0 ? <Row label="How to use it">{service.ways.join(', ')}</Row> : null}
          {service.homeVisits.map((visits) => (
            <Row key={visits} label="At home">
              {visits}
            </Row>
          ))}
        </dl>
        <h2 className="govuk-heading-m">When and what it costs</h2>
        <dl className="govuk-summary-list">
          <Row label="When it is open">
            {service.when.length === 0 ? (
              'Ask the service when it is open'
            ) : (
              <ul className="govuk-list">
                {service.when.map((when) => (
                  <li key={when}>{when}</li>
                ))}
              </ul>
            )}
          </Row>
          <Row label="Cost">
            {service.cost}
            {service.costDetails.length > 0 ? (
              <ul className="govuk-list govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                {service.costDetails.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            ) : null}
          </Row>
          {service.ages ? <Row label="Ages">{service.ages}</Row> : null}
          {service.needs.length > 0 ? <Row label="Kind of support">{service.needs.join(', ')}</Row> : null}
        </dl>
        {service.assuredOn ? (
          <p className="govuk-body-s">Checked by the council on {formatDate(service.assuredOn)}.</p>
        ) : null}
        <BackLink href="/find-support">Search local support again</BackLink>
      </div>
    </div>
  )
}
