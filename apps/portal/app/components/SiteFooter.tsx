import type { RootData } from '~/root'

type Site = RootData['site']

/** GOV.UK footer pattern with the organisation's links and contact details, and no crown. */
export function SiteFooter({ site }: { site: Site | undefined }) {
  const contact = site?.contact
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {site?.footerLinks.map((link) => (
                <li className="govuk-footer__inline-list-item" key={link.href}>
                  <a className="govuk-footer__link" href={link.href}>
                    {link.text}
                  </a>
                </li>
              ))}
            </ul>
            {contact ? (
              <div className="app-footer-contact">
                <h2 className="govuk-heading-s">Contact {site?.organisationName}</h2>
                <ul className="govuk-list">
                  {contact.phone ? <li>Telephone: {contact.phone}</li> : null}
                  {contact.email ? (
                    <li>
                      Email:{' '}
                      <a className="govuk-footer__link" href={`mailto:${contact.email}`}>
                        {contact.email}
                      </a>
                    </li>
                  ) : null}
                  {contact.openingHours ? <li>{contact.openingHours}</li> : null}
                  {contact.address ? <li>{contact.address}</li> : null}
                </ul>
              </div>
            ) : null}
            <p className="govuk-body-s">
              {site?.organisationName ?? 'Open SDS'}. Built with Open SDS, open-source software for self-directed
              support.
            </p>
          </div>
        </div>
      </div>
    </footer>
  )
}
