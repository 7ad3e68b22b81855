import type { RootData } from '~/root'
import { CsrfInput } from './CsrfInput'

type Site = RootData['site']
type ViewerSummary = RootData['viewer']

/**
 * The organisation's own header (GOV.UK generic header pattern, no crown), then the service navigation.
 * The logo's markup was checked for scripts and event handlers when the plugin was validated.
 */
export function SiteHeader({ site, viewer }: { site: Site | undefined; viewer: ViewerSummary }) {
  return (
    <header className="app-header">
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <a href="/" className="govuk-generic-header__homepage-link app-header__link">
              {site ? (
                <span
                  className="app-header__logo"
                  role="img"
                  aria-label={site.logo.alt}
                  dangerouslySetInnerHTML={{ __html: site.logo.svg }}
                />
              ) : null}
              <span className="app-header__names">
                <span className="app-header__organisation">{site?.organisationName ?? 'Open SDS'}</span>
                <span className="app-header__service">{site?.serviceName ?? 'Care and support'}</span>
              </span>
            </a>
          </div>
        </div>
      </div>
      <section className="govuk-service-navigation" aria-label="Account">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <nav aria-label="Account menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                {viewer ? (
                  <>
                    <li className="govuk-service-navigation__item">
                      <a className="govuk-service-navigation__link" href={viewer.home}>
                        Your account ({viewer.displayName})
                      </a>
                    </li>
                    <li className="govuk-service-navigation__item">
                      <a className="govuk-service-navigation__link" href="/account/details">
                        Email and password
                      </a>
                    </li>
                    <li className="govuk-service-navigation__item">
                      <form method="post" action="/sign-out" className="app-inline-form">
                        <CsrfInput />
                        <button type="submit" className="govuk-service-navigation__link app-link-button">
                          Sign out
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <>
                    <li className="govuk-service-navigation__item">
                      <a className="govuk-service-navigation__link" href="/sign-in">
                        Sign in
                      </a>
                    </li>
                    {site?.accountsOffered !== false ? (
                      <li className="govuk-service-navigation__item">
                        <a className="govuk-service-navigation__link" href="/sign-up">
                          Create an account
                        </a>
                      </li>
                    ) : null}
                  </>
                )}
              </ul>
            </nav>
          </div>
        </div>
      </section>
    </header>
  )
}
