import type { NotOfferedHere as NotOffered } from '~/.server/auth/route-services'

export const NOT_OFFERED_HEADING = 'This service is not offered here'

export function isNotOfferedHere(data: unknown): data is NotOffered {
  return typeof data === 'object' && data !== null && 'notOffered' in data
}

/** What a person sees, above the link to the start page, at the address of a service this instance does not run: who runs it and how to reach them. */
export function NotOfferedHere({ notOffered }: NotOffered) {
  const { service, organisationName, referTo } = notOffered
  return (
    <>
      <h1 className="govuk-heading-l">{NOT_OFFERED_HEADING}</h1>
      <p className="govuk-body">
        {organisationName} does not run this part of the service: {service.toLowerCase()}.
      </p>
      <p className="govuk-body">Contact {referTo.name}:</p>
      <ul className="govuk-list">
        <li>Telephone: {referTo.phone}</li>
        {referTo.url ? (
          <li>
            <a className="govuk-link" href={referTo.url}>
              {referTo.name} website
            </a>
          </li>
        ) : null}
      </ul>
    </>
  )
}
